import { isStopword, normalise, particleReadings, withoutConjunction, type Token, markBetween } from '../../text/arabic/index.ts';
import { isOrdinalWord } from '../../text/arabic/ordinals.ts';
import { ADVERBIAL_LAM } from '../words/lexicon.ts';
import type { Denial } from './denials.ts';

// Verbs of denial that take a subject before their object («نفت الحكومة وجود …»); the verbal noun («رغم نفيه
// وجود …») and the trailing cues («… غير صحيح») have none in their range.
const DENYING_VERBS = new Set(['نفى', 'نفت', 'ينفي', 'تنفي', 'نفوا', 'ينفون'].map(normalise));
// A subject's noun phrase may go on through «باسم» («المتحدث باسم الجيش»).
const SUBJECT_LINK = new Set(['باسم'].map(normalise));
// A subject is short: a noun, its construct noun and two adjectives at most.
const MAX_SUBJECT = 5;
// What the denied content points back to instead of stating it («نفى الجيش ذلك»، «نفت الوزارة هذه الأنباء»).
const ANAPHORS = new Set(['ذلك', 'هذا', 'هذه', 'تلك', 'هذين', 'هاتين', 'هؤلاء'].map(normalise));
const REPORT_NOUNS = new Set(
  ['الأنباء', 'الانباء', 'الأخبار', 'التقارير', 'المعلومات', 'الاتهامات', 'المزاعم', 'الادعاءات', 'الرواية', 'الخبر', 'التصريحات', 'الشائعات'].map(normalise),
);

// «نفى الناطق باسم الوزارة، مساء الثلاثاء، أن تكون …»: what is denied starts at the complementizer, after the
// denier and the time of the denial, which may take this many words.
const THAT = new Set(['أن', 'بأن'].map(normalise));
const MAX_BEFORE_THAT = 12;
// A denier before its verb («الوزارة نفت …»، «وزارة الداخلية تنفي …») is a short noun phrase opening its clause.
const MAX_SUBJECT_BEFORE = 4;

// «… بعد انتشار معلومات عن وجوده في العراق»: what occasioned the denial ends what it denies.
const OCCASION = new Set(['بعد', 'وبعد', 'إثر', 'اثر', 'عقب', 'غداة'].map(normalise));
const SPREAD = new Set(
  ['انتشار', 'تداول', 'نشر', 'تسريب', 'تقارير', 'أنباء', 'انباء', 'معلومات', 'شائعات', 'اتهامات', 'مزاعم', 'تصريحات', 'ادعاءات', 'أخبار'].map(normalise),
);

// How the denier denied, between the verb (or its subject) and what is denied: one word («مجددا»، «قطعيا») or two
// («مرة أخرى»، «بشكل قاطع»); no part of the claim another source makes.
const MANNER = new Set(['مجددا', 'مجددًا', 'ثانية', 'قطعيا', 'قطعا', 'تماما', 'أيضا', 'كذلك', 'رسميا', 'بدورها', 'بدوره', 'بشدة'].map(normalise));
const MANNER_PAIRS = new Set(['مرة أخرى', 'بشكل قاطع', 'بشكل تام', 'بشكل مطلق', 'بصورة قاطعة', 'جملة وتفصيلا'].map((p) => p.split(' ').map(normalise).join(' ')));
// «نفت في بيان مكتوب …»، «نفت الوزارة عبر تصريح صحفي …»: where the denier denied, a preposition and a noun of
// statement with its own qualifiers, belongs to the verb; what is denied follows it.
const STATEMENT_PREPOSITIONS = new Set(['في', 'عبر', 'خلال'].map(normalise));
const STATEMENTS = new Set(['بيان', 'بيانها', 'بيانه', 'تصريح', 'تصريحات', 'مؤتمر', 'حديث', 'مقابلة', 'إفصاح', 'رسالة', 'تغريدة', 'منشور', 'اتصال'].map(normalise));
const STATEMENT_QUALIFIERS = new Set(['مكتوب', 'صحفي', 'صحافي', 'رسمي', 'مقتضب', 'مشترك', 'متلفز', 'مصور', 'منفصل', 'لاحق', 'مطول', 'له', 'لها', 'لهم'].map(normalise));
// «نفت الشركة أي حمولة زائدة»: the negative-polarity «أي» denies every instance of a kind; the kind is what is denied.
const ANY = new Set(['أي', 'أية'].map(normalise));

/** Whether a token is one word of how the denier denied: a MANNER word or an adverb written with «لـ». */
function mannerWord(t: Token | undefined): boolean {
  return MANNER.has(t?.key ?? '') || adverbial(t);
}

/** Whether tokens[i] and tokens[i + 1] are a two-word manner («مرة أخرى»، «بشكل قاطع»). */
function mannerPairAt(tokens: readonly Token[], i: number): boolean {
  return MANNER_PAIRS.has(`${tokens[i]?.key ?? ''} ${tokens[i + 1]?.key ?? ''}`);
}

/** How many words of manner or of where the denial was made (MANNER, STATEMENTS) stand at tokens[i], or 0. */
function openingAt(tokens: readonly Token[], i: number): number {
  const key = tokens[i]?.key ?? '';
  // An ordinal after an adverb written with «لـ» is part of it («للمرة الثانية»).
  if (mannerWord(tokens[i])) return adverbial(tokens[i]) && isOrdinalWord(tokens[i + 1]?.key ?? '') ? 2 : 1;
  if (mannerPairAt(tokens, i)) return 2;
  if (STATEMENT_PREPOSITIONS.has(key) && STATEMENTS.has(tokens[i + 1]?.key ?? '')) {
    let n = 2;
    while (STATEMENT_QUALIFIERS.has(tokens[i + n]?.key ?? '')) n++;
    return n;
  }
  return 0;
}

/**
 * Where what is denied starts from token `from`: past how and where the denier denied («مجددا»، «في بيان مكتوب»)
 * and a negative-polarity «أي» («أي حمولة زائدة» denies «حمولة زائدة»). `any` says whether «أي» opened it.
 */
export function objectOpening(tokens: readonly Token[], from: number, end: number): { at: number; any: boolean } {
  let at = from;
  for (let n = openingAt(tokens, at); n > 0 && at + n < end; n = openingAt(tokens, at)) at += n;
  const any = ANY.has(tokens[at]?.key ?? '') && at + 1 < end;
  return { at: any ? at + 1 : at, any };
}

/** The three parts of what a denial's range holds: who denies (named before or right after a denying verb) and what is denied. */
export interface DeniedParts {
  /** Token range of the denier named after the verb («نفت الحكومة العراقية …») or before it («الوزارة نفت …»), or null. */
  subject: [number, number] | null;
  /** Token range of the denied content itself. */
  object: [number, number];
  /** Token range of the report that occasioned the denial («بعد انتشار معلومات عن …»), or null. */
  occasion: [number, number] | null;
  /** Whether a negative-polarity «أي» opened the object (a kind denied, not a stated event). */
  any?: boolean;
}

/** Where the occasion of a denial starts in [from, to), or -1. */
function occasionAt(tokens: readonly Token[], from: number, to: number): number {
  for (let i = from + 2; i < to - 2; i++) {
    if (OCCASION.has(tokens[i]?.key ?? '') && SPREAD.has(tokens[i + 1]?.key ?? '')) return i;
  }
  return -1;
}

const definite = (t: Token | undefined): boolean =>
  t !== undefined && !pointer(t) && particleReadings(t.key).some((r) => r.startsWith('ال') && r.length > 3 && !isStopword(r));
// «للمصنع»: «لـ» on a definite noun, which writes away the article's alef; after a definite word it is that word's
// complement («الشركة المالكة للمصنع»، «الهيئة التابعة للوزارة»), still the subject's phrase.
const lamDefinite = (t: Token | undefined): boolean => t !== undefined && /^[وف]?لل\p{L}{2,}$/u.test(t.key) && !adverbial(t);
// Adverbs written as «لـ» (ADVERBIAL_LAM) tell how or when the denier denied, no part of the denier's phrase nor of
// what is denied; an ordinal after one is part of it.
const adverbial = (t: Token | undefined): boolean => t !== undefined && ADVERBIAL_LAM.has(withoutConjunction(t.key));
const pointer = (t: Token | undefined): boolean => t !== undefined && (ANAPHORS.has(t.key) || REPORT_NOUNS.has(t.key));

/** The verb of a leading denial cue, as the sentence words it without its conjunction («ونفت» → «نفت»), or null. */
export function denyingVerb(d: Denial): string | null {
  const tok = d.sentence.tokens[d.cue.to - 1];
  if (!tok || d.from !== d.cue.to || !particleReadings(tok.key).some((r) => DENYING_VERBS.has(r))) return null;
  return tok.text.replace(/^[وف](?=ن|ي|ت)/u, '');
}

/** Whether a clause boundary («،» or «؛», or the start) stands right before token `i`. */
function clauseStart(d: Denial, i: number): boolean {
  const prev = d.sentence.tokens[i - 1];
  const tok = d.sentence.tokens[i];
  return i === 0 || markBetween(d.sentence.text, prev, tok, 'phrase');
}

/**
 * The denier standing before its verb («الوزارة نفت أن …»، «وقالت إن وزارة الداخلية تنفي …» is not one): a noun phrase
 * of a few words that opens its clause, its first word a noun (not a particle, not «إن»), the verb carrying no
 * conjunction of its own («الوزارة ونفت» starts a new clause).
 */
export function subjectBefore(d: Denial): [number, number] | null {
  const tokens = d.sentence.tokens;
  const verb = tokens[d.cue.from];
  if (!verb || d.cue.to - d.cue.from !== 1 || /^[وف]/u.test(verb.key)) return null;
  for (let k = d.cue.from - 1; k >= Math.max(0, d.cue.from - MAX_SUBJECT_BEFORE); k--) {
    if (!clauseStart(d, k)) continue;
    const first = tokens[k];
    const bare = first ? first.key.replace(/^[وف](?=ال)/u, '') : '';
    if (!first || isStopword(first.key) || isStopword(bare) || !tokens.slice(k, d.cue.from).some((t) => definite(t) || particleReadings(t.key).some((r) => r.startsWith('ال')))) return null;
    return [k, d.cue.from];
  }
  return null;
}

/**
 * Splits a denial's range into its denier, its object and what occasioned it. After a denying verb, a definite noun phrase («الحكومة
 * العراقية»، «رئيس الوزراء»، «المتحدث باسم الجيش») is the subject when a content word follows it («وجود»،
 * «إغلاق»): Arabic puts the subject between the verb and its object. A complementizer a few words on («نفى الناطق
 * باسم الوزارة، مساء الثلاثاء، أن تكون …») starts the object whatever stands before it. A denier may also stand
 * before the verb («الوزارة نفت …»). Anything less certain stays the object.
 */
export function deniedParts(d: Denial): DeniedParts {
  const tokens = d.sentence.tokens;
  const at = occasionAt(tokens, d.from, d.to);
  const end = at < 0 ? d.to : at;
  const occasion: [number, number] | null = at < 0 ? null : [at, d.to];
  const whole: DeniedParts = { subject: subjectBefore(d), object: [d.from, end], occasion };
  if (denyingVerb(d) === null) return whole;
  for (let j = d.from; j < Math.min(end - 1, d.from + MAX_BEFORE_THAT); j++) {
    if (!THAT.has(tokens[j]?.key ?? '')) continue;
    // «نفت الشركة مجددا أن …»: the manner before «أن» is no part of the denier's name.
    let k = j;
    while (k > d.from && mannerWord(tokens[k - 1])) k--;
    if (k - 2 >= d.from && mannerPairAt(tokens, k - 2)) k -= 2;
    return { subject: k > d.from ? [d.from, k] : whole.subject, object: [j + 1, end], occasion };
  }
  // With no subject after the verb, what is denied still starts past how and where it was denied («نفت في بيان مكتوب …»).
  const bare = objectOpening(tokens, d.from, end);
  const opened: DeniedParts = bare.at > d.from && !isStopword(tokens[bare.at]?.key ?? '') ? { ...whole, object: [bare.at, end], any: bare.any } : whole;
  if (whole.subject !== null) return opened;
  let i = d.from;
  // A construct noun may open the phrase («رئيس الوزراء»، «وزارة الداخلية»).
  if (!definite(tokens[i]) && definite(tokens[i + 1]) && !isStopword(tokens[i]?.key ?? '')) i++;
  while (i < end && i - d.from < MAX_SUBJECT && (definite(tokens[i]) || lamDefinite(tokens[i]) || (SUBJECT_LINK.has(tokens[i]?.key ?? '') && definite(tokens[i + 1])))) i++;
  // «نفت الحكومة للمرة الثانية وجود …»: the adverb between the denier and what is denied belongs to neither.
  const { at: from, any } = objectOpening(tokens, i, end);
  const next = tokens[from];
  // A manner word after the phrase («نفت الشركة مجددا …») marks the phrase as the denier, whatever follows it.
  if (i === d.from || from >= end || !next || (isStopword(next.key) && !pointer(next) && from === i)) return opened;
  return { subject: [d.from, i], object: [from, end], occasion, any };
}

/**
 * Whether what is denied only points back to what came before («نفى الجيش ذلك»، «نفت الوزارة هذه الأنباء»،
 * «نفت الحكومة التقارير»): the claim is then the sentence before the denial.
 */
export function pointsBack(d: Denial): boolean {
  const [from, to] = deniedParts(d).object;
  const words = d.sentence.tokens.slice(from, to);
  // «نفت الوزارة ذلك جملة وتفصيلا»: a word or two may follow the pointer, never the content itself.
  const k = words.findIndex(pointer);
  return k === 0 && words.length - (pointer(words[1]) ? 2 : 1) <= 2;
}
