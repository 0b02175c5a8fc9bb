import { ATTRIBUTION_WORDS, REPORTING_VERBS } from '../words/lexicon.ts';
import type { Scan } from './scan-context.ts';
import { isDetachedClitic, parenBefore } from '../words/sentence-tokens.ts';
import { readsAs } from '../words/word-tests.ts';
import { encliticReadings } from '../../text/arabic/index.ts';

function attributes(key: string): boolean {
  return readsAs(key, REPORTING_VERBS) !== null || readsAs(key, ATTRIBUTION_WORDS) !== null ||
    encliticReadings(key).slice(1).some((r) => REPORTING_VERBS.has(r) || ATTRIBUTION_WORDS.has(r));
}

/**
 * Whether the outlet named by words [from, to) is named as the source of a report rather than as a party to
 * the story: "to X" («لقناة الجزيرة», «لـ"إرم نيوز"»), after a reporting or attribution word («ذكرت»,
 * «نقلا عن», «وفق تقرير لـ»), before a reporting verb («صحيفة "تركيا" تحدثت»), or as a photo credit «(الجزيرة/ …)».
 * `firstReading` is how the first word was read, to see whether a «ل» was written onto it. `tight` accepts only
 * a cue right next to the name, for outlet names that are also common words («بنا», «العربية»).
 */
export function isAttribution(scan: Scan, from: number, to: number, firstReading: string, tight = false): boolean {
  const { words } = scan;
  const first = words[from];
  if (first === undefined) return false;
  // A «ل» on a short name is too often part of a word («لبناء» is not ل + «بنا»).
  const lamWritten = (/^[وف]?ل/u.test(first.key) && !/^[وف]?ل/u.test(firstReading)) || (first.key.startsWith('لل') && firstReading.startsWith('ال'));
  if (lamWritten && !(tight && firstReading.length <= 3)) return true;
  const before = words[from - 1];
  if (before !== undefined && isDetachedClitic(before.key) && before.key === 'ل') return true;
  for (let k = Math.max(0, from - (tight ? 1 : 3)); k < from; k++) if (attributes(words[k]?.key ?? '')) return true;
  for (let k = to; k < Math.min(words.length, to + (tight ? 1 : 2)); k++) if (readsAs(words[k]?.key ?? '', REPORTING_VERBS) !== null) return true;
  if (parenBefore(words, from)) {
    const after = to < words.length ? (words[to]?.gap ?? '') : scan.sentenceText.slice((words[to - 1]?.end ?? 0) - scan.sentenceStart);
    if (/^\s*[/)]/u.test(after)) return true;
  }
  return false;
}
