/**
 * «منذ 2011», «بدأت منذ ثلاثة أيام»: a date with «منذ» says when something began (or how long ago), which in a
 * sentence that also dates its own event («التي عقدت الأربعاء … بعد أزمة بدأت منذ ثلاثة أيام») is another event's
 * start. The event takes the sentence's other dates; a «منذ» date alone still dates it.
 */
import { normalise } from '../../text/arabic/index.ts';

const SINCE = new Set(['منذ', 'ومنذ'].map(normalise));

/** True when the word right before offset `start` of `text` is «منذ» («منذ 2011», the year after it). */
export function sinceBefore(text: string, start: number): boolean {
  const before = text.slice(0, start).trim().split(/\s+/).pop() ?? '';
  return SINCE.has(normalise(before));
}

/** The mentions that date the sentence's own event: those without «منذ» before or opening them, when any. */
export function eventDatesFirst<M extends { start: number; text: string }>(text: string, mentions: readonly M[]): M[] {
  const own = mentions.filter((m) => !sinceBefore(text, m.start) && !SINCE.has(normalise(m.text.trim().split(/\s+/)[0] ?? '')));
  return own.length > 0 ? own : [...mentions];
}
