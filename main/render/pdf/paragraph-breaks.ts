// Widow and orphan control: a paragraph broken over a page keeps at least this many lines on each side of the
// break, as typesetters do (a single line alone at the foot or the head of a page reads as a stray).
export const MIN_LINES_AT_BREAK = 2;

/**
 * The fewest of a paragraph's `lines` that may stand on the page it starts on: two, or all of them when the
 * paragraph is too short to break with two lines on each side.
 */
export function firstPageLines(lines: number): number {
  return lines < 2 * MIN_LINES_AT_BREAK ? lines : MIN_LINES_AT_BREAK;
}

/**
 * How many of a paragraph's `lines` go on each page, first page first, when `room` lines fit below what is already
 * on the current page and `pageLines` on a new page. A page never ends with fewer than two of the paragraph's lines
 * (an orphan: the paragraph starts on the next page instead, 0 lines here), and never leaves fewer than two for the
 * next (a widow: the break moves a line up). A fresh page that holds fewer lines than that takes what fits.
 */
export function linesPerPage(lines: number, room: number, pageLines: number): number[] {
  const parts: number[] = [];
  let left = lines;
  let fit = Math.max(0, room);
  let fresh = room >= pageLines;
  while (left > fit) {
    let take = fit;
    if (left - take < MIN_LINES_AT_BREAK) take = left - MIN_LINES_AT_BREAK;
    if (take < MIN_LINES_AT_BREAK) take = 0;
    // Lines must go somewhere: a new page too short for the rules takes what fits.
    if (fresh && take === 0) take = Math.max(1, fit);
    parts.push(take);
    left -= take;
    fit = pageLines;
    fresh = true;
  }
  parts.push(left);
  return parts;
}

/** The indices of the lines a new page starts before, from how many lines go on each page (linesPerPage). */
export function pageBreakLines(parts: readonly number[]): Set<number> {
  const breaks = new Set<number>();
  let at = 0;
  for (const count of parts.slice(0, -1)) {
    at += count;
    breaks.add(at);
  }
  return breaks;
}
