import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openFontFace } from '../../../../../main/render/pdf/typeset/font-face.ts';
import { sliceAtSafeCuts } from '../../../../../main/render/pdf/typeset/glyph-slice.ts';
import { shapeRun, type Direction, type ShapedGlyph } from '../../../../../main/render/pdf/typeset/shape-run.ts';
import { fontsDir } from '../fixtures.ts';

const faces = ['Amiri-Regular.ttf', 'NotoKufiArabic-Bold.ttf', 'NotoSerif-Regular.ttf'].map((file) =>
  openFontFace(join(fontsDir, file), readFileSync(join(fontsDir, file))));

/** What a line draws of a glyph: all but the flag, which only says whether the glyphs may be cut again. */
const drawn = (glyphs: readonly ShapedGlyph[]): unknown[] => glyphs.map(({ unsafeToBreak: _, ...g }) => g);

// As shape-run.test.ts: joining letters, marks, tatweel, joiners, spaces, digits, Latin, a surrogate pair, lam-alef.
const NEUTRAL = [' ', ' ', '\u200d', '\u200c', 'َ', 'ّ', '7', '،', '.'];
const ARABIC = ['ب', 'ل', 'ا', 'م', 'ه', 'ي', 'ر', 'د', 'ع', 'ـ', 'ٌ', 'لا', '١', ...NEUTRAL];
const LATIN = ['a', 'f', 'i', 'V', 'A', 'T', 'o', '𝐀', ...NEUTRAL];
// Runs as the layout makes them (bidi levels put Arabic in right-to-left runs, Latin in left-to-right ones), and
// runs of anything in either direction, which must be refused wherever a cut would not give the same glyphs.
const run = fc.oneof(
  fc.tuple(fc.array(fc.constantFrom(...ARABIC), { minLength: 2, maxLength: 80 }), fc.constant<Direction>('rtl')),
  fc.tuple(fc.array(fc.constantFrom(...LATIN), { minLength: 2, maxLength: 80 }), fc.constant<Direction>('ltr')),
  fc.tuple(fc.array(fc.constantFrom(...ARABIC, ...LATIN), { minLength: 2, maxLength: 80 }), fc.constantFrom<Direction>('rtl', 'ltr')),
);

describe('sliceAtSafeCuts', () => {
  it('gives, wherever it cuts, the glyphs that shaping the piece again gives', () => {
    let cut = 0;
    let refused = 0;
    fc.assert(
      fc.property(
        run,
        fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
        fc.constantFrom(...faces),
        ([pieces, direction], picks, face) => {
          const text = pieces.join('');
          // Cuts on code point boundaries, as the layout itemises and breaks lines.
          const cuts = [0, ...pieces.map((_, i) => pieces.slice(0, i + 1).join('').length)];
          const [runStart, start, end, runEnd] = picks.map((p) => cuts[p % cuts.length] ?? 0).sort((x, y) => x - y) as [number, number, number, number];
          if (start === end) return;
          const slice = sliceAtSafeCuts(shapeRun(face, text, runStart, runEnd, direction), text, direction, runStart, runEnd, start, end);
          if (slice === undefined) {
            refused++;
            return;
          }
          if (start > runStart || end < runEnd) cut++;
          expect(drawn(slice)).toEqual(drawn(shapeRun(face, text, start, end, direction)));
        },
      ),
      { seed: 17, numRuns: 900 },
    );
    // Both answers were tried often enough for the property to mean something.
    expect(cut).toBeGreaterThan(200);
    expect(refused).toBeGreaterThan(100);
  });

  it('cuts a paragraph at its spaces and refuses a cut inside a joined word', () => {
    const [amiri] = faces;
    const text = 'قال المتحدث إن الاجتماع عقد في المدينة';
    const glyphs = shapeRun(amiri!, text, 0, text.length, 'rtl');
    const space = text.indexOf(' إن');
    expect(sliceAtSafeCuts(glyphs, text, 'rtl', 0, text.length, 0, space)).toBeDefined();
    expect(sliceAtSafeCuts(glyphs, text, 'rtl', 0, text.length, space + 1, text.length)).toBeDefined();
    // Inside «المتحدث»: the letters on either side join, so both sides must be shaped again.
    expect(sliceAtSafeCuts(glyphs, text, 'rtl', 0, text.length, 0, text.indexOf('تحدث'))).toBeUndefined();
  });
});
