import { procliticReadings } from './clitics.ts';
import { qadSense } from './qad-sense.ts';
import type { Token } from './tokenise.ts';

const KANA = new Set(['كان', 'كانت', 'كانوا']);
// «وكان مسؤول في منظمة يونيسف قد أفاد»: the subject stands between «كان» and «قد», a few words at most.
const MAX_SUBJECT_WORDS = 7;

/**
 * Whether a sentence opens in the pluperfect, «(و)كان … قد + perfect» («وكانت الحملة قد انطلقت يوم الثلاثاء»): news
 * prose uses it to look back at something that happened before what the article reports — an event told earlier, or
 * background. The «قد» must assert (qadSense): «كان … قد يكون» is no past.
 */
export function opensInPluperfect(tokens: readonly Token[]): boolean {
  const first = tokens[0];
  if (first === undefined || !procliticReadings(first.key).some((r) => KANA.has(r))) return false;
  for (let i = 1; i <= MAX_SUBJECT_WORDS && i < tokens.length; i++) {
    if (qadSense(tokens, i) !== null) return qadSense(tokens, i) === 'assertion';
  }
  return false;
}
