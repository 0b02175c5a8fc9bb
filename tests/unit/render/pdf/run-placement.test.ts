import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeRun, type RunPlacement } from '../../../../main/render/pdf/run-placement.ts';
import { openFontFace } from '../../../../main/render/pdf/typeset/font-face.ts';
import { layoutParagraph } from '../../../../main/render/pdf/typeset/layout-paragraph.ts';
import type { LineRun, TextStyle } from '../../../../main/render/pdf/typeset/types.ts';
import { fontsDir } from './fixtures.ts';

const amiri = openFontFace(join(fontsDir, 'Amiri-Regular.ttf'), readFileSync(join(fontsDir, 'Amiri-Regular.ttf')));
const style: TextStyle = { faces: [amiri], size: 12, colour: '#000000' };
const scale = 12 / amiri.upem;

function firstRun(text: string): { run: LineRun; source: string } {
  const line = layoutParagraph({ spans: [{ text, style }], width: 2000, align: 'start', direction: 'rtl' }).lines[0];
  const run = line?.runs[0];
  if (!line || !run) throw new Error('no run');
  return { run, source: line.source };
}

/** Where each shown glyph's origin lands, in points from the run's left edge, as a viewer computes it. */
function origins(placement: RunPlacement): number[] {
  let at = 0;
  return placement.glyphs.map((g) => {
    const x = at + g.move;
    at = x + g.advance * scale;
    return x;
  });
}

describe('placeRun', () => {
  it('draws every glyph where HarfBuzz puts it, the kerning gap of «سوريا» inside the advance of «ي»', () => {
    const { run, source } = firstRun('سوريا');
    const placement = placeRun(run, source, 0);
    let pen = 0;
    const expected = run.glyphs.map((g) => {
      const x = (pen + g.xOffset) * scale;
      pen += g.xAdvance;
      return x;
    });
    origins(placement).forEach((x, i) => expect(x).toBeCloseTo(expected[i] ?? Number.NaN, 6));
    // Amiri kerns «ر» away from the «ي» before it: a plain-width PDF would leave a 0.12 em gap there.
    expect(run.glyphs.some((g) => g.xOffset > 100)).toBe(true);
    expect(placement.glyphs.every((g) => Math.abs(g.move) < 1e-9)).toBe(true);
    expect(placement.width).toBeCloseTo(pen * scale, 9);
  });

  it('keeps justification as moves after spaces only, and ends at the run\'s width', () => {
    const { run, source } = firstRun('وزارة الخارجية الدولية');
    const placement = placeRun(run, source, 3);
    const moved = placement.glyphs.filter((g) => Math.abs(g.move) > 1e-9);
    expect(moved).toHaveLength(2);
    for (const g of moved) expect(g.move).toBeCloseTo(3, 9);
    const last = placement.glyphs[placement.glyphs.length - 1];
    const end = (origins(placement)[placement.glyphs.length - 1] ?? 0) + (last?.advance ?? 0) * scale;
    expect(end).toBeCloseTo(placement.width, 9);
    expect(placement.width).toBeCloseTo(run.width + 6, 9);
  });

  it('shows a glyph that stands for no character after the others, and leaves invisible controls out', () => {
    // Amiri draws «لكن» with a connecting stroke of its own, and the RLM is a zero-width space glyph.
    const { run, source } = firstRun('لكن\u200f هو');
    const placement = placeRun(run, source, 0);
    const texts = placement.glyphs.map((g) => g.text.length);
    const firstSilent = texts.indexOf(0);
    expect(firstSilent).toBeGreaterThan(0);
    expect(texts.slice(firstSilent).every((n) => n === 0)).toBe(true);
    expect(placement.glyphs.some((g) => g.text.includes(0x200f))).toBe(false);
    expect(placement.glyphs.length).toBe(run.glyphs.length - 1);
    expect(placement.glyphs.every((g) => g.advance >= 0)).toBe(true);
    // Shown out of visual order, every glyph still lands where HarfBuzz puts it.
    let pen = 0;
    const expected = run.glyphs.map((g) => {
      const at = `${g.id}@${((pen + g.xOffset) * scale).toFixed(4)}`;
      pen += g.xAdvance;
      return at;
    });
    const shown = origins(placement).map((x, i) => `${placement.glyphs[i]?.id}@${x.toFixed(4)}`);
    expect(shown.every((s) => expected.includes(s))).toBe(true);
  });

  it('draws a kashida\'s tatweel stretched and textless, its length in the advance of the glyph on its left', () => {
    // «السـلطات» as a kashida line holds it: the tatweel inserted after the seen, stretched by 9 points.
    const source = 'السـلطات';
    const line = layoutParagraph({ spans: [{ text: source, style }], width: 2000, align: 'start', direction: 'rtl' }).lines[0];
    const run = line?.runs[0];
    if (!run) throw new Error('no run');
    const plain = placeRun(run, source, 0);
    const placement = placeRun(run, source, 0, new Map([[3, 9]]));
    expect(placement.width).toBeCloseTo(plain.width + 9, 9);
    const tatweel = placement.glyphs[placement.glyphs.length - 1];
    expect(tatweel?.text).toEqual([]);
    expect(tatweel?.advance).toBe(0);
    const natural = (amiri.hbFont.glyphHAdvance(tatweel?.id ?? 0) * 12) / amiri.upem;
    expect(tatweel?.scaleX).toBeCloseTo((natural + 9) / natural, 9);
    // The text flow has no gap an extractor could read as a space: every move but the tatweel's is under 0.1 em.
    expect(placement.glyphs.slice(0, -1).every((g) => Math.abs(g.move) < 0.1 * 12)).toBe(true);
    expect(placement.glyphs.slice(0, -1).map((g) => g.text.length).every((n) => n > 0)).toBe(true);
  });
});
