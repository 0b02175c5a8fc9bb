/**
 * Ordinal words and the ranking they give a noun: «أول زيارة», «الزيارة الثانية», and whether a sentence ranks its
 * own event among its kind («ويعد هذا الحادث الرابع من نوعه», «وهي ثالث حادثة»). The questions compare such ranks
 * across sources (analysis/questions/ordinal-contradictions.ts); the summary keeps a ranking sentence out of the event
 * it ranks, of which it is no report (analysis/summary).
 */
import { normalise } from './normalise.ts';
import { procliticReadings, THIRD_PERSON_ENCLITICS } from './clitics.ts';
import { withoutConjunction } from './conjunction.ts';
import { DEMONSTRATIVES } from './demonstratives.ts';
import { isStopword } from './stopwords.ts';
import type { Token } from './tokenise.ts';
import { isRelativePronoun } from './relatives.ts';

/** Ordinals before their noun in construct («أول زيارة»، «ثاني اجتماع»), by key. */
export const ORDINAL_BEFORE: ReadonlyMap<string, number> = new Map<string, number>(
  (
    [
      ['أول', 1], ['ثاني', 2], ['ثالث', 3], ['رابع', 4], ['خامس', 5], ['سادس', 6], ['سابع', 7], ['ثامن', 8], ['تاسع', 9], ['عاشر', 10],
    ] as [string, number][]
  ).map(([w, n]) => [normalise(w), n]),
);

/** Ordinals after their noun with the article («الزيارة الثانية»، «للمرة الأولى»), by key. */
export const ORDINAL_AFTER: ReadonlyMap<string, number> = new Map<string, number>(
  (
    [
      ['الأول', 1], ['الأولى', 1], ['الثاني', 2], ['الثانية', 2], ['الثالث', 3], ['الثالثة', 3], ['الرابع', 4], ['الرابعة', 4],
      ['الخامس', 5], ['الخامسة', 5], ['السادس', 6], ['السادسة', 6], ['السابع', 7], ['السابعة', 7], ['الثامن', 8], ['الثامنة', 8],
      ['التاسع', 9], ['التاسعة', 9], ['العاشر', 10], ['العاشرة', 10],
    ] as [string, number][]
  ).map(([w, n]) => [normalise(w), n]),
);

// The tens word of the compound ordinals 11–19 («الحادية عشرة»، «الثاني عشر»), after the unit, which takes the
// article alone; «الحادي/الحادية» is the unit of eleven, in no list above.
const TEEN = new Set(['عشر', 'عشرة'].map(normalise));
const ELEVEN = new Set(['الحادي', 'الحادية', 'حادي', 'حادية'].map(normalise));

/**
 * Whether a word (its key, and the key of the word before it) closes a definite ordinal after its noun: the ordinal
 * itself («الأول», «الثانية») or the tens word of one of 11–19 («الرابع عشر», «الحادي عشر»). After a name it is a
 * regnal number («تشارلز الأول»).
 */
export function closesDefiniteOrdinal(key: string, before: string): boolean {
  return ORDINAL_AFTER.has(key) || ((ORDINAL_AFTER.has(before) || ELEVEN.has(before)) && teenValue(before, key) !== undefined);
}

/** The value of the compound ordinal of 11–19 whose unit and tens word have these keys, or undefined («العاشر عشر» is none). */
function teenValue(unit: string, tens: string): number | undefined {
  if (!TEEN.has(tens)) return undefined;
  const value = ELEVEN.has(unit) ? 1 : (ORDINAL_AFTER.get(unit) ?? ORDINAL_BEFORE.get(unit));
  return value === undefined || value === 10 ? undefined : 10 + value;
}

/**
 * A compound ordinal of 11–19 starting at token `i` («الحادية عشرة»، «الثالث عشر»، «حادي عشر»): its value, or
 * undefined. Its unit alone would read as another ordinal («الثانية» of «الثانية عشرة» is not 2).
 */
export function teenOrdinal(tokens: readonly Token[], i: number): number | undefined {
  const unit = tokens[i];
  return unit === undefined ? undefined : teenValue(unit.key, tokens[i + 1]?.key ?? '');
}

// An ordinal in digits: the article, a tatweel maybe, then the number («المرة الـ4»، «الدورة الـ 25»); the tatweel
// is folded away in matching keys, so the number is written onto «ال» or stands as the next word.
const DIGIT_ORDINAL = /^ال(\d{1,3})$/u;
const DIGITS = /^\d{1,3}$/u;
const ARTICLE = normalise('ال');
const NUMBER = normalise('رقم');

/**
 * A definite ordinal in digits starting at token `i` («الـ4», «الـ 25»): its value and the words it takes, or
 * undefined. Newsrooms write it for ranks past ten and for any rank in a hurry; it is read as the words' ordinal is.
 */
export function digitOrdinal(tokens: readonly Token[], i: number): { value: number; width: number } | undefined {
  const key = tokens[i]?.key ?? '';
  const glued = DIGIT_ORDINAL.exec(key);
  if (glued) return Number(glued[1]) > 0 ? { value: Number(glued[1]), width: 1 } : undefined;
  const next = tokens[i + 1]?.key ?? '';
  // «الوزير رقم 3 الذي …»: «number» and the digits rank the noun before them as «الـ3» does («ثاني وزير» / «الوزير رقم
  // 3 الذي يغادر») when a relative clause says what it is the third to do; without one they name it («التقرير رقم 5»,
  // «الحافلة رقم 12»), an identifier no other source's rank disputes.
  const ranked = key === ARTICLE || (key === NUMBER && isRelativePronoun(tokens[i + 2]?.key ?? ''));
  return ranked && DIGITS.test(next) && Number(next) > 0 ? { value: Number(next), width: 2 } : undefined;
}

/** The pronouns an ordinal is predicated of («في زيارة هي الثانية له»، «وهي ثالث حادثة»). */
const ORDINAL_PRONOUNS = new Set(['هي', 'هو'].map(normalise));

/** Whether a word, with its conjunction or without («وهي», «هي»), is a pronoun an ordinal is predicated of. */
export function isOrdinalPronoun(key: string): boolean {
  return ORDINAL_PRONOUNS.has(withoutConjunction(key));
}

/** Whether a word tells the sentence's own event: such a pronoun or a demonstrative («وهذا رابع خفض …»، «هذه المرة»). */
function tellsOwnEvent(key: string): boolean {
  const bare = withoutConjunction(key);
  return ORDINAL_PRONOUNS.has(bare) || DEMONSTRATIVES.has(bare);
}
const OF_ITS_KIND = new Set(['نوعه', 'نوعها'].map(normalise));
const FROM = normalise('من');
// «منذ» right after a time ordered second or later counts the sentence's event among its kind over a span («للمرة
// الثالثة منذ 2011»): a tally of the story. «للمرة الأولى منذ …» says how rare its clause's event is, no tally.
const SINCE = normalise('منذ');
// «بذلك» (thereby) before an ordinal says the sentence's state follows from the story's event and ranks that event
// («ويعيش المطار بذلك إغلاقه الثالث», «ويتوقف العمل بذلك للمرة الرابعة»): a tally of the story, not a new report.
const RESULTATIVE = new Set(['بذلك', 'بهذا'].map(normalise));
// «للمرة الأولى» orders a time, not the event as one of its kind.
const TIME = new Set(['مرة', 'المرة', 'للمرة'].map(normalise));

/** A token's readings without its proclitics that may carry an ordinal: the word itself, or one with the article. */
export function ordinalReadings(tok: Token | undefined): string[] {
  return tok ? procliticReadings(tok.key).filter((r) => tok.key.endsWith(r) || r.startsWith('ال')) : [];
}

const POSSESSED = new RegExp(`^\\p{L}{2,}(?:${THIRD_PERSON_ENCLITICS.join('|')})$`, 'u');

/**
 * A noun made definite by a possessive pronoun («إغلاقه», «زيارتها», «جولتهم»): it takes a definite ordinal after it
 * («إغلاقه الثالث») as a noun with the article does. Read on the word as written, where «ـه» is not the «ة» that
 * matching keys fold into it.
 */
export function possessed(tok: Token | undefined): boolean {
  return tok !== undefined && POSSESSED.test(tok.text) && !tok.key.startsWith('ال');
}

/**
 * Whether a word key is an ordinal in either gender, with or without the article, a proclitic written onto it
 * («ثانية», «الثاني», «وللأولى»): the indefinite feminine («ناحية ثانية», on the other side) is in neither list
 * above, but is the definite one without its article.
 */
export function isOrdinalWord(key: string): boolean {
  return procliticReadings(key).some((r) => ORDINAL_BEFORE.has(r) || ORDINAL_AFTER.has(r) || ORDINAL_AFTER.has(`ال${r}`));
}

/** Whether the ordinal over tokens [from, to) is told after «بذلك» (RESULTATIVE): it ranks the story's own event. */
export function resultativeOrdinal(tokens: readonly Token[], from: number): boolean {
  return RESULTATIVE.has(withoutConjunction(tokens[from - 1]?.key ?? ''));
}

/**
 * Whether a time ordered at token `from` («المرة الخامسة», «للمرة الثالثة») ranks the story's own event: told after
 * «بذلك», or the definite time predicated of the sentence's event by a pronoun or a demonstrative («وهي المرة الخامسة
 * التي تلجأ فيها إلى …», «وهذه المرة الثانية»), where a bare «للمرة الخامسة» only orders its clause's verb.
 */
export function timeRanksItsOwnEvent(tokens: readonly Token[], from: number): boolean {
  const before = tokens[from - 1]?.key ?? '';
  return resultativeOrdinal(tokens, from) || (tokens[from]?.key === DEFINITE_TIME && tellsOwnEvent(before)) || countedSince(tokens, from);
}

const DEFINITE_TIME = normalise('المرة');

/** Whether a time ordered second or later at token `from` («للمرة الثالثة») is followed by «منذ»: a tally over a span. */
function countedSince(tokens: readonly Token[], from: number): boolean {
  return tokens[from + 2]?.key === SINCE && ordinalReadings(tokens[from + 1]).some((r) => (ORDINAL_AFTER.get(r) ?? 0) >= 2);
}

/**
 * The noun a demonstrative names just before an ordinal that ranks it («ويعد هذا الانهيار ثاني كارثة»: «الانهيار»):
 * what is ranked, whatever noun the ordinal counts it among.
 */
export function demonstratedNoun(tokens: readonly Token[], from: number): Token | undefined {
  const noun = tokens[from - 1];
  return noun !== undefined && noun.key.startsWith('ال') && DEMONSTRATIVES.has(withoutConjunction(tokens[from - 2]?.key ?? '')) ? noun : undefined;
}

/** Whether the ordinal over tokens [from, to) ranks the sentence's own event: «هذا الحادث …», «هي ثالث …», «… من نوعه», «بذلك …». */
export function ranksItsOwnEvent(tokens: readonly Token[], from: number, to: number): boolean {
  const before = tokens[from - 1]?.key ?? '';
  const after = tokens[to]?.key ?? '';
  // «وهي عملية التبادل العاشرة»: the ordered noun the second of a construct whose head, without the article, follows
  // the pronoun or the demonstrative. A preposition or another function word heads no construct («وهي في الجولة
  // الثالثة» places the event in a round, it does not rank it).
  const head = tokens[from - 1];
  const construct = head !== undefined && !head.key.startsWith('ال') && /^\p{L}{2,}$/u.test(head.key) && !isStopword(head.key) &&
    tokens[from]?.key.startsWith('ال') === true;
  return tellsOwnEvent(before) || resultativeOrdinal(tokens, from) || (construct && tellsOwnEvent(tokens[from - 2]?.key ?? '')) ||
    (after === FROM && OF_ITS_KIND.has(tokens[to + 1]?.key ?? ''));
}

/**
 * Whether a sentence ranks its own event among its kind: an ordinal before its noun («ثالث حادثة») or after a definite
 * one («الحادث الرابع», «إغلاقه الثالث»), told of the event by a demonstrative, a pronoun or «بذلك» before it or «من
 * نوعه» after it; or a time ordered after «بذلك» («بذلك للمرة الثالثة»).
 */
export function ranksOwnEvent(tokens: readonly Token[]): boolean {
  return tokens.some((tok, i) => {
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    if (next && !TIME.has(next.key) && ordinalReadings(tok).some((r) => ORDINAL_BEFORE.has(r)) && ranksItsOwnEvent(tokens, i, i + 2)) return true;
    const digits = digitOrdinal(tokens, i);
    if (prev === undefined || !(ORDINAL_AFTER.has(tok.key) || digits !== undefined)) return false;
    // «بذلك للمرة الثالثة»: a time ordered after «بذلك» ranks the story's event too.
    if (TIME.has(prev.key)) return resultativeOrdinal(tokens, i - 1);
    return (prev.key.startsWith('ال') || possessed(prev)) && ranksItsOwnEvent(tokens, i - 1, i + (digits?.width ?? 1));
  });
}
