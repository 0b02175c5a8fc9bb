/**
 * The conjunctions «و» and «ف» written onto a word, on matching keys (see normalise).
 *
 * `afterConjunction` gives the candidate reading (the key without its first letter) for callers that accept
 * it only when their own lexicon knows the rest (see clitics). `conjunctionReading` judges a leading «و» on
 * its own: «وقال» is و + قال, but «وزير», «وصل» and «والده» begin with a root «و». It says on what evidence
 * it read a conjunction, so that a caller for whom a wrong cut is visible (a summary point losing the «و» of
 * «وليد») can demand more than one for whom it is cheap (a clause boundary).
 */
import { normalise } from './normalise.ts';
import { isStopword } from './stopwords.ts';

/** The conjunctions written onto the next word. */
export const CONJUNCTIONS = ['و', 'ف'];
const MIN_REST = 2;

/**
 * The key without a leading conjunction «و» or «ف» when at least two letters remain, else null. Only a
 * candidate: «وزارة» also gives «زارة»; the caller's lexicon decides.
 */
export function afterConjunction(key: string): string | null {
  for (const c of CONJUNCTIONS) if (key.startsWith(c) && key.length - c.length >= MIN_REST) return key.slice(c.length);
  return null;
}

/** The word without a conjunction written onto it, or the word as written when it carries none. */
export function withoutConjunction(key: string): string {
  return afterConjunction(key) ?? key;
}

// Words that follow a connective «و» and stay a clause without it: prepositions, particles, common perfect
// verbs of news prose and the reporting verbs often written with «و» attached («وقال»، «وأضاف»).
// (The stopword list counts too; see conjunctionReading.)
const AFTER_CONJUNCTION: ReadonlySet<string> = new Set(
  [
    'في', 'من', 'على', 'إلى', 'عن', 'مع', 'بعد', 'قبل', 'خلال', 'منذ', 'بحسب', 'حسب', 'وفق', 'وفقا', 'بين', 'عند', 'لدى',
    'قد', 'لم', 'لن', 'كان', 'كانت', 'كانوا', 'تم', 'جاء', 'جاءت', 'يأتي', 'تأتي', 'تعد', 'يعد', 'شهد', 'شهدت', 'بلغ', 'بلغت',
    'دخل', 'دخلت', 'نقل', 'نقلت', 'رغم', 'بينما', 'إثر', 'عقب', 'لا', 'ما', 'هو', 'هي', 'هم', 'ذلك', 'أمس', 'اليوم',
    'قال', 'قالت', 'أضاف', 'أضافت', 'ذكر', 'ذكرت', 'أكد', 'أكدت', 'أشار', 'أشارت', 'أوضح', 'أوضحت', 'تابع', 'تابعت',
    'كشف', 'كشفت', 'لفت', 'لفتت', 'أعلن', 'أعلنت', 'نفى', 'نفت', 'أفاد', 'أفادت', 'شدد', 'شددت', 'اعتبر', 'اعتبرت',
  ].map(normalise),
);

// Keys whose «و» is the first letter of the root (وزير، وقع، واجه، وصل، واشنطن...), not the conjunction.
const WAW_ROOTS = /^و(?:ز[يا]ر|زر|ك[اي]ل|فد|فود|قت|سط|ضع|جود|جد|جه|اجه|اشنطن|لاي|ثيق|ثق|ثائق|حد|طن|رق|سائل|اقع|اقف|صل|صول|اصل|فا|فاه|في|قف|قع|قوع|اضح|ضح|ادي|عد|ظيف|ظف|لد|سيل|فق|افق|صف|رد|ارد|فر|زع|سع|دع|كل|لي|الي|سم|ساط|صي|هم|حش|ريث|رش|عي)/u;
// «والد» (father), «والدة» (mother) and their pronoun forms look like و + the article, but are one word.
const WALID = /^والد(?:[اهي]|ان|ين|اه|ها|هم|هما|يه|يها|يهم|ت(?:ه|ها|هم|هما|ي|نا|كم)?)?$/u;
const ARTICLE_MIN = 4;
const OPEN_MIN = 3;

/**
 * How a leading «و» was read as the conjunction:
 * - `word`: the rest is a function word or a verb that commonly follows it («وقال»، «وفي»، «ووفقا»);
 * - `article`: the rest carries the article («والحكومة»);
 * - `open`: the rest is some other word of three letters or more, and the key is no known «و»-root word.
 */
export type ConjunctionBasis = 'word' | 'article' | 'open';

export interface ConjunctionReading {
  /** The key without the conjunction. */
  rest: string;
  basis: ConjunctionBasis;
}

/**
 * Whether the «و» that opens a matching key is the conjunction, with the evidence for it; null when it is
 * not (or cannot be told: keys shorter than three letters). Only «و»: a leading «ف» is far more often a root
 * letter («فرنسا»، «فريق») and is read through a lexicon instead (see afterConjunction).
 */
export function conjunctionReading(key: string): ConjunctionReading | null {
  if (!key.startsWith('و') || key.length < 3) return null;
  const rest = key.slice(1);
  if (AFTER_CONJUNCTION.has(rest) || isStopword(rest) || rest.startsWith('و')) return { rest, basis: 'word' };
  if (rest.startsWith('ال') && rest.length >= ARTICLE_MIN && !WALID.test(key)) return { rest, basis: 'article' };
  if (rest.length >= OPEN_MIN && !WAW_ROOTS.test(key) && !WALID.test(key)) return { rest, basis: 'open' };
  return null;
}

/**
 * Whether a key's conjunction reading rests on its doubled «وو» alone: the rest begins with «و» and is no word the
 * lists know («ووليد», «ووزير» are و + a word; «وودز», «وولفويتز» are how a foreign «Wo-», «Wu-» is written). The
 * caller's lexicon decides between the two.
 */
export function onlyDoubledWaw(key: string): boolean {
  const rest = key.slice(1);
  return key.startsWith('وو') && key.length >= 3 && !AFTER_CONJUNCTION.has(rest) && !isStopword(rest);
}
