import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lineKey } from '../../../../main/ingest/lines/line-key.ts';
import { normalise } from '../../../../main/text/arabic/index.ts';

// Letters that fold (hamza seats, ta marbuta, alef maqsura), marks, tatweel, controls and whitespace of every kind:
// what a scraped Arabic line holds, and what could make its key differ from its normalised text.
const PIECES = ['ا', 'أ', 'إ', 'آ', 'ل', 'ي', 'ى', 'و', 'ؤ', 'م', 'ة', 'ه', 'ب', 'ـ', '\u064E', '\u0651', '\u200B', '\u200F', ' ', '  ', '\t', '\u00A0', '\u2003', '\n', 'اليوم', 'يوم', 'A', '.'];
const scraped = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

describe('lineKey', () => {
  it('is the normalised text with whitespace runs folded to one space and the ends trimmed', () => {
    expect(lineKey('  الأخبار\u00A0\u00A0 العاجلة\t')).toBe('الاخبار العاجله');
    fc.assert(fc.property(scraped, (s) => lineKey(s) === normalise(s).replace(/\s+/gu, ' ').trim()));
  });

  // detect-published.ts asks whether a paragraph says «اليوم» of its key, which the cleaner has taken already,
  // instead of normalising the paragraph again: the same answer for any word without whitespace.
  it('holds a whitespace-free word exactly where the normalised text does', () => {
    expect(lineKey('قال اليَوْمَ')).toContain('اليوم');
    expect(lineKey('قال الـيوم')).toContain('اليوم');
    expect(lineKey('قال ال يوم')).not.toContain('اليوم');
    fc.assert(
      fc.property(scraped, fc.constantFrom('اليوم', 'يوم', 'ال', 'لي', 'مه'), (s, word) => lineKey(s).includes(word) === normalise(s).includes(word)),
      { numRuns: 2000 },
    );
  });
});
