import type { Direction, ShapedGlyph } from './shape-run.ts';

// HarfBuzz guesses a buffer's script from its first character of a script of its own (hb_buffer_guess_segment_
// properties passes over Common, Inherited and Unknown), and a different script shapes differently: «،ّ» alone is
// not shaped as Arabic, and its mark comes out on the other side of the comma. A piece is cut from a run only where
// both are of one script, all Arabic or all Latin, or neither has a character of a script of its own; and only in
// that script's own direction, the one the bidi levels give it (UAX #9), where the flags below hold — Arabic
// shaped left to right keeps no such promise.
const UNSCRIPTED = /[\p{Script=Common}\p{Script=Inherited}\p{Script=Unknown}]/gu;
const SCRIPTS: ReadonlyArray<{ pattern: RegExp; direction: Direction }> = [
  { pattern: /^\p{Script=Arabic}+$/u, direction: 'rtl' },
  { pattern: /^\p{Script=Latin}+$/u, direction: 'ltr' },
];

/** The one script of `text[start, end)`: an index into SCRIPTS, -1 for none, undefined for another or a mix. */
function singleScript(text: string, start: number, end: number): number | undefined {
  const scripted = text.slice(start, end).replace(UNSCRIPTED, '');
  if (scripted === '') return -1;
  const index = SCRIPTS.findIndex((script) => script.pattern.test(scripted));
  return index === -1 ? undefined : index;
}

/** Whether the text may be cut before `at` without shaping again: a cluster starts there, and HarfBuzz says it is safe. */
function safeCut(glyphs: readonly ShapedGlyph[], at: number): boolean {
  let found = false;
  for (const g of glyphs) {
    if (g.cluster !== at) continue;
    if (g.unsafeToBreak) return false;
    found = true;
  }
  return found;
}

/**
 * The glyphs of `text[start, end)` taken from the shaping of the run `text[runStart, runEnd)` that holds it, or
 * undefined where the piece must be shaped again: a cut inside a cluster or at a glyph HarfBuzz marks unsafe to
 * break, or a run not of one script in its own direction (see SCRIPTS). HarfBuzz's contract for
 * HB_GLYPH_FLAG_UNSAFE_TO_BREAK: where it is not set, the glyphs on each side of the cut are exactly what shaping
 * that side separately gives (with the same segment properties), "to optimize paragraph layout, by avoiding
 * re-shaping of each line after line-breaking" (hb-buffer.h). A paragraph's lines are cut from its measured runs.
 */
export function sliceAtSafeCuts(
  glyphs: readonly ShapedGlyph[], text: string, direction: Direction, runStart: number, runEnd: number, start: number, end: number,
): readonly ShapedGlyph[] | undefined {
  if (start === runStart && end === runEnd) return glyphs;
  if (start > runStart && !safeCut(glyphs, start)) return undefined;
  if (end < runEnd && !safeCut(glyphs, end)) return undefined;
  const script = singleScript(text, runStart, runEnd);
  if (script === undefined || script !== singleScript(text, start, end)) return undefined;
  if (script !== -1 && SCRIPTS[script]?.direction !== direction) return undefined;
  return glyphs.filter((g) => g.cluster >= start && g.cluster < end);
}
