import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { removeBidiControls } from '../../../../../main/render/pdf/typeset/bidi-controls.ts';
import { embeddingLevels } from '../../../../../main/render/pdf/typeset/bidi-levels.ts';

const indices = (text: string): number[] => Array.from(text, (_, i) => i);

describe('removeBidiControls (UAX #9 X9)', () => {
  it('drops isolates and embeddings with their levels and data, keeping every other character', () => {
    const text = 'قال \u2068file_2.txt.\u2069 ثم \u202Bx\u202C';
    const out = removeBidiControls(text, embeddingLevels(text, 'rtl'), indices(text));
    expect(out.text).toBe('قال file_2.txt. ثم x');
    expect(out.data).toHaveLength(out.text.length);
    expect(out.data.map((i) => text[i]).join('')).toBe(out.text);
  });
  it('keeps the levels the isolate gave: the final period of an isolated island stays at its level', () => {
    const text = 'قال \u2068done.\u2069';
    const out = removeBidiControls(text, embeddingLevels(text, 'rtl'), indices(text));
    expect(out.text).toBe('قال done.');
    expect(out.levels[out.text.length - 1]).toBe(2);
    // Without the isolate the same period is a neutral at the paragraph's end and takes the paragraph's level.
    expect(embeddingLevels('قال done.', 'rtl')[8]).toBe(1);
  });
  it('leaves text without controls as it is, and never keeps a control', () => {
    const text = 'نص بلا علامات 12';
    expect(removeBidiControls(text, embeddingLevels(text, 'rtl'), indices(text)).text).toBe(text);
    fc.assert(fc.property(fc.array(fc.constantFrom('a', 'ب', ' ', '1', '.', '\u2066', '\u2067', '\u2068', '\u2069', '\u202A', '\u202E')), (chars) => {
      const s = chars.join('');
      const out = removeBidiControls(s, embeddingLevels(s, 'rtl'), indices(s));
      return out.text === s.replace(/[\u202A-\u202E\u2066-\u2069]/gu, '') && out.levels.length === out.text.length
        && out.data.length === out.text.length;
    }), { numRuns: 200 });
  });
});
