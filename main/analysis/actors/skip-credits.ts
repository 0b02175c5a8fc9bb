import { ON_BEHALF, ORG_HEADS, PHOTO_CREDITS } from '../words/lexicon.ts';
import { readsAs } from '../words/word-tests.ts';
import { bracketedGroupEnd, trailingText } from './bracketed-group.ts';
import { claim } from './scan-context.ts';
import type { SentenceScan } from './sentence-scan.ts';

/** The most words a photo credit takes («(أ ف ب)», «(غيتي)», «(وكالة الأناضول)»). */
const MAX_CREDIT_WORDS = 3;

/** The most words a caption that closes with a credit not listed as an agency has before it. */
const MAX_CAPTION_WORDS = 12;

/**
 * Whether the bracket closing the sentence at words[i, end) is a caption's credit: a listed agency or photo credit
 * («(رويترز)», «(غيتي)»), or any short name closing a short caption; never the alias of the body named right before
 * it («باسم الحركة (حماس)», «… الجبهة (جبهة النصرة)»), which a paragraph with no final stop also ends with
 * (rev24 finding 4).
 */
function closesCaption(s: SentenceScan, i: number, end: number): boolean {
  const before = s.words[i - 1]?.key ?? '';
  if (before === ON_BEHALF || readsAs(before, ORG_HEADS) !== null) return false;
  const key = s.key(i, end);
  if (PHOTO_CREDITS.has(key) || (s.scan.gazetteer.byKey.get(key)?.some((e) => e.outlet) ?? false)) return true;
  return i <= MAX_CAPTION_WORDS;
}

/**
 * A photo's credit in brackets at a caption's edge («(غيتي) هل ستكبح …», «… خلال الاجتماع (رويترز)») names who took
 * the picture, not an actor of the story: its words are claimed so no pass reads them as a name. A caption's credit
 * either opens its sentence (the caption ended with a full stop before it) and is not a dateline's source
 * («(رويترز) - قال …», followed by a dash or a colon), or closes its paragraph with no full stop after it (captions
 * carry none, while a sentence that names «وكالة الأنباء السورية (سانا).» ends with one) and reads as a credit
 * (closesCaption). A name in brackets inside a
 * sentence, or an agency named in prose («قالت وكالة رويترز»), is left to the passes after.
 */
export function skipCredits(s: SentenceScan): void {
  const { words } = s;
  for (let i = 0; i < words.length; i++) {
    const end = bracketedGroupEnd(s, i, MAX_CREDIT_WORDS);
    if (end === null) continue;
    const opens = i === 0 && /^\s*\(\s*$/u.test(words[0]?.gap ?? '') && end < words.length && !/^\s*\)\s*[-–—:]/u.test(words[end]?.gap ?? '');
    const closes = i > 0 && end === words.length && /^\s*\)\s*$/u.test(trailingText(s)) && closesCaption(s, i, end);
    if (opens || closes) claim(s.scan, i, end);
    i = end - 1;
  }
}
