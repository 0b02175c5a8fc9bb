import { glyphTexts, isHiddenControl } from './glyph-texts.ts';
import type { LineRun } from './typeset/types.ts';

// A kashida's stretch enters the advance of the glyph before it in steps of this share of the em.
const KASHIDA_QUANTUM = 0.05;

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
  /** Horizontal scale of the glyph's drawing: above 1 for a kashida's stretched tatweel, else 1. */
  readonly scaleX: number;
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
 * invisible controls are left out. A kashida's tatweel (`kashidas`: its offset and stretch) is such a glyph: drawn
 * stretched (`scaleX`) where HarfBuzz put it, standing for no text, its length in the advance of the glyph on its
 * left. Glyph order is visual, left to right, as extractors expect.
 */
export function placeRun(
  run: LineRun, paragraph: string, extraPerSpace: number, kashidas: ReadonlyMap<number, number> = new Map(),
): RunPlacement {
  const scale = run.style.size / run.face.upem;
  const texts = glyphTexts(run, paragraph, kashidas);
  // Drawing origins in font units (HarfBuzz pen plus offset); the justification before each glyph in points, on
  // spaces and in kashidas apart, as only a kashida's stretch goes into a glyph's advance.
  const origins: number[] = [];
  const spaced: number[] = [];
  const elongated: number[] = [];
  const scaleX: number[] = [];
  let pen = 0;
  let spaces = 0;
  let kashida = 0;
  const seen = new Set<number>();
  run.glyphs.forEach((g) => {
    origins.push(pen + g.xOffset);
    spaced.push(spaces * extraPerSpace);
    elongated.push(kashida);
    pen += g.xAdvance;
    if (paragraph[g.cluster] === ' ') spaces++;
    const stretch = seen.has(g.cluster) ? undefined : kashidas.get(g.cluster);
    scaleX.push(stretch === undefined || g.xAdvance <= 0 ? 1 : (g.xAdvance * scale + stretch) / (g.xAdvance * scale));
    if (stretch !== undefined) {
      kashida += stretch;
      seen.add(g.cluster);
    }
  });
  const stretchAt = (i: number | undefined): number =>
    i === undefined ? spaces * extraPerSpace + kashida : (spaced[i] ?? 0) + (elongated[i] ?? 0);
  const kashidaAt = (i: number | undefined): number => (i === undefined ? kashida : elongated[i] ?? 0);
  const kept = run.glyphs.map((_, i) => i).filter((i) => !isHiddenControl(texts[i] ?? [], run.glyphs[i]?.xAdvance ?? 0));
  const flow = kept.filter((i) => (texts[i]?.length ?? 0) > 0);
  const silent = kept.filter((i) => (texts[i]?.length ?? 0) === 0);
  const glyphs: PlacedGlyph[] = [];
  let at = 0;
  const place = (i: number, advance: number): void => {
    const g = run.glyphs[i];
    const x = (origins[i] ?? 0) * scale + stretchAt(i);
    glyphs.push({ id: g?.id ?? 0, text: texts[i] ?? [], move: x - at, advance, rise: (g?.yOffset ?? 0) * scale, scaleX: scaleX[i] ?? 1 });
    at = x + advance * scale;
  };
  const quantum = Math.max(1, Math.round(KASHIDA_QUANTUM * run.face.upem));
  flow.forEach((i, k) => {
    const next = flow[k + 1];
    const units = (next === undefined ? pen : origins[next] ?? pen) - (origins[i] ?? 0);
    // A kashida's stretch goes into the advance too, rounded down to a quantum so that few glyph variants are
    // needed; the remainder (under 0.1 em, which extractors do not read as a space) is left as a move.
    const stretch = Math.floor((kashidaAt(next) - kashidaAt(i)) / scale / quantum) * quantum;
    place(i, Math.max(0, units + stretch));
  });
  for (const i of silent) place(i, 0);
  return { glyphs, width: pen * scale + stretchAt(undefined) };
}
