/**
 * The «منذ» frame: «منذ 20 مارس», «منذ 2011», «ومنذ مطلع العام». A date in it says when something began that is still
 * so at the writing (or how long ago it was), so it stands at or before the text that writes it: never a plan.
 */
import { normalise } from '../arabic/index.ts';

const SINCE = new Set(['منذ', 'ومنذ'].map(normalise));

/** True when the word right before offset `start` of `text` is «منذ» («منذ 2011», the year after it). */
export function sinceBefore(text: string, start: number): boolean {
  const before = text.slice(0, start).trim().split(/\s+/).pop() ?? '';
  return SINCE.has(normalise(before));
}

/** True when a date expression opens with «منذ» itself («منذ مارس» read as one mention). */
export function opensWithSince(expression: string): boolean {
  return SINCE.has(normalise(expression.trim().split(/\s+/)[0] ?? ''));
}
