import { stripControls } from '../../text/arabic/normalise.ts';
import type { LineRun } from './typeset/types.ts';

// Joiners change how a word is shaped and are part of it (Persian «می‌خواهم»): they keep their own text.
const JOINERS = /[\u200c\u200d]/u;
const NONE_INSERTED: ReadonlyMap<number, unknown> = new Map();

/** The code points of `text[from, to)`, leaving out the offsets in `inserted`. */
function codePoints(text: string, from: number, to: number, inserted: ReadonlyMap<number, unknown>): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) {
    const cp = text.codePointAt(i) ?? 0;
    if (!inserted.has(i)) out.push(cp);
    if (cp > 0xffff) i++;
  }
  return out;
}

/**
 * The characters each glyph of a run stands for, in the ToUnicode sense: a glyph's own cmap character when it is in
 * its cluster, the cluster's other characters on one glyph of the cluster. Characters at `inserted` offsets (a
 * kashida line's tatweels) are no text: a glyph drawn only for them stands for nothing. Glyphs come in visual order.
 */
export function glyphTexts(run: LineRun, paragraph: string, inserted: ReadonlyMap<number, unknown> = NONE_INSERTED): number[][] {
  const glyphs = run.glyphs;
  const result: number[][] = glyphs.map(() => []);
  // The glyphs grouped by cluster, clusters in logical order, a cluster's glyphs in drawing order: a sort of their
  // indices (called for every run drawn, so without a map of arrays per run).
  const order = glyphs.map((_g, i) => i);
  order.sort((a, b) => (glyphs[a]?.cluster ?? 0) - (glyphs[b]?.cluster ?? 0) || a - b);
  let from = 0;
  while (from < order.length) {
    const cluster = glyphs[order[from] ?? 0]?.cluster ?? 0;
    let to = from + 1;
    while (to < order.length && glyphs[order[to] ?? 0]?.cluster === cluster) to++;
    const next = to < order.length ? glyphs[order[to] ?? 0]?.cluster ?? run.end : run.end;
    const remaining = codePoints(paragraph, cluster, next, inserted);
    const unclaimed: number[] = [];
    for (let n = from; n < to; n++) {
      const i = order[n] ?? 0;
      const own = run.face.glyphToCodePoint.get(glyphs[i]?.id ?? 0);
      const at = own === undefined ? -1 : remaining.indexOf(own);
      if (own !== undefined && at >= 0) {
        result[i] = [own];
        remaining.splice(at, 1);
      } else {
        unclaimed.push(i);
      }
    }
    // Glyphs come in visual order; for an RTL run the logically first glyph of a cluster is the last one drawn.
    const carrier = run.direction === 'rtl' ? unclaimed[unclaimed.length - 1] : unclaimed[0];
    // Extractors (poppler, pdf.js) rebuild RTL text by reversing the visual glyph stream, characters of a
    // multi-character glyph included; a ligature's characters are therefore stored reversed in an RTL run, so that
    // "لا" comes back as ل then ا.
    if (carrier !== undefined && remaining.length > 0) result[carrier] = run.direction === 'rtl' ? remaining.reverse() : remaining;
    from = to;
  }
  return result;
}

/**
 * True for a glyph that only stands for invisible controls (bidi marks and isolates, word joiner, zero-width space):
 * HarfBuzz draws them as a zero-width space glyph, which extractors would read back as a space or a stray control.
 */
export function isHiddenControl(text: readonly number[], advance: number): boolean {
  if (advance !== 0 || text.length === 0) return false;
  const chars = String.fromCodePoint(...text);
  return !JOINERS.test(chars) && stripControls(chars) === '';
}
