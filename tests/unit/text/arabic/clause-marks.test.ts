import { describe, expect, it } from 'vitest';
import { firstMark, hasMark, markBetween, tokenise } from '../../../../main/text/arabic/index.ts';

/** Whether the marks named stand between the first two words of `text`. */
const between = (text: string, marks: Parameters<typeof markBetween>[3]): boolean => {
  const [a, b] = tokenise(text);
  return markBetween(text, a, b, marks);
};

describe('marks between two words (text/arabic/clause-marks)', () => {
  it('finds no mark between two words a space parts, whatever the set', () => {
    for (const marks of ['comma', 'clause', 'clauseOrStop', 'phrase', 'phraseOrStop', 'sentence', 'opening', 'quoted', 'quotedOrStop'] as const) {
      expect(between('قال الوزير', marks)).toBe(false);
    }
  });

  it('reads an Arabic and a Latin comma alike in every set', () => {
    expect(between('الوزير، مضيفا', 'comma')).toBe(true);
    expect(between('الوزير, مضيفا', 'comma')).toBe(true);
    expect(between('الوزير، مضيفا', 'quotedOrStop')).toBe(true);
  });

  it('stops a comma-only test at no semicolon, a clause test at one', () => {
    expect(between('الحادث؛ وأضاف', 'comma')).toBe(false);
    expect(between('الحادث؛ وأضاف', 'clause')).toBe(true);
  });

  it('lets a colon join a label to its figure before a figure, and stops a phrase at it', () => {
    expect(between('الوفيات: 23', 'clauseOrStop')).toBe(false);
    expect(between('الوفيات: 23', 'phrase')).toBe(true);
    expect(between('الوفيات: 23', 'phraseOrStop')).toBe(true);
  });

  it('stops at a full stop only in the sets that name it', () => {
    expect(between('د. محمد', 'phrase')).toBe(false);
    expect(between('د. محمد', 'phraseOrStop')).toBe(true);
    expect(between('د. محمد', 'clauseOrStop')).toBe(true);
  });

  it('ends a sentence at «؟» and «!», not a phrase', () => {
    expect(between('حدث؟ ثم', 'sentence')).toBe(true);
    expect(between('حدث؟ ثم', 'phraseOrStop')).toBe(false);
  });

  it('parts words at an opening quote or bracket for an office, at a closing one only for a set-apart word', () => {
    expect(between('باسم «الجيش»', 'opening')).toBe(true);
    expect(between('باسم (الجيش)', 'opening')).toBe(true);
    expect(between('«الجيش» أمس', 'opening')).toBe(false);
    expect(between('«الجيش» أمس', 'quoted')).toBe(true);
    expect(between('“الجيش” أمس', 'quoted')).toBe(false);
    expect(between('“الجيش” أمس', 'quotedOrStop')).toBe(true);
  });

  it('finds no mark when a word is missing', () => {
    const [a] = tokenise('الوزير،');
    expect(markBetween('الوزير،', a, undefined, 'comma')).toBe(false);
    expect(markBetween('الوزير،', undefined, a, 'comma')).toBe(false);
  });

  it('tells whether a text holds a mark, and where the first stands', () => {
    expect(hasMark('زار دمشق، التي', 'clause')).toBe(true);
    expect(hasMark('زار دمشق: التي', 'clause')).toBe(false);
    expect(firstMark('وصلها أمس، ثم', 'clause')).toBe('وصلها أمس'.length);
    expect(firstMark('وصلها أمس ثم', 'clause')).toBe(-1);
  });
});
