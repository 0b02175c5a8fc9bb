import type { FontFace } from './font-face.ts';
import { reorderRuns } from './bidi-levels.ts';
import { sliceAtSafeCuts } from './glyph-slice.ts';
import { shapeRun, type ShapedGlyph } from './shape-run.ts';
import type { Line, LineRun, TextStyle } from './types.ts';

/** A maximal stretch of a paragraph in one embedding level, one span and one face (UTF-16 offsets). */
export interface Item {
  start: number;
  end: number;
  level: number;
  style: TextStyle;
  face: FontFace;
}

export function levelDirection(level: number): 'rtl' | 'ltr' {
  return level % 2 === 1 ? 'rtl' : 'ltr';
}

/** Each item's glyphs as the paragraph was measured with, shaped over `source`. */
export type MeasuredItems = ReadonlyMap<Item, readonly ShapedGlyph[]>;

/**
 * Builds the line `source[a, end)` (trailing whitespace already dropped, UAX #9 L1): the items it covers are cut to
 * it, reordered by rule L2 and each shaped by HarfBuzz in its own direction, with the rest of `source` as context —
 * or, where HarfBuzz says the cut is safe, cut from the item's `measured` glyphs, which are the same (glyph-slice.ts);
 * `kashidas` (inserted tatweels and their stretch) widen the runs that hold them.
 */
export function buildLine(
  source: string, items: readonly Item[], a: number, end: number, stretch: boolean, kashidas?: ReadonlyMap<number, number>,
  measured?: MeasuredItems,
): Line {
  const pieces = items
    .filter((item) => item.start < end && item.end > a)
    .map((item) => ({ ...item, start: Math.max(item.start, a), end: Math.min(item.end, end), item }));
  let spaces = 0;
  const runs: LineRun[] = reorderRuns(pieces).map((piece) => {
    const runDirection = levelDirection(piece.level);
    const whole = measured?.get(piece.item);
    const glyphs = (whole && sliceAtSafeCuts(whole, source, runDirection, piece.item.start, piece.item.end, piece.start, piece.end))
      ?? shapeRun(piece.face, source, piece.start, piece.end, runDirection);
    const scale = piece.style.size / piece.face.upem;
    let width = 0;
    const elongated = new Set<number>();
    for (const g of glyphs) {
      width += g.xAdvance * scale;
      if (source[g.cluster] === ' ') spaces++;
      // A kashida's stretch counts once, however many glyphs its tatweel became.
      const stretched = kashidas?.get(g.cluster);
      if (stretched !== undefined && !elongated.has(g.cluster)) {
        width += stretched;
        elongated.add(g.cluster);
      }
    }
    return {
      text: source.slice(piece.start, piece.end),
      start: piece.start,
      end: piece.end,
      level: piece.level,
      direction: runDirection,
      face: piece.face,
      style: piece.style,
      glyphs,
      width,
    };
  });
  return {
    source,
    text: source.slice(a, end),
    start: a,
    end,
    runs,
    width: runs.reduce((sum, r) => sum + r.width, 0),
    spaces,
    stretch,
    ...(kashidas ? { kashidas } : {}),
  };
}
