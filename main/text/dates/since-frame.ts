/**
 * The «منذ» frame: «منذ 20 مارس», «منذ 2011», «ومنذ مطلع العام». A date in it says when something began that is still
 * so at the writing (or how long ago it was), so it stands at or before the text that writes it: never a plan.
 */
import { normalise } from '../arabic/index.ts';

const SINCE = new Set(['منذ', 'ومنذ'].map(normalise));

/** True when the word right before offset `start` of `text` is «منذ» («منذ 2011», the year after it). */
export function sinceBefore(text: string, start: number): boolean {
  // Only the last word counts, so a short window before the date will do: slicing the whole text for every date made
  // a long text's dates quadratic.
  const from = Math.max(0, start - 16);
  const last = /(\S+)\s*$/u.exec(text.slice(from, start));
  // A word cut by the window's edge is longer than «ومنذ»: not it.
  if (last === null || (last.index === 0 && from > 0 && /\S/u.test(text[from - 1] ?? ''))) return false;
  const before = last[1] ?? '';
  return SINCE.has(normalise(before));
}

/** True when a date expression opens with «منذ» itself («منذ مارس» read as one mention). */
export function opensWithSince(expression: string): boolean {
  return SINCE.has(normalise(expression.trim().split(/\s+/)[0] ?? ''));
}
