/**
 * A sentence's two-word phrases, as anchors another report of its event may share: «لجنة تحقيق», «هيكل العبارة».
 * The thing an event acts on is often named by two words that only its own reports hold, while the verbs differ
 * («شكل» / «أعلنت تشكيل», «انتشلت» / «رفعت») and the day may differ by one where the sources disagree. A phrase the
 * rest of the story repeats (an actor, the story's town) tells no event apart: events.ts keeps only rare ones.
 */
import { isStopword, lightStem, normalise, procliticReadings, type Token } from '../../text/arabic/index.ts';
import { isMonthName, isWeekdayName } from '../../text/dates/index.ts';

// A word of a phrase: letters only, three at least (particles and digits name nothing), no stopword, no word of a
// date — a month, a weekday, a time of day («صباح الاثنين»): dates are compared by the dates, never as a phrase, and two
// events of one morning share those words.
const WORD = /^\p{L}{3,}$/u;
const TIME_WORDS = new Set(['يوم', 'صباح', 'مساء', 'ظهر', 'فجر', 'ليلة', 'ليل', 'أمس', 'اليوم', 'غدا', 'عصر'].map((w) => normalise(w)));

const PUNCTUATION = /[،,؛;.:()«»"\-–]/u;

function phraseWord(t: Token | undefined): string | null {
  if (!t || !WORD.test(t.key) || isStopword(t.key)) return null;
  const bare = procliticReadings(t.key);
  if (bare.some((r) => TIME_WORDS.has(r) || isMonthName(r) || isWeekdayName(r))) return null;
  return lightStem(t.key);
}

/** The light-stemmed pairs of adjacent content words of a sentence (`text`, its `tokens`), once each, in order. */
export function eventPhrases(text: string, tokens: readonly Token[]): string[] {
  const out = new Set<string>();
  let previous = phraseWord(tokens[0]);
  for (let i = 1; i < tokens.length; i++) {
    const word = phraseWord(tokens[i]);
    // A comma or a stop between two words ends a phrase: «الأربعاء، لجنة» are two.
    const gap = PUNCTUATION.test(text.slice(tokens[i - 1]?.end ?? 0, tokens[i]?.start ?? 0));
    if (previous !== null && word !== null && !gap) out.add(`ph:${previous} ${word}`);
    previous = word;
  }
  return [...out];
}
