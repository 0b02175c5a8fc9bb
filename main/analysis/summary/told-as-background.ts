/**
 * Whether a sentence tells its event as background (issue 14): «قبل سنوات الحرب», «منذ سنوات», «قبل عقود» put it
 * years before the story, whatever date its article carries; such an event is placed with the background, after
 * the news, however central its words.
 */
import { isRelativePronoun, normalise, procliticReadings, type Token } from '../../text/arabic/index.ts';
import { isDefinite } from '../words/sentence-tokens.ts';

// «منذ» and «قبل» («since», «before») open the span back to the event.
const BACK = new Set(['منذ', 'قبل'].map(normalise));
// Spans of years or longer, counted without a figure: «سنوات», «سنين», «أعوام», «عقود», «عقدين».
const YEARS = new Set(['سنوات', 'سنين', 'أعوام', 'عقود', 'عقدين'].map(normalise));
// «عقد» is a decade only before an indefinite word («قبل عقد من الزمن»); before a definite one it is a holding
// («قبل عقد الاجتماع»).
const DECADE = normalise('عقد');
// How many words before «قبل/منذ» a relative pronoun makes the span a side clause's («الاتفاق الذي وقع قبل سنوات»).
const RELATIVE_REACH = 3;

function isSpanOfYears(word: Token, next: Token | undefined): boolean {
  return YEARS.has(word.key) || (word.key === DECADE && (next === undefined || !isDefinite(next.key)));
}

function inRelativeClause(tokens: readonly Token[], at: number): boolean {
  return tokens.slice(Math.max(0, at - RELATIVE_REACH), at).some((t) => isRelativePronoun(t.key));
}

/**
 * Whether the sentence's words say its event lies years back: «قبل/منذ» then a span of years without a figure,
 * outside a relative clause, which tells of something else than the sentence's event.
 */
export function toldAsBackground(tokens: readonly Token[]): boolean {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!procliticReadings((tokens[i] as Token).key).some((r) => BACK.has(r))) continue;
    if (isSpanOfYears(tokens[i + 1] as Token, tokens[i + 2]) && !inRelativeClause(tokens, i)) return true;
  }
  return false;
}
