import { bracketedGroupEnd, trailingText } from './bracketed-group.ts';
import { claim } from './scan-context.ts';
import type { SentenceScan } from './sentence-scan.ts';

/** The most words a photo credit takes («(أ ف ب)», «(غيتي)», «(وكالة الأناضول)»). */
const MAX_CREDIT_WORDS = 3;

/**
 * A photo's credit in brackets at a caption's edge («(غيتي) هل ستكبح …», «… خلال الاجتماع (رويترز)») names who took
 * the picture, not an actor of the story: its words are claimed so no pass reads them as a name. A caption's credit
 * either opens its sentence (the caption ended with a full stop before it) and is not a dateline's source
 * («(رويترز) - قال …», followed by a dash or a colon), or closes its paragraph with no full stop after it (captions
 * carry none, while a sentence that names «وكالة الأنباء السورية (سانا).» ends with one). A name in brackets inside a
 * sentence, or an agency named in prose («قالت وكالة رويترز»), is left to the passes after.
 */
export function skipCredits(s: SentenceScan): void {
  const { words } = s;
  for (let i = 0; i < words.length; i++) {
    const end = bracketedGroupEnd(s, i, MAX_CREDIT_WORDS);
    if (end === null) continue;
    const opens = i === 0 && /^\s*\(\s*$/u.test(words[0]?.gap ?? '') && end < words.length && !/^\s*\)\s*[-–—:]/u.test(words[end]?.gap ?? '');
    const closes = i > 0 && end === words.length && /^\s*\)\s*$/u.test(trailingText(s));
    if (opens || closes) claim(s.scan, i, end);
    i = end - 1;
  }
}
