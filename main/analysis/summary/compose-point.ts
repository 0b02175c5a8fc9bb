/**
 * A point composed from partial sentences of several sources (issue 14): one source tells who did what, another
 * where, a third when; the point joins the sentence that tells the action to the other sources' words for what it
 * lacks — every word a source's, each part citing its sentence. Parts the sources disagree on are not composed:
 * two days for one event is a question (questions/date-contradictions.ts), not a point that takes one side.
 */
import { normalise, particleReadings, tokenise, type Token } from '../../text/arabic/index.ts';
import { WEEKDAYS } from '../../text/dates/lexicon.ts';
import { relativeDaySpans } from '../../text/dates/relative-day-spans.ts';
import type { DateMention } from '../../text/dates/index.ts';
import { datesAgree } from './event-dates.ts';
import { sinceBefore } from '../../text/dates/since-frame.ts';
import { datePart, placePart, type EventPart } from './event-parts.ts';

/** A sentence cited by an event's point, with what composing needs to read its parts. */
export interface PartSentence {
  sourceId: string;
  /** The sentence exactly as cited. */
  quote: string;
  tokens: readonly Token[];
  /** Its date mentions, resolved against its article's date. */
  dates: readonly DateMention[];
  /** Its article's date (YYYY-MM-DD), or null. */
  published: string | null;
}

/** One part of a composed point: its words, and the cited sentence of the source that has them. */
export interface ComposedPart {
  text: string;
  sourceId: string;
  quote: string;
}

export interface ComposedPoint {
  text: string;
  /** The action first (the point's own sentence), then each part added to it, in the order they stand. */
  parts: ComposedPart[];
}

// Two parts at most are added to the action (a date and a place), and the whole stays a point, not a paragraph.
const MAX_ADDED = 2;
// Parts are read from the first sources the point cites (its wording's, then by source date): an event a large
// selection reports hundreds of times is not re-read whole for a day or a place.
export const PARTS_READ = 16;
const MAX_WORDS = 45;
// The action's sentence must end as a statement («.»): a closing quotation or a question is left as written.
const CLOSING = /\.$/u;

/** Whether a sentence already names a place part's place: the place's head and the word after it, anywhere. */
function namesPlace(core: PartSentence, place: EventPart): boolean {
  const own = new Set(core.tokens.flatMap((t) => particleReadings(t.key)));
  const named = tokenise(place.text).map((t) => particleReadings(t.key)).slice(0, 3);
  const head = place.value.split(' ')[0] ?? '';
  const at = named.findIndex((readings) => readings.includes(head));
  return at >= 0 && named.slice(at, at + 2).every((readings) => readings.some((r) => own.has(r)));
}

const WEEKDAY_OF = new Map(Object.entries(WEEKDAYS).map(([w, n]) => [normalise(w), n]));

/** The weekdays a sentence names («اليوم الخميس»، «في دمشق الاثنين»), whether or not the tagger dated them. */
function weekdaysNamed(core: PartSentence): number[] {
  return core.tokens.map((t) => particleReadings(t.key).map((r) => WEEKDAY_OF.get(r)).find((n) => n !== undefined)).filter((n) => n !== undefined);
}

/**
 * Whether another source's day completes the action's sentence: a weekday it names («اليوم الخميس», which its
 * undated article leaves unresolved) must be that day's weekday (a Thursday cannot take a Friday's date), and a
 * weekday alone adds nothing to a sentence that names one. A date without a written year cannot be checked and passes.
 */
function completesDay(core: PartSentence, date: EventPart): boolean {
  const named = weekdaysNamed(core);
  if (date.weekdayOnly) return named.length === 0;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(date.value);
  if (!m) return true;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay();
  return named.every((n) => n === day);
}

const words = (s: string): number => s.split(/\s+/u).filter((w) => w !== '').length;

/**
 * `text` without the spans that name its day relative to its article (text/dates relativeDaySpans: «، اليوم الخميس،»),
 * each taken with the commas around it: a day set off by commas leaves no comma between the words it stood between
 * («استقبل الرئيس، مساء أمس، الوفد» → «استقبل الرئيس الوفد»), unless its first comma may close an apposition.
 */
function withoutRelativeDay(text: string): string {
  let out = '';
  let at = 0;
  for (const span of relativeDaySpans(text)) {
    if (span.start < at) continue;
    const before = text.slice(at, span.start);
    const kept = before.replace(/[\s،,]*$/u, '');
    const rest = text.slice(span.end);
    const after = /^\s*[،,]/u.exec(rest)?.[0].length ?? 0;
    // Set off by commas after an earlier comma, the day may stand after an apposition its first comma closes
    // («استقبل القائد، فلان، اليوم، رئيس الجهاز»): one comma stays, or the name would run into the next noun.
    const closes = after > 0 && /[،,]\s*$/u.test(before) && /[،,]/u.test(out + kept);
    out += closes ? `${kept}،` : kept;
    at = span.end + after;
  }
  return (out + text.slice(at)).replace(/^\s+/u, '').replace(/\s{2,}/gu, ' ').trim();
}

/**
 * The part of `role` the other sources give, when they agree: the first source's words, provided every other
 * source that gives one names the same day (datesAgree) or the same place. A weekday alone names a day only
 * against its own article's date, so it is taken only from a source published the day the action's was.
 */
function agreedPart(role: 'date' | 'place', core: PartSentence, others: readonly PartSentence[]): { part: EventPart; from: PartSentence } | null {
  const found = others
    .filter((o) => o.sourceId !== core.sourceId)
    .map((o) => ({ from: o, part: role === 'date' ? datePart(o.quote, o.dates) : placePart(o.quote, o.tokens) }))
    .filter((x): x is { from: PartSentence; part: EventPart } => x.part !== null)
    .filter((x) => !x.part.weekdayOnly || (x.from.published !== null && x.from.published === core.published));
  const first = found[0];
  if (!first) return null;
  // One place named at two lengths («في مدينة صفاقس» / «في مدينة صفاقس الساحلية») agrees; two cities do not.
  const samePlace = (a: string, b: string): boolean => a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `);
  const same = (a: EventPart, b: EventPart): boolean =>
    role === 'date' ? datesAgree({ date: a.value, approximate: false }, { date: b.value, approximate: false }) : samePlace(a.value, b.value);
  return found.every((x) => same(x.part, first.part)) ? first : null;
}

/**
 * The point composed from `core` (the sentence that tells the action, `coreText` its point text) and the parts it
 * lacks that `others` (the other sources' cited sentences of the event) give and agree on; null when nothing is
 * added, when the sources disagree on every missing part, or when the result would pass MAX_WORDS.
 */
export function composePoint(coreText: string, core: PartSentence, others: readonly PartSentence[] | (() => readonly PartSentence[])): ComposedPoint | null {
  // A sentence already near the bound has no room for a part (the shortest is two words).
  if (!CLOSING.test(coreText.trim()) || words(coreText) > MAX_WORDS - 2) return null;
  const lacksDate = core.dates.every((m) => sinceBefore(core.quote, m.start));
  const lacksPlace = placePart(core.quote, core.tokens) === null;
  if (!lacksDate && !lacksPlace) return null;
  // The other sources' sentences are read only for a point that lacks something (an event may have hundreds).
  const rest = (typeof others === 'function' ? others() : others).slice(0, PARTS_READ);
  const added: { part: EventPart; from: PartSentence }[] = [];
  // Any date of its own says when; one its article's date cannot resolve («اليوم الخميس» in an undated article) is
  // not there, and the day another source gives completes it — if it falls on the weekday written.
  if (lacksDate) {
    const d = agreedPart('date', core, rest);
    if (d && completesDay(core, d.part)) added.push(d);
  }
  if (lacksPlace) {
    const p = agreedPart('place', core, rest);
    // The action's sentence may name the place without a preposition («شرع عمال ميناء رادس …»): then it lacks nothing.
    if (p && !namesPlace(core, p.part)) added.push(p);
  }
  if (added.length === 0 || added.length > MAX_ADDED) return null;
  // A day added from another source replaces the action's own relative one («اليوم الخميس»): never both in one point.
  const dayAdded = added.some((a) => a.part.role === 'date' && a.part.weekdayOnly !== true);
  const body = (dayAdded ? withoutRelativeDay(coreText.trim()) : coreText.trim()).replace(CLOSING, '');
  const text = `${[body, ...added.map((a) => a.part.text)].join('، ')}.`;
  if (words(text) > MAX_WORDS) return null;
  return {
    text,
    parts: [{ text: body, sourceId: core.sourceId, quote: core.quote }, ...added.map((a) => ({ text: a.part.text, sourceId: a.from.sourceId, quote: a.from.quote }))],
  };
}
