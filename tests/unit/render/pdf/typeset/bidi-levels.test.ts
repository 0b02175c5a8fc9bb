import bidiModule from 'bidi-js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embeddingLevels } from '../../../../../main/render/pdf/typeset/bidi-levels.ts';

const bidiFactory = bidiModule as unknown as typeof bidiModule.default;
const bidi = bidiFactory();

/** Every code unit of the ranges arabic-levels.ts resolves, and characters beside them that it must leave to bidi-js. */
function range(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));
}
const TAKEN = [...range(0x20, 0x2f), ...range(0x3a, 0x40), ...range(0x5b, 0x60), ...range(0x7b, 0x7e), '\u00A0', '«', '»', ...range(0x606, 0x65f), '\u066A', ...range(0x66d, 0x6dc), ...range(0x6de, 0x6ef), ...range(0x6fa, 0x6ff), '–', '—', '…'];
const LEFT = ['٣', '۴', '\u0600', '\u066B', '\u066C', '\u06DD', 'a', 'Z', '\u200C', '\u200D', '\u200F', '\u2067', '\u2069', '\t', '\u2028'];

describe('embeddingLevels (UAX #9)', () => {
  it('gives what bidi-js resolves, for Arabic words, punctuation, digits of both kinds, Latin and controls mixed', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TAKEN, '1', '7', ...LEFT), { maxLength: 40 }), fc.constantFrom('rtl' as const, 'ltr' as const), (chars, direction) => {
        const text = chars.join('');
        expect([...embeddingLevels(text, direction)]).toEqual([...bidi.getEmbeddingLevels(text, direction).levels]);
      }),
      { numRuns: 3000 },
    );
  });
  it('resolves numbers among Arabic words as bidi-js does: separators inside a number, terminators beside it, marks', () => {
    const near = ['ب', 'ل', 'ا', '\u0640', '\u064E', '\u0651', '\u0670', ' ', '1', '2', '0', '9', ',', '.', '/', ':', '\u00A0', '\u060C', '+', '-', '%', '#', '$', '\u066A', '\u0609', '(', ')', '«', '»', '؟', '–'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...near), { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        expect([...embeddingLevels(text, 'rtl')]).toEqual([...bidi.getEmbeddingLevels(text, 'rtl').levels]);
      }),
      { numRuns: 5000 },
    );
  });
  it('puts a right-to-left paragraph of Arabic words and punctuation at level 1, and its digits and Latin above it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TAKEN), { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        expect([...embeddingLevels(text, 'rtl')]).toEqual([...bidi.getEmbeddingLevels(text, 'rtl').levels]);
      }),
      { numRuns: 3000 },
    );
    expect([...embeddingLevels('قال «نعم»، ثم مضى…', 'rtl')].every((l) => l === 1)).toBe(true);
    expect([...embeddingLevels('في 12 مايو', 'rtl')]).toEqual([1, 1, 1, 2, 2, 1, 1, 1, 1, 1]);
    expect([...embeddingLevels('عام 2024، بنسبة 5%', 'rtl')]).toEqual([1, 1, 1, 1, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1]);
    expect(embeddingLevels('عن BBC', 'rtl')[3]).toBe(2);
  });
});
