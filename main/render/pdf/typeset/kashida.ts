import { joiningType } from './arabic-joining.ts';
import { buildLine, type Item } from './build-line.ts';
import { shapeRun } from './shape-run.ts';
import { spaceStretch } from './space-stretch.ts';
import type { Line } from './types.ts';

export const TATWEEL = '\u0640';

/** At most this share of a line's extra width goes to kashidas; spaces take the rest, so both stay moderate. */
const KASHIDA_SHARE = 0.6;
/** Tatweels at one join (one join per word): two already make a long, calm stroke in Naskh. */
const MAX_PER_WORD = 2;
/** Tatweels in one line, so a loose line does not turn into a row of stretched words. */
const MAX_PER_LINE = 8;
const EPSILON = 0.01;

// Seen and sad families (س ش ص ض): the stroke after their teeth is where Naskh scribes stretch first.
const AFTER_SEEN_SAD = new Set([0x0633, 0x0634, 0x0635, 0x0636]);
// Finals with a bowl or a tail (ب ت ث ن ي ى ئ): stretching the join before them is the next classic place.
const BEFORE_BOWL_FINAL = new Set([0x0628, 0x062a, 0x062b, 0x0646, 0x064a, 0x0649, 0x0626]);
const ALLAH = /لله/u;

/** A join where tatweels may go: before the letter at `position` (a UTF-16 offset in the line's source). */
export interface KashidaSite {
  position: number;
  /** 0 after seen/sad, 1 before a bowl final, 2 any other join; lower is preferred. */
  priority: number;
  /** The word (within the face's item) the join is in, for measuring. */
  wordStart: number;
  wordEnd: number;
  item: Item;
}

function codeAt(text: string, i: number): number {
  return text.codePointAt(i) ?? 0;
}

/**
 * The best kashida join of each word of the line, by a simple, fixed priority: after seen/sad, then before a
 * ب/ي/ن-like final, then any other join; ties go to the join nearest the word's end. A join qualifies only between
 * two dual-joining letters (Unicode ArabicShaping.txt) that connect (nothing but combining marks between them), so
 * never after a right-joining letter (ا د ذ ر ز و ة …) and never inside lam-alef (alef is right-joining); both
 * letters must be in one right-to-left item whose face has a tatweel. Words with the Allah ligature, and the last
 * word of the paragraph, are left alone.
 */
export function kashidaSites(line: Line, items: readonly Item[]): KashidaSite[] {
  const text = line.source;
  const paragraphEnd = text.trimEnd().length;
  const sites: KashidaSite[] = [];
  for (const word of text.slice(line.start, line.end).matchAll(/\S+/gu)) {
    const start = line.start + (word.index ?? 0);
    const end = start + word[0].length;
    if (end >= paragraphEnd || ALLAH.test(word[0])) continue;
    let best: KashidaSite | undefined;
    let previous = -1;
    for (let i = start; i < end; i++) {
      const type = joiningType(codeAt(text, i));
      if (type === 'transparent') continue;
      const item = items.find((it) => it.start <= i && i < it.end);
      const joins = previous >= 0 && type === 'dual' && joiningType(codeAt(text, previous)) === 'dual'
        && item !== undefined && item.start <= previous && item.level % 2 === 1 && item.face.coverage.has(0x0640);
      if (joins && item) {
        // The letter ends its word when only marks, or a non-joining character (punctuation), follow it.
        const rest = text.slice(i + 1, end).replace(/\p{Mn}/gu, '');
        const last = rest.length === 0 || joiningType(codeAt(rest, 0)) === 'none';
        const priority = AFTER_SEEN_SAD.has(codeAt(text, previous)) ? 0 : last && BEFORE_BOWL_FINAL.has(codeAt(text, i)) ? 1 : 2;
        if (!best || priority <= best.priority) {
          best = { position: i, priority, wordStart: Math.max(start, item.start), wordEnd: Math.min(end, item.end), item };
        }
      }
      previous = type === 'none' ? -1 : i;
    }
    if (best) sites.push(best);
  }
  return sites;
}

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

/** The width in points a word gains with `count` tatweels at the site (shaped alone: ligatures it breaks count). */
function siteGain(text: string, site: KashidaSite, count: number): number {
  const { item } = site;
  const word = text.slice(site.wordStart, site.wordEnd);
  const at = site.position - site.wordStart;
  const stretched = word.slice(0, at) + TATWEEL.repeat(count) + word.slice(at);
  const width = (s: string): number => shapeRun(item.face, s, 0, s.length, 'rtl').reduce((sum, g) => sum + g.xAdvance, 0);
  return ((width(stretched) - width(word)) * item.style.size) / item.face.upem;
}

/** The line rebuilt with `counts` tatweels inserted before the given positions of its source. */
function withTatweels(line: Line, items: readonly Item[], counts: ReadonlyMap<number, number>): Line {
  const positions = [...counts.keys()].sort((a, b) => a - b);
  // An offset moves by the tatweels inserted before it; insertion points are never item or line boundaries.
  const shift = (x: number): number => x + positions.filter((p) => p < x).reduce((s, p) => s + (counts.get(p) ?? 0), 0);
  let source = '';
  let from = 0;
  for (const p of positions) {
    source += line.source.slice(from, p) + TATWEEL.repeat(counts.get(p) ?? 0);
    from = p;
  }
  source += line.source.slice(from);
  const moved = items.map((item) => ({ ...item, start: shift(item.start), end: shift(item.end) }));
  return buildLine(source, moved, shift(line.start), shift(line.end), line.stretch);
}

/**
 * Kashida justification of one stretched line: part of its extra width (at most KASHIDA_SHARE) is taken by
 * tatweels (U+0640) inserted at the joins `kashidaSites` picks, best priority first and spread along the line, at
 * most MAX_PER_WORD a word and MAX_PER_LINE a line; the line is then reshaped with HarfBuzz, so the tatweels join
 * their neighbours and become part of the runs' text, and the spaces take the rest. A line the spaces could not
 * justify anyway, or with no usable join, is returned unchanged.
 */
export function justifyWithKashida(line: Line, items: readonly Item[], width: number): Line {
  const extra = width - line.width;
  if (!line.stretch || line.spaces === 0 || extra <= EPSILON) return line;
  const sites = kashidaSites(line, items);
  if (sites.length === 0) return line;
  const ordered = [0, 1, 2].flatMap((priority) => {
    const group = sites.filter((s) => s.priority === priority);
    return spreadOrder(group.length).map((i) => group[i]).filter((s): s is KashidaSite => s !== undefined);
  });
  let budget = extra * KASHIDA_SHARE;
  let total = 0;
  const counts = new Map<number, number>();
  // One tatweel a word first, so the stretch is shared out before any word gets a second one.
  for (let round = 1; round <= MAX_PER_WORD; round++) {
    for (const site of ordered) {
      if (total >= MAX_PER_LINE) break;
      if ((counts.get(site.position) ?? 0) !== round - 1) continue;
      const gain = siteGain(line.source, site, round) - (round > 1 ? siteGain(line.source, site, round - 1) : 0);
      if (gain <= 0 || gain > budget) continue;
      counts.set(site.position, round);
      budget -= gain;
      total++;
    }
  }
  if (total === 0) return line;
  let stretched = withTatweels(line, items, counts);
  // The per-word estimate ignores kerning across word edges: take tatweels back until the line fits.
  while (stretched.width > width + EPSILON && counts.size > 0) {
    const last = [...counts.keys()].pop() ?? 0;
    const n = (counts.get(last) ?? 1) - 1;
    if (n > 0) counts.set(last, n);
    else counts.delete(last);
    stretched = counts.size > 0 ? withTatweels(line, items, counts) : line;
  }
  // Kashidas only in a line that ends up justified: never in a line left ragged for want of spaces.
  return spaceStretch(stretched, width) > 0 || Math.abs(width - stretched.width) <= EPSILON ? stretched : line;
}
