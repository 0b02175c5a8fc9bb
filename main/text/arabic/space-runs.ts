import { isSpace } from './normalise.ts';

/**
 * Words of a line as the cheapest count: runs of characters above the space, in one pass over its UTF-16 units.
 * The metadata choosers measure every head and foot line with it (is this line prose, or a page's furniture?),
 * where tokenising each line would cost more than the rest of their features. A chooser that only asks whether a
 * line has up to so many words passes `atMost` (1 or more): the count stops there, and a paragraph is not read to
 * its end.
 */
export function spaceRunCount(text: string, atMost = Infinity): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord && ++words >= atMost) return words;
    inWord = !space;
  }
  return words;
}

/**
 * `text.split(/\s+/u).length` (the runs of white space plus one, an empty piece counted at either end) without
 * splitting: the page readers ask it of every head line to refuse one of more than so many words, and a paragraph is
 * split whole to be refused. With `atMost` the count stops there, so `spaceSplitCount(t, n + 1) > n` is
 * `t.split(/\s+/u).length > n` read only up to its (n+1)th piece.
 */
export function spaceSplitCount(text: string, atMost = Infinity): number {
  let pieces = 1;
  if (pieces >= atMost) return pieces;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (space && !inSpace && ++pieces >= atMost) return pieces;
    inSpace = space;
  }
  return pieces;
}
