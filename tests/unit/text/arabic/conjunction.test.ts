import { describe, expect, it } from 'vitest';
import { afterConjunction, conjunctionReading, isWordChar, matchKey, normalise, tokenise } from '../../../../main/text/arabic/index.ts';

const reading = (word: string): string | null => conjunctionReading(normalise(word))?.basis ?? null;

describe('the conjunction «و»', () => {
  it('reads a function word, a reporting verb or the article after it as the conjunction', () => {
    expect(reading('وقال')).toBe('word');
    expect(reading('وأضاف')).toBe('word');
    expect(reading('وفي')).toBe('word');
    expect(reading('ووفقا')).toBe('word');
    expect(reading('والحكومة')).toBe('article');
    expect(reading('وَالحُكومة')).toBe('article');
    expect(reading('والدولة')).toBe('article');
  });

  it('keeps the «و» of words whose root begins with it', () => {
    for (const w of ['وزير', 'وزارة', 'وصل', 'واشنطن', 'واجه', 'وليد', 'والده', 'والدتها', 'وفد']) expect(reading(w), w).toBeNull();
  });

  it('reads other words of three letters or more after it only as an open reading', () => {
    expect(reading('وتظاهر')).toBe('open');
    expect(reading('وب')).toBeNull();
  });

  it('gives the candidate without «و» or «ف» only when two letters remain', () => {
    expect(afterConjunction('فسيزور')).toBe('سيزور');
    expect(afterConjunction('وس')).toBeNull();
    expect(afterConjunction('سيزور')).toBeNull();
  });
});

describe('matching keys and word characters', () => {
  it('folds spelling and whitespace in one key', () => {
    expect(matchKey('  أمن\n\tالخليج ')).toBe(matchKey('امن الخليج'));
    expect(matchKey('  أمن\n\tالخليج ')).toBe('امن الخليج');
  });

  it('keeps vocalised words whole, as tokenise does', () => {
    expect(tokenise('مُحَمَّد').map((t) => t.key)).toEqual(['محمد']);
    for (const ch of ['م', '\u064F', 'ـ', '5', '\u200C']) expect(isWordChar(ch), ch).toBe(true);
    for (const ch of [' ', '،', '.', undefined]) expect(isWordChar(ch)).toBe(false);
  });
});
