import { buildLine, type Item } from './build-line.ts';
import { fontAllows, kashidaCandidates, TATWEEL, type KashidaSite } from './kashida-sites.ts';
import { spaceStretch } from './space-stretch.ts';
import type { Line } from './types.ts';

export { TATWEEL } from './kashida-sites.ts';

// Shares of the font size. Spaces first take up to SPACE_LIMIT each; only what is left beyond that goes to kashidas,
// and only when it makes at least one elongation of MIN_ELONGATION: a shorter one reads as a slip of the pen.
const SPACE_LIMIT = 0.05;
const MIN_ELONGATION = 0.4;
// About this much per elongation, at most MAX_ELONGATION, and at most MAX_PER_LINE in a line: a few calm strokes.
const TARGET_ELONGATION = 1.2;
const MAX_ELONGATION = 1.5;
const MAX_PER_LINE = 3;
const EPSILON = 0.01;

/** Van der Corput order: the first k of n indices taken this way are spread evenly over the line. */
function spreadOrder(n: number): number[] {
  const reversed = (i: number): number => {
    let r = 0;
    let f = 0.5;
    for (let x = i; x > 0; x >>= 1, f /= 2) if (x & 1) r += f;
    return r;
  };
  return Array.from({ length: n }, (_, i) => i).sort((a, b) => reversed(a) - reversed(b));
}

/** Up to `wanted` sites, one a word: words by their best join's priority, spread along the line, font permitting. */
function chooseSites(line: Line, items: readonly Item[], wanted: number): KashidaSite[] {
  const words = kashidaCandidates(line, items);
  const ordered = [0, 1, 2, 3, 4].flatMap((priority) => {
    const group = words.filter((w) => w[0]?.priority === priority);
    return spreadOrder(group.length).map((i) => group[i]).filter((w): w is KashidaSite[] => w !== undefined);
  });
  const chosen: KashidaSite[] = [];
  for (const word of ordered) {
    if (chosen.length >= wanted) break;
    const site = word.find((s) => fontAllows(line.source, s));
    if (site) chosen.push(site);
  }
  return chosen;
}

/** The line rebuilt with one tatweel before each site, each stretched by `extra` points beyond its own advance. */
function withKashidas(line: Line, items: readonly Item[], sites: readonly KashidaSite[], extra: number): Line {
  const positions = sites.map((s) => s.position).sort((a, b) => a - b);
  // An offset moves by the tatweels inserted before it; insertion points are never item or line boundaries.
  const shift = (x: number): number => x + positions.filter((p) => p < x).length;
  let source = '';
  let from = 0;
  for (const p of positions) {
    source += line.source.slice(from, p) + TATWEEL;
    from = p;
  }
  source += line.source.slice(from);
  const kashidas = new Map(positions.map((p, k) => [p + k, extra]));
  const moved = items.map((item) => ({ ...item, start: shift(item.start), end: shift(item.end) }));
  return buildLine(source, moved, shift(line.start), shift(line.end), line.stretch, kashidas);
}

/**
 * Kashida justification of one stretched line, as Arabic typesetters do it: the spaces take their share first, up
 * to SPACE_LIMIT of the font size each; what is left is taken by a few elongations (at most MAX_PER_LINE, one a
 * word, about TARGET_ELONGATION long) at the best permitted joins (kashida-sites.ts), spread along the line. Each
 * is one tatweel, inserted for shaping so its neighbours take their joining forms, then drawn stretched (Line
 * `kashidas`): the text a reader copies never holds it. The spaces take whatever the elongations leave. A line
 * with too little left over, no permitted join, or that the spaces could not justify, is returned unchanged.
 */
export function justifyWithKashida(line: Line, items: readonly Item[], width: number): Line {
  const extra = width - line.width;
  if (!line.stretch || line.spaces === 0 || extra <= EPSILON) return line;
  const size = Math.max(...line.runs.map((r) => r.style.size), 1);
  const rest = extra - Math.min(extra, line.spaces * SPACE_LIMIT * size);
  if (rest < MIN_ELONGATION * size) return line;
  const wanted = Math.min(MAX_PER_LINE, Math.ceil(rest / (TARGET_ELONGATION * size)));
  const sites = chooseSites(line, items, wanted);
  while (sites.length > 0) {
    const plain = withKashidas(line, items, sites, 0);
    // Each elongation: the tatweel's own advance plus its stretch, together the rest's share, within the limits.
    const own = (plain.width - line.width) / sites.length;
    const stretch = Math.min(rest / sites.length - own, MAX_ELONGATION * size - own);
    if (stretch >= 0 && own + stretch >= MIN_ELONGATION * size) {
      const stretched = withKashidas(line, items, sites, stretch);
      // Kashidas only in a line that ends up justified: never in a line left ragged for want of spaces.
      if (spaceStretch(stretched, width) > 0 || Math.abs(width - stretched.width) <= EPSILON) return stretched;
      return line;
    }
    sites.pop();
  }
  return line;
}
