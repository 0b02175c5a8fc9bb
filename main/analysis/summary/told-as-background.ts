/**
 * Whether a sentence tells its event as background (issue 14): «قبل سنوات الحرب», «منذ سنوات», «قبل عقود» put it
 * years before the story, whatever date its article carries; such an event is placed with the background, after
 * the news, however central its words.
 */
import { normalise, procliticReadings, type Token } from '../../text/arabic/index.ts';

// «منذ» and «قبل» («since», «before») open the span back to the event.
const BACK = new Set(['منذ', 'قبل'].map(normalise));
// Spans of years or longer, counted without a figure: «سنوات», «سنين», «أعوام», «عقود», «عقدين», «عقد».
const YEARS = new Set(['سنوات', 'سنين', 'أعوام', 'عقود', 'عقدين', 'عقد'].map(normalise));

/** Whether the sentence's words say its event lies years back: «قبل/منذ» then a span of years without a figure. */
export function toldAsBackground(tokens: readonly Token[]): boolean {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (procliticReadings((tokens[i] as Token).key).some((r) => BACK.has(r)) && YEARS.has((tokens[i + 1] as Token).key)) return true;
  }
  return false;
}
