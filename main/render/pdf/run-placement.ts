import { glyphTexts, isHiddenControl } from './glyph-texts.ts';
import type { LineRun } from './typeset/types.ts';

/** One glyph as the PDF shows it, in content-stream order. */
export interface PlacedGlyph {
  /** Glyph id in the run's font. */
  readonly id: number;
  /** The characters it stands for (ToUnicode); empty for a glyph that only completes another's shape. */
  readonly text: readonly number[];
  /** Points to move the text position (rightwards) before showing the glyph. */
  readonly move: number;
  /** Its PDF advance in font units, never negative. */
  readonly advance: number;
  /** Vertical offset in points (a mark stacked on another). */
  readonly rise: number;
}

export interface RunPlacement {
  readonly glyphs: readonly PlacedGlyph[];
  /** Points from the run's left edge to its right edge, justification included. */
  readonly width: number;
}

/**
 * Places a run's glyphs for the PDF so that extractors see each word as one stretch of text. Extractors take the
 * gap between a glyph's PDF advance and the next glyph as a space beyond about 0.1 em (poppler TextOutputDev
 * `minWordBreakSpace`, pdf.js `TRACKING_SPACE_FACTOR`), and Amiri opens 0.12 em after «ي» before «ر»: so every
 * glyph's advance runs exactly to where the next one is drawn, HarfBuzz's kerning and offsets included, and the
 * only moves left are a justified space's extra width and overlaps no advance can express. A glyph that stands for
 * no character (the connecting stroke Amiri adds in «لكن») would still leave a gap, as extractors ignore it: it is
 * shown after the run's other glyphs, the advance before it carried by its neighbour. Glyphs that only stand for
 * invisible controls are left out. Glyph order is visual, left to right, as extractors expect.
 */
export function placeRun(run: LineRun, paragraph: string, extraPerSpace: number): RunPlacement {
  const scale = run.style.size / run.face.upem;
  const texts = glyphTexts(run, paragraph);
  // Drawing origins in font units (HarfBuzz pen plus offset), and the justification before each glyph in points.
  const origins: number[] = [];
  const stretch: number[] = [];
  let pen = 0;
  let spaces = 0;
  run.glyphs.forEach((g) => {
    origins.push(pen + g.xOffset);
    stretch.push(spaces * extraPerSpace);
    pen += g.xAdvance;
    if (paragraph[g.cluster] === ' ') spaces++;
  });
  const kept = run.glyphs.map((_, i) => i).filter((i) => !isHiddenControl(texts[i] ?? [], run.glyphs[i]?.xAdvance ?? 0));
  const flow = kept.filter((i) => (texts[i]?.length ?? 0) > 0);
  const silent = kept.filter((i) => (texts[i]?.length ?? 0) === 0);
  const glyphs: PlacedGlyph[] = [];
  let at = 0;
  const place = (i: number, advance: number): void => {
    const g = run.glyphs[i];
    const x = (origins[i] ?? 0) * scale + (stretch[i] ?? 0);
    glyphs.push({ id: g?.id ?? 0, text: texts[i] ?? [], move: x - at, advance, rise: (g?.yOffset ?? 0) * scale });
    at = x + advance * scale;
  };
  flow.forEach((i, k) => {
    const next = flow[k + 1];
    place(i, Math.max(0, (next === undefined ? pen : origins[next] ?? pen) - (origins[i] ?? 0)));
  });
  for (const i of silent) place(i, 0);
  return { glyphs, width: pen * scale + spaces * extraPerSpace };
}
