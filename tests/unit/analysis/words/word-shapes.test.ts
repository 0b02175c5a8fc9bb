import { describe, expect, it } from 'vitest';
import { isAccusativeParticiple, isPrepositionalMasdar } from '../../../../main/analysis/words/word-shapes.ts';
import { normalise } from '../../../../main/text/arabic/index.ts';

describe('isPrepositionalMasdar', () => {
  it('reads a derived verbal noun with «ب/ل/ك» written onto it («باستجواب», «بتسيير», «ولتطوير»)', () => {
    for (const w of ['باستجواب', 'بتسيير', 'ولتطوير', 'بانسحاب']) expect(isPrepositionalMasdar(normalise(w))).toBe(true);
  });

  it('reads no verbal noun without the preposition, nor a name that opens with «ب» («استجواب», «بشير», «باسل»)', () => {
    for (const w of ['استجواب', 'تسيير', 'بشير', 'باسل', 'بوتفليقة', 'بالحاج']) expect(isPrepositionalMasdar(normalise(w))).toBe(false);
  });
});

describe('isAccusativeParticiple', () => {
  it('reads a participle or adjective with the accusative\'s alef («موقوفا», «قتيلا», «قادما», «متورطا»)', () => {
    for (const w of ['موقوفا', 'قتيلا', 'قادما', 'متورطا']) expect(isAccusativeParticiple(normalise(w))).toBe(true);
  });

  it('reads none in a name written with a final alef, nor in the participle without its alef', () => {
    for (const w of ['أوباما', 'سيلفا', 'ماريا', 'كاتيا', 'موقوف', 'رضا', 'سوريا']) expect(isAccusativeParticiple(normalise(w))).toBe(false);
  });
});
