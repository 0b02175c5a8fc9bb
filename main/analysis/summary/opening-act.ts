/**
 * Two actions by two actors (issue 14): a sentence's opening verb and who does it, read to keep apart two events of one
 * story that share its names («علقت شركة معادن … أنشطة التنقيب حول البئر المنهارة» / «أوقفت فرقة الدرك … صاحب البئر
 * المنهارة» a day later; «أنهت فرق الحماية المدنية … عمليات البحث» / «شيع مئات من سكان … ضحايا انهيار البئر»). Unlike
 * lead-action.ts, which reads the word right after the verb, the subject here is the first word after it that is no
 * function word and no time («اندلع مساء اليوم الاثنين حريق»: «حريق»), and every verbal root of the sentence is kept:
 * one act told from two sides names the other's verb or actor somewhere.
 */
import { isStopword, lightStem, normalise, particleReadings, withoutConjunction, type Token } from '../../text/arabic/index.ts';
import { verbSkeleton } from '../../text/arabic/verbal-root.ts';
import { DAY_PARTS, WEEKDAYS } from '../../text/dates/lexicon.ts';
import { actionKey, MIN_SKELETON } from './lead-action.ts';

export interface OpeningAct {
  /** The opening verb's root, without its form («8:نهي» → «نهي»), or its long skeleton («~…») where no key reads it. */
  root: string;
  /** The light stem of the first word after the verb that is no function word and no time of day. */
  subject: string;
  /** The light stems of every word after the verb, each with and without its particles («لصندوق» → «صندوق»). */
  words: ReadonlySet<string>;
  /** The roots and long skeletons of every word of the sentence, a verb or its verbal noun, any form. */
  roots: ReadonlySet<string>;
}

// The words that stand between a verb and its subject without being it: a time of day or a weekday («شيع مساء الخميس
// مئات …»; «اليوم», «أمس» are function words already).
const TIME_WORDS: ReadonlySet<string> = new Set([...DAY_PARTS, ...Object.keys(WEEKDAYS)].map((w) => normalise(w)));

// The letters a light stem may leave on a word beyond another's stem: a dual's or a feminine's ending it does not strip
// («رافعتين» → «رافعت», beside «رافعة» → «رافع»).
const STEM_SLACK = 2;

/** A verbal key's root without its form; a skeleton's key as it is. */
function rootOf(key: string): string {
  const colon = key.indexOf(':');
  return colon < 0 ? key : key.slice(colon + 1);
}

/** A word's root (its verbal key's, or a bare three-letter word's) and its long skeleton, as far as each reads. */
function wordRoots(key: string): string[] {
  const k = actionKey(key);
  const skeleton = verbSkeleton(key, 'perfect').replace(/[وي]/gu, '');
  return [...(k === null ? [] : [rootOf(k)]), ...(skeleton.length >= MIN_SKELETON ? [`~${skeleton}`] : [])];
}

/** The sentence's opening verb and its subject, or null when it opens on a function word or on no verbal word. */
export function openingAct(tokens: readonly Token[]): OpeningAct | null {
  const [first] = tokens;
  if (first === undefined || isStopword(first.key)) return null;
  const own = wordRoots(withoutConjunction(first.key));
  const root = own[0];
  const subject = tokens.slice(1).find((t) => !isStopword(t.key) && !TIME_WORDS.has(t.key));
  if (root === undefined || subject === undefined) return null;
  const stem = (key: string): string => lightStem(key, { rootWaw: true });
  return {
    root,
    subject: stem(subject.key),
    words: new Set(tokens.slice(1).flatMap((t) => particleReadings(t.key).map(stem))),
    roots: new Set(tokens.flatMap((t) => [...new Set([t.key, withoutConjunction(t.key)])].flatMap(wordRoots))),
  };
}

/** Whether a sentence's words hold a stem, as it is or with a short ending the light stem left on it. */
function holdsStem(words: ReadonlySet<string>, stem: string): boolean {
  if (words.has(stem)) return true;
  for (const w of words) if (w.length > stem.length && w.length - stem.length <= STEM_SLACK && w.startsWith(stem)) return true;
  return false;
}

/**
 * Whether two sentences tell two actions by two actors: they open on verbs of two roots and neither holds the other's
 * anywhere, as a verb or its verbal noun, and their subjects differ with neither standing in the other sentence. One
 * act told from two sides names what the other says in one of these: «انتشلت فرق الإنقاذ هيكل العبارة … بمساعدة
 * رافعتين» / «رفعت رافعة … هيكل العبارة» (the crane in both); «انهارت … بئر» / «ردمت الرمال … المنقبين … وانهارت
 * على من كانوا» (the collapse in both); «وافق المجلس التنفيذي لصندوق النقد» / «أقر صندوق النقد» (the fund in both).
 */
export function actionsApart(a: OpeningAct | null | undefined, b: OpeningAct | null | undefined): boolean {
  if (!a || !b || a.root === b.root || a.subject === b.subject) return false;
  if (holdsStem(a.words, b.subject) || holdsStem(b.words, a.subject)) return false;
  return !a.roots.has(b.root) && !b.roots.has(a.root);
}
