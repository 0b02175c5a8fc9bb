/**
 * Cues read around a candidate expression in the matching key: the clause it stands in, the word
 * before it, a future tense marker. They decide whether an ambiguous word is a date at all
 * («الاثنين» = both, «اليوم» = nowadays) and which way an underspecified date resolves.
 */
import { normalise, tokenise, withoutConjunction } from '../arabic/index.ts';
import { FUTURE_CUES, PAY_NOUNS } from './lexicon.ts';
import { announcedInPresent, clauseTense, inPastVerbPhrase, isPerfectVerb } from './tense-cues.ts';
import { sinceBefore } from './since-frame.ts';
import { loadGazetteer } from '../gazetteer/gazetteer.ts';
import { joinNameKeys } from '../gazetteer/name-key.ts';

const FUTURE_CUE_KEYS = new Set(FUTURE_CUES.map((w) => normalise(w)));
const CLAUSE_BOUNDARY = /[.!?؟,;:\n"«»“”()]/u;

// Words that begin like a future verb (سـ + imperfect prefix) but are nouns or past verbs.
const NOT_FUTURE = /^(?:سياس|سيار|سيطر|سيد|سيناريو|سينا|سيول|سيف|سير|سيل|سيم|ستين|سته|ستون|ستار|ستوديو|سنه|سنو|سنين|سنت|سنغافور|سنا|سني|سند|سنح|ستر|ستا)/u;

/** The clause (between punctuation marks) around key offsets [start, end). */
export function clauseAround(key: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && !CLAUSE_BOUNDARY.test(key[from - 1] ?? '')) from--;
  let to = end;
  while (to < key.length && !CLAUSE_BOUNDARY.test(key[to] ?? '')) to++;
  return { from, to };
}

function words(key: string): string[] {
  return tokenise(key).map((t) => t.key);
}

/** A future verb: «سـ» on an imperfect («ستجتمع», «وسيزور»), not a noun that begins the same way. */
function isFutureVerb(word: string): boolean {
  const bare = withoutConjunction(word);
  return /^س[يتن]\p{L}{2,}$/u.test(bare) && !NOT_FUTURE.test(bare);
}

/**
 * True when the word right before key offset `start` is a finite verb whose time a bare weekday gives
 * («عقدت الأربعاء», «ستجتمع الخميس»): 'past' for a perfect of the tense lists, 'future' for a future verb.
 */
export function verbBefore(key: string, start: number): 'past' | 'future' | null {
  const word = /([\p{L}]+)\s*$/u.exec(key.slice(Math.max(0, start - 30), start))?.[1] ?? '';
  if (word === '') return null;
  if (isFutureVerb(word)) {
    // Only a «سـ» word needs the words before it, within its clause: a noun in a past verb's phrase is no future.
    const before = words(key.slice(Math.max(clauseAround(key, start, start).from, start - PHRASE_CHARS), start));
    return inPastVerbPhrase(before, before.length - 1) ? null : 'future';
  }
  return isPerfectVerb(word) ? 'past' : null;
}

// Enough characters before a date for the few words of a verb's phrase (tense-cues' inPastVerbPhrase).
const PHRASE_CHARS = 60;

const PLACE_PREPOSITIONS = new Set(['إلى', 'في', 'من', 'داخل'].map(normalise));
let places: ((word: string) => boolean) | null = null;

/** Whether a key is a place the gazetteer knows (loaded on first use: most texts never ask). */
function knownPlace(word: string): boolean {
  if (places === null) {
    const gazetteer = loadGazetteer();
    places = (w) => gazetteer.byKey.get(joinNameKeys([w]))?.some((e) => e.type === 'place') ?? false;
  }
  return places(word);
}

/**
 * verbBefore across a place phrase: «وصلت إلى كسلا الاثنين» — a preposition and a place the gazetteer knows stand
 * between the finite verb and the bare weekday that gives its time. The place may close a construct («في مدارس العقبة
 * الثلاثاء»: the schools of Aqaba), and the verb may have its definite object before the phrase («علقت الدوام في …»).
 */
export function verbBeforePlace(key: string, start: number): 'past' | 'future' | null {
  const window = key.slice(Math.max(0, start - 80), start);
  const phrase = /(\p{L}+)\s+(\p{L}+)\s*$/u.exec(window);
  const construct = /(\p{L}+)\s+\p{L}+\s+(\p{L}+)\s*$/u.exec(window);
  const m = [phrase, construct].find((x) => x !== null && PLACE_PREPOSITIONS.has(x[1] ?? '') && knownPlace(x[2] ?? ''));
  if (!m) return null;
  const at = start - (window.length - m.index);
  const direct = verbBefore(key, at);
  if (direct !== null) return direct;
  const object = /(\p{L}+)\s*$/u.exec(key.slice(Math.max(0, at - 30), at));
  return object?.[1]?.startsWith('ال') === true ? verbBefore(key, at - (object[0]?.length ?? 0)) : null;
}

// Nouns of a gathering or an address whose time a bare weekday after them gives: «في اجتماعه الثلاثاء», «خلال
// جلستها الأحد», «في مؤتمر صحفي الخميس» reads as «في مؤتمر … يوم الخميس».
const GATHERING = ['اجتماع', 'جلسة', 'لقاء', 'مؤتمر', 'قمة', 'زيارة', 'اتصال', 'كلمة', 'خطاب', 'مقابلة', 'تصريح', 'بيان'].map((w) => normalise(w));
// A noun in ta marbuta takes its pronoun on «ت» («جلسة» → «جلسته»): the key's final «ه» is left out and put back.
const GATHERING_FORMS = GATHERING.map((w) => (w.endsWith('ه') ? `${w.slice(0, -1)}(?:ه|ت(?:ه|ها|هم|هما)|ات)` : `${w}(?:ه|ها|هم|هما|ات)?`));
const GATHERING_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:[وف]?(?:في|خلال|اثناء))\\s+(?:ال)?(?:${GATHERING_FORMS.join('|')})(?:\\s+\\p{L}+ي)?\\s*$`, 'u');

/** True when a gathering's noun after «في / خلال» stands right before key offset `start` («في اجتماعه الثلاثاء»). */
export function gatheringBefore(key: string, start: number): boolean {
  return GATHERING_BEFORE.test(key.slice(Math.max(0, start - 40), start));
}

/** True when the clause speaks of the future: «سوف», «المقبل», or a «سـ» verb shortly before the date. */
export function hasFutureCue(key: string, start: number, end: number): boolean {
  const { from, to } = clauseAround(key, start, end);
  const before = words(key.slice(from, start));
  const after = words(key.slice(end, to));
  // A word counts as written or without a conjunction written onto it («وسوف»، «فسيزور»).
  if ([...before, ...after].some((w) => FUTURE_CUE_KEYS.has(w) || FUTURE_CUE_KEYS.has(withoutConjunction(w)))) return true;
  return before.slice(-6).some((w, i, last) => isFutureVerb(w) && !inPastVerbPhrase(before, before.length - last.length + i));
}

/**
 * True when a present verb before key offsets [start, end) in their clause announces what the date is the day of
 * («وتنظم جمعية … وقفة صامتة مساء الثلاثاء»), and nothing in the clause says past (tense-cues' announcedInPresent).
 */
export function announcedAround(key: string, start: number, end: number): boolean {
  const { from, to } = clauseAround(key, start, end);
  return announcedInPresent(key.slice(from, start), key.slice(end, to));
}

// «بداية من السبت», «اعتباراً من يوم الأحد», «ابتداءً من»: the date a measure takes effect on, ahead of the
// article that announces it (even when the deciding verb is past: «قررت الحكومة ... اعتباراً من السبت»).
const STARTING_FROM = new RegExp(`(?:^|[^\\p{L}\\p{N}])[وف]?(?:${['اعتبارا', 'ابتداء', 'بدءا', 'بداية', 'انطلاقا'].map((w) => normalise(w)).join('|')})\\s+من\\s*$`, 'u');

/** True when the words right before key offset `start` say «starting from» (the expression that follows is ahead). */
export function startsFrom(key: string, start: number): boolean {
  return STARTING_FROM.test(key.slice(Math.max(0, start - 24), start));
}

const SENTENCE_BOUNDARY = /[.!?؟;\n]/u;

/**
 * The tense around key offsets [start, end), for resolving a yearless date: 'past' in a «منذ» frame; 'future' on a future cue; else what
 * the clause reports (clauseTense: a perfect verb or a past word is 'past'), else what its sentence reports —
 * the same reading the story checks make, so a date the resolver leaves after the article is never one they flag.
 */
export function tenseAround(key: string, start: number, end: number): 'past' | 'future' | null {
  // «منذ 20 مارس»: what began then is so already, whatever the verb of the clause («ويبلغ عدد القتلى منذ»).
  if (sinceBefore(key, start)) return 'past';
  if (hasFutureCue(key, start, end)) return 'future';
  const clause = clauseAround(key, start, end);
  const inClause = clauseTense(key.slice(clause.from, start), key.slice(end, clause.to));
  if (inClause !== null) return inClause;
  let from = start;
  while (from > 0 && !SENTENCE_BOUNDARY.test(key[from - 1] ?? '')) from--;
  let to = end;
  while (to < key.length && !SENTENCE_BOUNDARY.test(key[to] ?? '')) to++;
  return clauseTense(key.slice(from, start), key.slice(end, to));
}

const PAY_KEYS: ReadonlySet<string> = new Set(PAY_NOUNS.map((w) => normalise(w)));

/**
 * True when the word right before key offset `index` is a pay noun («رواتب»، «ومستحقات»): the month that follows names
 * the period paid for, so the clause's tense does not place it.
 */
export function namesPayPeriod(key: string, index: number): boolean {
  const w = wordBefore(key, index);
  return PAY_KEYS.has(w) || PAY_KEYS.has(withoutConjunction(w));
}

/** The word that ends right before `index` (skipping spaces only), or ''. */
export function wordBefore(key: string, index: number): string {
  const m = /([\p{L}\p{N}]+)\s*$/u.exec(key.slice(Math.max(0, index - 40), index));
  return m?.[1] ?? '';
}

/** The word that starts right after `index` (skipping spaces only), or ''. */
export function wordAfter(key: string, index: number): string {
  const m = /^\s*([\p{L}\p{N}]+)/u.exec(key.slice(index, index + 40));
  return m?.[1] ?? '';
}

/** The first non-space character before `index`, or '' at the start of the text; a newline counts. */
export function charBefore(key: string, index: number): string {
  for (let i = index - 1; i >= 0; i--) {
    const c = key[i] ?? '';
    if (c === '\n' || !/\s/u.test(c)) return c;
  }
  return '';
}

/** The first non-space character after `index`, or '' at the end; a newline counts. */
export function charAfter(key: string, index: number): string {
  for (let i = index; i < key.length; i++) {
    const c = key[i] ?? '';
    if (c === '\n' || !/\s/u.test(c)) return c;
  }
  return '';
}
