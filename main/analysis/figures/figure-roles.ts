/**
 * What a figure says besides its value, read from the words around it: whether it is a projection rather than a count
 * («قد تتجاوز 25 قتيلا»), a span of time reckoned from the article's own day («بعد خمسة أيام على الغرق»), or a part of a
 * whole told elsewhere («أحد عشر من ضحايا»، «ستة منهم»), or what still remains («لا يزال 11 مفقودا»). Two sources
 * contradict each other only on figures that claim the same count, so the numeric rule reads these before it pairs
 * figures; a summary point's claim carriers (sources/claim-carriers.ts) read them too, which is why they stand outside
 * the questions stage.
 */
import { lightStem, normalise, procliticReadings, qadSense, type Token, markBetween } from '../../text/arabic/index.ts';
import { UNIT_WORDS } from '../../text/dates/lexicon.ts';
import { nounClass } from '../../text/arabic/numbers.ts';

/** The tokens of a sentence and its text: what the rules read of a figure's sentence (figure-sense.ts too). */
export interface Words {
  text: string;
  tokens: readonly Token[];
}

// How far before a figure, within its clause, a projection's word may stand («قد تتجاوز الحصيلة النهائية 25»).
const PROJECTION_REACH = 5;
// Words that make the figure after them an expectation, not a report: «يتوقع أن يبلغ»، «من المرجح»، «ربما». Not «نحو»
// or «حوالي»: an approximation is still a claim of what was counted.
const PROJECTION = new Set(
  ['يتوقع', 'تتوقع', 'يُتوقع', 'توقع', 'توقعت', 'متوقع', 'المتوقع', 'يرجح', 'ترجح', 'المرجح', 'مرجح', 'ربما', 'يحتمل', 'المحتمل', 'محتمل', 'يخشى', 'تخشى'].map(normalise),
);

/** The indices of the tokens of the figure's clause before token `from`, nearest first, at most `reach`. */
export function clauseBefore(s: Words, from: number, reach: number): number[] {
  const out: number[] = [];
  for (let i = from - 1; i >= Math.max(0, from - reach); i--) {
    const t = s.tokens[i];
    if (!t || markBetween(s.text, t, s.tokens[i + 1], 'clauseOrStop')) break;
    out.push(i);
  }
  return out;
}

/** Whether the figure at token `from` is told as what may be, not what was counted: «قد تتجاوز 25»، «يتوقع أن يبلغ 30». */
export function projected(s: Words, from: number): boolean {
  return clauseBefore(s, from, PROJECTION_REACH).some(
    (i) => qadSense(s.tokens, i) === 'possibility' || procliticReadings(s.tokens[i]?.key ?? '').some((r) => PROJECTION.has(r)),
  );
}

/** The noun classes of spans of time («أيام»، «سنين»): a figure of them counts no people. */
export const TIME_UNITS = new Set(Object.keys(UNIT_WORDS).map((w) => nounClass(normalise(w))));
// «بعد خمسة أيام على غرق العبارة»، «قبل ستة أيام»، «منذ ثلاثة أشهر»: a span counted back to an event from the day the
// article was written, which grows by a day with each day's article. Not «لمدة سبعة أيام», the length of something.
const ELAPSED = new Set(['بعد', 'قبل', 'منذ'].map(normalise));

/** Whether the figure at token `from`, counting noun class `cls`, is the time elapsed since or before an event. */
export function elapsedSpan(s: Words, from: number, cls: string): boolean {
  return TIME_UNITS.has(cls) && procliticReadings(s.tokens[from - 1]?.key ?? '').some((r) => ELAPSED.has(r));
}

// «ولا يزال ١١ شخصا في عداد المفقودين»، «ما زال 40 محتجزا لدى الخاطفين»، «بقي 12 عالقا»: what is still so of people or
// things on the article's day. Such a count only falls as the event goes on (the missing are found, the held freed,
// the wounded discharged), where a toll only grows.
const STILL_REACH = 3;
const STILL = new Set(['يزال', 'تزال', 'زال', 'زالت', 'يزالون', 'تزالان', 'يزالان', 'مازال', 'مازالت', 'لايزال', 'لاتزال', 'مايزال', 'ماتزال', 'بقي', 'بقيت', 'يبقى', 'تبقى'].map(normalise));

/** Whether the figure at token `from` counts what remains («لا يزال 11 مفقودا»): a count that falls as the story goes on. */
export function remaining(s: Words, from: number): boolean {
  return clauseBefore(s, from, STILL_REACH).some((i) => procliticReadings(s.tokens[i]?.key ?? '').some((r) => STILL.has(r)));
}

const FROM = normalise('من');
// «ستة منهم»، «ثلاث منها»: the counted noun is the partitive «من» with a pronoun, the whole named before.
const OF_THEM = new Set(['منهم', 'منها', 'منهن', 'منهما'].map(normalise));

/**
 * Whether the figure counts a part of a whole: its noun follows a partitive «من» («أحد عشر من ضحايا الغرق») or is
 * one («ستة منهم»). `noun` is the token index of the counted noun.
 */
export function partitive(s: Words, noun: number): boolean {
  const key = s.tokens[noun]?.key ?? '';
  return OF_THEM.has(key) || s.tokens[noun - 1]?.key === FROM;
}

// «بإدانة 11 من أصل 21 ظنينا»: the figure after «من أصل» (or «من مجموع»، «من إجمالي») is the whole the figure before
// it is a part of. The words before the part («بإدانة») tell the part, not the whole: the whole is read from its own
// words after it, with no event word.
const WHOLE_OF = new Set(['اصل', 'مجموع', 'اجمالي'].map(normalise));

/** Whether the figure and noun ending before token `to` are a part of a whole after them: «28 عاملاً من أصل 35». */
export function partBeforeWhole(s: Words, to: number): boolean {
  return s.tokens[to]?.key === FROM && WHOLE_OF.has(s.tokens[to + 1]?.key ?? '');
}

/** Whether the figure at token `from` is the whole of a figure just before it: «11 من أصل 21». */
export function wholeAfterPart(s: Words, from: number): boolean {
  return WHOLE_OF.has(s.tokens[from - 1]?.key ?? '') && s.tokens[from - 2]?.key === FROM && /\d/u.test(s.tokens[from - 3]?.key ?? '');
}

// The words after a part that say what is true of it («ستة منهم حرجة»، «اثنين منهم تحسنت»).
const PREDICATE_REACH = 3;

/** The stems of the words after the counted noun at token `noun`, within its clause: what is said of the part. */
export function predicateAfter(s: Words, noun: number): Set<string> {
  const out = new Set<string>();
  for (let i = noun + 1; i <= noun + PREDICATE_REACH; i++) {
    const t = s.tokens[i];
    const prev = s.tokens[i - 1];
    if (!t || !prev || markBetween(s.text, prev, t, 'phraseOrStop')) break;
    out.add(lightStem(t.key));
  }
  return out;
}

// «15 مليون دولار يومياً»، «300 شاحنة في اليوم»، «كل أسبوع»: a figure per span of time is a rate, never a total's
// count (120 M$ of losses in all is no contradiction of 15 M$ a day).
const PER_SPAN = new Set(['يوميا', 'اسبوعيا', 'شهريا', 'سنويا', 'ساعيا'].map(normalise));
const SPAN_NOUNS = new Set(['اليوم', 'الاسبوع', 'الشهر', 'السنه', 'العام', 'الساعه', 'يوم', 'اسبوع', 'شهر', 'سنه', 'عام', 'ساعه'].map(normalise));
const PER = new Set(['في', 'كل'].map(normalise));

/** Whether the figure whose counted noun ends before token `to` is a rate: «يومياً» or «في اليوم»/«كل يوم» right after it. */
export function perSpan(s: Words, to: number): boolean {
  const next = s.tokens[to]?.key ?? '';
  if (PER_SPAN.has(next)) return true;
  return PER.has(next) && SPAN_NOUNS.has(s.tokens[to + 1]?.key ?? '') && !markBetween(s.text, s.tokens[to - 1], s.tokens[to], 'clauseOrStop');
}

// «لا يتجاوز 4 آلاف عامل»، «لم يتجاوز 20»، «لا يزيد على 300»: a negated verb of exceeding right before a figure makes
// it an upper bound, a claim that the count is at most that, which a higher count of the same thing contradicts.
const NOT = new Set(['لا', 'لم', 'لن'].map(normalise));
const EXCEED = new Set(['يتجاوز', 'تتجاوز', 'يتعدى', 'تتعدى', 'يزيد', 'تزيد', 'يتخطى', 'تتخطى'].map(normalise));
const OVER = new Set(['علي', 'عن'].map(normalise));

/** Whether the figure at token `from` is an upper bound: «لا يتجاوز» / «لم يتعدَّ» / «لا يزيد على» right before it. */
export function upperBound(s: Words, from: number): boolean {
  const at = OVER.has(s.tokens[from - 1]?.key ?? '') ? from - 1 : from;
  return EXCEED.has(s.tokens[at - 1]?.key ?? '') && NOT.has(s.tokens[at - 2]?.key ?? '');
}
