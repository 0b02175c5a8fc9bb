import { describe, expect, it } from 'vitest';
import { isNameWord, writtenAsName } from '../../../../main/analysis/words/word-tests.ts';
import { normalise } from '../../../../main/text/arabic/index.ts';

const nameWord = (word: string): boolean => isNameWord(word, normalise(word));

describe('isNameWord', () => {
  it('reads no conjunction after a preposition («كوفي» is no «ك» + «وفي»)', () => {
    expect(nameWord('كوفي')).toBe(true);
    expect(nameWord('لوفي')).toBe(true);
  });

  it('still refuses function words, with or without a conjunction or preposition written on', () => {
    for (const w of ['وفي', 'ففي', 'لكن', 'بعد', 'كما']) expect(nameWord(w)).toBe(false);
  });

  it('refuses the kin and role words written after a name («قرينة», «مدرب») and offices («مفتي»)', () => {
    for (const w of ['قرينة', 'شقيق', 'مدرب', 'مفتي', 'عاهل']) expect(nameWord(w)).toBe(false);
  });

  it('reads a given name whose key drops its final hamza as the name, not the function word («هناء», «هنا»)', () => {
    expect(nameWord('هناء')).toBe(true);
    expect(nameWord('بهاء')).toBe(true);
    expect(nameWord('هنا')).toBe(false);
    expect(nameWord('بها')).toBe(false);
  });
});

describe('writtenAsName', () => {
  it('reads the final letter under marks and tatweel («عليّ», «هناءُ»), the Persian «ی» as a yeh', () => {
    for (const w of ['علي', 'عليّ', 'علـي', 'علی', 'هناء', 'هناءُ', 'بهاءٌ']) expect(writtenAsName(w, normalise(w))).toBe(true);
    for (const w of ['على', 'علىٰ', 'هنا']) expect(writtenAsName(w, normalise(w))).toBe(false);
  });
});
