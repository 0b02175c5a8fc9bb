import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise, tokenise, tokeniseByLines, tokeniseOnce } from '../../../../main/text/arabic/index.ts';
import { fixtureTexts } from '../../../helpers/fixture-texts.ts';

// The tokens' definition as a pattern: runs of letters, marks, tatweel and joiners, and numbers whose separators
// stand between digits. The tokeniser scans by hand; it must find exactly what this pattern finds.
const WORD = /(?:\p{N}+(?:[.,\u066B\u066C]\p{N}+)*|[\p{L}\p{M}\u0640\u200C\u200D])+/gu;

function byPattern(text: string): { text: string; start: number; end: number; key: string }[] {
  return [...text.matchAll(WORD)].flatMap((m) => {
    const key = normalise(m[0]);
    return key.length === 0 ? [] : [{ text: m[0], start: m.index, end: m.index + m[0].length, key }];
  });
}

// Characters where the scanner could go wrong: separators before and after digits, marks, joiners, Arabic-Indic
// digits, numbers and letters beyond the Basic Multilingual Plane, lone surrogates.
const PIECES = ['5', '٣', '١٢', '.', ',', '٫', '٬', 'ب', 'ة', 'أ', 'ـ', '\u200C', '\u200D', '\u200B', '\u064E', ' ', '\n', '-', '؟',
  '𝟙', '𝐀', '\uD800', '\uDC00', '²', 'Ⅻ', 'x', 'Z'];

describe('tokenise', () => {
  it('finds words and numbers with their offsets and keys', () => {
    expect(tokenise('قال 3.5 مليون، و١٬٢٠٠ دولار.')).toEqual([
      { text: 'قال', start: 0, end: 3, key: 'قال' },
      { text: '3.5', start: 4, end: 7, key: '3.5' },
      { text: 'مليون', start: 8, end: 13, key: 'مليون' },
      { text: 'و١٬٢٠٠', start: 15, end: 21, key: 'و1200' },
      { text: 'دولار', start: 22, end: 27, key: 'دولار' },
    ]);
  });

  it('keeps a separator only between two digits', () => {
    expect(tokenise('5. 5.a a.5 5..5 ٥٫٥').map((t) => t.text)).toEqual(['5', '5', 'a', 'a', '5', '5', '5', '٥٫٥']);
  });

  it('finds exactly what the pattern of its definition finds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }), (pieces) => {
        const text = pieces.join('');
        expect(tokenise(text)).toEqual(byPattern(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('tokeniseByLines', () => {
  it('gives exactly tokenise’s tokens, offsets included, on any text of the scanner’s hard characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES, '\n\n', '\r\n'), { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        expect(tokeniseByLines(text)).toEqual(tokenise(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives exactly tokenise’s tokens on every fixture text, and on its lines joined by blank lines as a body is', () => {
    for (const { name, text } of fixtureTexts()) {
      expect(tokeniseByLines(text), name).toEqual(tokenise(text));
      const body = text.split(/\r?\n/u).map((l) => l.trim()).filter((l) => l.length > 0).join('\n\n');
      expect(tokeniseByLines(body), name).toEqual(tokenise(body));
    }
  });
});

describe('tokeniseOnce', () => {
  it('finds exactly what the pattern of its definition finds, as tokenise does, without the memo', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }), (pieces) => {
        const text = pieces.join('');
        expect(tokeniseOnce(text)).toEqual(byPattern(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives a fresh array each call, which the caller may change without changing the next', () => {
    const first = tokeniseOnce('قال الحشد');
    first.pop();
    expect(tokeniseOnce('قال الحشد').map((t) => t.text)).toEqual(['قال', 'الحشد']);
  });
});
