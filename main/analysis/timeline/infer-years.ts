/**
 * Years for the timeline's yearless days («في 8 ديسمبر» in a source with no dated publication of its own). A group of
 * events that only yearless citations date takes its year, in this order of trust:
 *   same-day        — the same day and month dated with its year by another source, in a sentence that shares words
 *                     with it (one year among all such sentences, else none);
 *   selection-dates — for an undated source, the year its clause gives the day when read as if written on the
 *                     selection's reference day (the latest dated source, not after the brief's date): «الجاري» is
 *                     that day's month, a future clause goes ahead of it, a past one not (events.ts, yearGuess);
 *                     else the year that puts the day latest, not after its own source's date, the selection's latest
 *                     dated source and the brief's date; either when every dated source falls within a year of it and
 *                     the source itself reports nothing dated more than a year before it.
 * (The first rule, the same event dated with its year elsewhere, is the grouping's: such a citation joins the dated
 * event's group, and build-timeline records it.) A past event is never put after the article that reports it.
 */
import type { ArticleRecord } from '../../model/article.ts';
import type { YearSource } from '../../model/brief.ts';
import { daysInMonth, fromDayNumber, isoDay, parsePartialDate, type Ymd } from '../../text/dates/calendar.ts';
import type { DatedEvent } from './events.ts';
import { latestDay, ONE_YEAR, yearNotAfter } from '../../text/dates/calendar.ts';
import { dayOf } from './selection-year.ts';

export type StemmedEvent = DatedEvent & { stems: Set<string> };

export interface InferredYear {
  date: string;
  yearFrom: YearSource;
}

interface Bounds {
  /** Publication days of the selection's dated sources. */
  dated: number[];
  /** The last day any yearless event may take, per source id. */
  lastBySource: Map<string, number>;
}

function yearless(date: string): boolean {
  return date.startsWith('--');
}

/**
 * The last day each source's yearless events may fall on: its own publication day — a yearless one («--08-26»)
 * placed by the selection rule — else the selection's latest dated source; never after the brief's date.
 */
function bounds(articles: readonly ArticleRecord[], now: string | undefined): Bounds {
  const dated = articles.map((a) => dayOf(a.published)).filter((d): d is number => d !== null);
  const cap = referenceDay(dated, now);
  const today = dayOf(now);
  const lastBySource = new Map<string, number>();
  for (const a of articles) {
    const own = dayOf(a.published);
    if (own !== null) lastBySource.set(a.id, today === null ? own : Math.min(own, today));
    else if (cap !== null) {
      const p = parsePartialDate(a.published);
      const placed = p !== null && p.year === null && p.month !== null && p.day !== null ? yearNotAfter(p.month, p.day, fromDayNumber(cap), dated) : null;
      lastBySource.set(a.id, placed === null ? cap : dayOf(isoDay(placed)) ?? cap);
    }
  }
  return { dated, lastBySource };
}

/** The latest publication day of the selection's dated sources, not after the brief's date (either alone when one is missing). */
function referenceDay(dated: readonly number[], now: string | undefined): number | null {
  const latest = latestDay(dated);
  const today = dayOf(now);
  return latest === null ? today : today === null ? latest : Math.min(latest, today);
}

/**
 * The day an undated source is read as written on, for the years of its yearless days: the selection's latest dated
 * source, not after the brief's date. The import date alone would put an archive's story years late; the latest
 * dated source is the story's own time, and an undated page is most often a copy collected with the rest. Null
 * with no dated source: then nothing tells the year (the brief's date alone gives none).
 */
export function selectionReference(articles: readonly ArticleRecord[], now: string | undefined): string | undefined {
  const dated = articles.map((a) => dayOf(a.published)).filter((d): d is number => d !== null);
  if (dated.length === 0) return undefined;
  const day = referenceDay(dated, now);
  return day === null ? undefined : isoDay(fromDayNumber(day));
}

/** The one year-guessed day every event of a group carries (events.ts, yearGuess), else null. */
function guessed(events: readonly StemmedEvent[], dated: readonly number[]): InferredYear | null {
  const guesses = new Set(events.map((e) => e.yearGuess));
  const [date] = guesses;
  if (guesses.size !== 1 || date === undefined) return null;
  const n = dayOf(date);
  // A selection spanning years says nothing of which one the source writes from (as for the latest-day rule).
  if (n === null || !dated.every((d) => Math.abs(d - n) <= ONE_YEAR)) return null;
  return { date, yearFrom: { rule: 'selection-dates' } };
}

/** The last day a group's events may fall on: the earliest of its sources' bounds, or null when none has one. */
function lastDayOf(events: readonly StemmedEvent[], b: Bounds): number | null {
  const days = events.map((e) => b.lastBySource.get(e.sourceId)).filter((d): d is number => d !== undefined);
  return days.length === 0 ? null : Math.min(...days);
}

function shareWords(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const s of a) if (b.has(s)) return true;
  return false;
}

/** The same day and month written with a year elsewhere in a sentence sharing words with the group: its one year. */
function sameDay(events: readonly StemmedEvent[], datedByMonthDay: Map<string, StemmedEvent[]>, last: number | null): InferredYear | null {
  const md = (events[0] as StemmedEvent).date.slice(2);
  const sources = new Set(events.map((e) => e.sourceId));
  const supporting = (datedByMonthDay.get(md) ?? []).filter((d) => !sources.has(d.sourceId) && events.some((e) => shareWords(e.stems, d.stems)));
  const years = new Set(supporting.map((d) => d.date.slice(0, 4)));
  const first = supporting[0];
  if (years.size !== 1 || first === undefined) return null;
  const date = first.date.slice(0, 10);
  if (last !== null && (dayOf(date) ?? 0) > last) return null;
  return { date, yearFrom: { rule: 'same-day', sourceId: first.sourceId } };
}

/**
 * The inferred date of each group whose events are all yearless days, where one of the rules gives it; groups are
 * given as their event lists, and the answer is keyed by the same list.
 */
export function inferYears(groups: ReadonlyArray<readonly StemmedEvent[]>, articles: readonly ArticleRecord[], now: string | undefined): Map<readonly StemmedEvent[], InferredYear> {
  const b = bounds(articles, now);
  const datedByMonthDay = new Map<string, StemmedEvent[]>();
  for (const events of groups) {
    for (const e of events) {
      if (dayOf(e.date) === null || e.approximate || e.range !== undefined) continue;
      const md = e.date.slice(5);
      datedByMonthDay.set(md, [...(datedByMonthDay.get(md) ?? []), e]);
    }
  }
  const out = new Map<readonly StemmedEvent[], InferredYear>();
  const open: Array<readonly StemmedEvent[]> = [];
  for (const events of groups) {
    if (events.length === 0 || !events.every((e) => yearless(e.date))) continue;
    const found = sameDay(events, datedByMonthDay, lastDayOf(events, b));
    if (found === null) open.push(events);
    else out.set(events, found);
  }
  const written = latestWritten(groups, out);
  for (const events of open) {
    const found = guessed(events, b.dated) ?? bySelection((events[0] as StemmedEvent).date, lastDayOf(events, b), b.dated);
    // A source whose own latest dated report is years older than the placement (a 2020 article in a 2025
    // selection) keeps its days yearless: the selection says nothing of which year such a source writes from.
    const dated = found === null ? null : dayOf(found.date);
    if (found !== null && dated !== null && events.every((e) => dated - (written.get(e.sourceId) ?? dated) <= ONE_YEAR)) out.set(events, found);
  }
  return out;
}

/** The last day of the latest dated (day or month) event each source reports, the years inferred so far included. */
function latestWritten(groups: ReadonlyArray<readonly StemmedEvent[]>, inferred: Map<readonly StemmedEvent[], InferredYear>): Map<string, number> {
  const out = new Map<string, number>();
  for (const events of groups) {
    const date = inferred.get(events)?.date;
    for (const e of events) {
      const end = lastDayOfValue(date ?? e.range?.end ?? e.date);
      if (end !== null && end > (out.get(e.sourceId) ?? -Infinity)) out.set(e.sourceId, end);
    }
  }
  return out;
}

/** The last day of a day or a month ('YYYY-MM-DD', 'YYYY-MM'); null for a year alone or a yearless day. */
function lastDayOfValue(value: string): number | null {
  const p = parsePartialDate(value);
  if (p === null || p.year === null || p.month === null) return null;
  return dayOf(isoDay({ year: p.year, month: p.month, day: p.day ?? daysInMonth(p.year, p.month) }));
}

function bySelection(date: string, last: number | null, dated: readonly number[]): InferredYear | null {
  const p = parsePartialDate(date);
  if (p === null || p.month === null || p.day === null || last === null) return null;
  const placed: Ymd | null = yearNotAfter(p.month, p.day, fromDayNumber(last), dated);
  return placed === null ? null : { date: isoDay(placed), yearFrom: { rule: 'selection-dates' } };
}
