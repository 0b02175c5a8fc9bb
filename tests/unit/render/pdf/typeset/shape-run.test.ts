import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import * as hb from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { openFontFace, type FontFace } from '../../../../../main/render/pdf/typeset/font-face.ts';
import { shapeRun, type Direction } from '../../../../../main/render/pdf/typeset/shape-run.ts';
import { fontsDir } from '../fixtures.ts';

const amiri = openFontFace(join(fontsDir, 'Amiri-Regular.ttf'), readFileSync(join(fontsDir, 'Amiri-Regular.ttf')));

/** HarfBuzz given the whole paragraph as context, as shapeRun did before it passed a window of it. */
const buffer = new hb.Buffer();

function shapedWithWholeText(face: FontFace, text: string, start: number, end: number, direction: Direction): unknown[] {
  buffer.reset();
  buffer.addText(text, start, end - start);
  buffer.setDirection(direction === 'rtl' ? hb.Direction.RTL : hb.Direction.LTR);
  buffer.guessSegmentProperties();
  hb.shape(face.hbFont, buffer);
  const positions = buffer.getGlyphPositions();
  const glyphs = buffer.getGlyphInfos().map((info, i) => ({
    id: info.codepoint,
    cluster: info.cluster,
    xAdvance: positions[i]?.xAdvance ?? 0,
    xOffset: positions[i]?.xOffset ?? 0,
    yOffset: positions[i]?.yOffset ?? 0,
    unsafeToBreak: (info.flags & hb.GlyphFlag.UNSAFE_TO_BREAK) !== 0,
  }));
  return glyphs;
}

// Letters that join on both sides, on one side, marks, tatweel, ZWJ/ZWNJ, spaces, digits, Latin and a character
// outside the BMP (a surrogate pair), so runs start and end inside words, between a letter and its marks and
// beside a pair.
const PIECES = ['ب', 'ل', 'ا', 'م', 'ه', 'ي', 'ر', 'د', 'ع', 'ـ', 'َ', 'ّ', 'ٌ', '\u200d', '\u200c', ' ', '١', '7', 'a', '𝐀', 'لا', '،'];

describe('shapeRun', () => {
  it('shapes a run exactly as with the whole paragraph for context: glyphs, advances, offsets and clusters', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { minLength: 2, maxLength: 120 }),
        fc.nat(),
        fc.nat(),
        fc.constantFrom<Direction>('rtl', 'ltr'),
        (pieces, a, b, direction) => {
          const text = pieces.join('');
          // Cut on code point boundaries, as the layout does (it itemises by code point).
          const cuts = [0, ...pieces.map((_, i) => pieces.slice(0, i + 1).join('').length)];
          const x = cuts[a % cuts.length] ?? 0;
          const y = cuts[b % cuts.length] ?? 0;
          const [start, end] = x < y ? [x, y] : [y, x];
          if (start === end) return;
          expect(shapeRun(amiri, text, start, end, direction)).toEqual(shapedWithWholeText(amiri, text, start, end, direction));
        },
      ),
      { seed: 17, numRuns: 300 },
    );
  });

  it('keeps joining across the edges of a run cut far from the start of a long paragraph', () => {
    const text = `${'كلمة '.repeat(60)}بينهم`;
    const start = text.length - 3; // «نهم», joined to the «بي» before it
    const glyphs = shapeRun(amiri, text, start, text.length, 'rtl');
    expect(glyphs.map((g) => g.cluster).sort((p, q) => p - q)[0]).toBe(start);
    expect(glyphs).toEqual(shapedWithWholeText(amiri, text, start, text.length, 'rtl'));
    expect(glyphs.map((g) => g.id)).not.toEqual(shapeRun(amiri, 'نهم', 0, 3, 'rtl').map((g) => g.id));
  });
});
