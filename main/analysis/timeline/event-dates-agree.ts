/**
 * One date for one event in the summary and the timeline (issue 14). The summary's grouping gives each event it
 * reports one date (summary/one-event-date.ts); the timeline groups dated clauses on its own and may split the event
 * across days or sources, or date it otherwise. Here the timeline entries that cite a point's sentences with the
 * point's date (or a day close enough to be the same event misdated: a weekday resolved against its article's date
 * when another source writes the day in full) become one entry citing all of them, and that entry and the point read one date, precision and basis.
 */
import type { Citation, PointEvent, SummaryPoint, TimelineEntry } from '../../model/brief.ts';
import { compatibleDates, interval, precision, type DatedValue } from './date-order.ts';
import { withEntryIds } from './build-timeline.ts';
import { independentCitations } from '../sources/independent-sources.ts';
import { citationKey } from '../../model/citation-key.ts';
import { findDates } from '../../text/dates/index.ts';

// A source's weekday resolved against its own article's date may land up to six days off another source's written day.
const NEAR_DAYS = 7;
const YEARLESS = 4;

type EventDate = DatedValue & Pick<TimelineEntry, 'dateBasis' | 'yearFrom'>;

/** Only the date fields of a point's event or an entry: its date, precision and where its year came from. */
function dateFields(d: Omit<EventDate, 'approximate'> & { approximate?: boolean }): EventDate {
  return {
    date: d.date, approximate: d.approximate === true, ...(d.range ? { range: d.range } : {}),
    ...(d.dateBasis ? { dateBasis: d.dateBasis } : {}), ...(d.yearFrom ? { yearFrom: d.yearFrom } : {}),
  };
}

function pointDate(event: PointEvent | undefined): EventDate | null {
  return event?.date === undefined ? null : dateFields({ ...event, date: event.date });
}

/**
 * How well an entry's date names the event's: 2 the same date (or the same day, one of them yearless, or a coarser
 * month or span that holds the event's day: «أواخر ديسمبر» of the visit dated 26 December), 1 a day near it, 0 not.
 */
function fit(entry: DatedValue, event: DatedValue): number {
  const pe = precision(entry);
  const pp = precision(event);
  if (compatibleDates(entry, event) && (pe === pp || pe === YEARLESS || pp === YEARLESS)) return 2;
  if (pp === 0 && pe > pp && pe < YEARLESS && holds(entry, event)) return 2;
  const a = interval(entry);
  const b = interval(event);
  return pe === 0 && pp === 0 && a !== null && b !== null && Math.abs(a[0] - b[0]) <= NEAR_DAYS ? 1 : 0;
}

/** Whether an entry's span holds the whole of the event's. */
function holds(entry: DatedValue, event: DatedValue): boolean {
  const a = interval(entry);
  const b = interval(event);
  return a !== null && b !== null && a[0] <= b[0] && b[1] <= a[1];
}

/** Whether a sentence writes the day in full (day, month and year), not from a weekday or the article's date. */
function writesDay(quote: string, date: string): boolean {
  return findDates(quote).some((m) => m.value === date && m.yearBasis === 'explicit');
}

/**
 * The entries of a point's event: for each sentence the point cites, the entries citing it whose date fits the
 * event's, the same date before a near day (a sentence's other dates are other events), none already taken.
 */
function entriesOf(told: readonly Citation[], event: DatedValue, entries: readonly TimelineEntry[], taken: ReadonlySet<number>): number[] {
  const found = new Set<number>();
  // A near day is the event's misdated only when a source writes the event's day in full and the entry's own
  // sentences do not write theirs: a weekday resolved against its article's date gives way to a written date, never
  // a written date to another, nor one weekday to another (two days of a story told close together stay two).
  let written: boolean | undefined;
  const near = (e: TimelineEntry): boolean => {
    written ??= told.some((c) => writesDay(c.quote, event.date));
    return written && !e.sources.some((c) => writesDay(c.quote, e.date));
  };
  for (const c of told) {
    const key = citationKey(c);
    const fits = (e: TimelineEntry): number => {
      const f = fit(e, event);
      return f === 1 && !near(e) ? 0 : f;
    };
    const citing = entries.map((e, i) => ({ i, f: taken.has(i) || !e.sources.some((s) => citationKey(s) === key) ? 0 : fits(e) })).filter((x) => x.f > 0);
    const best = Math.max(0, ...citing.map((x) => x.f));
    for (const x of citing) if (x.f === best) found.add(x.i);
  }
  return [...found].sort((a, b) => a - b);
}

/** The event's one date: the point's, unless it is a yearless day an entry of the event dates with its year. */
function oneDate(event: EventDate, linked: readonly TimelineEntry[]): EventDate {
  if (precision(event) !== YEARLESS) {
    // A yearless entry of the event takes the point's year, from the source that wrote it.
    const borrows = event.dateBasis === undefined && linked.some((e) => precision(e) === YEARLESS);
    return borrows ? { ...event, dateBasis: 'inferred', yearFrom: { rule: 'same-event' } } : event;
  }
  const dated = linked.find((e) => precision(e) !== YEARLESS && compatibleDates(e, event));
  return dated === undefined ? event : dateFields(dated);
}

function merged(linked: readonly TimelineEntry[], date: EventDate, sourceOrder: readonly string[], told: readonly Citation[]): Omit<TimelineEntry, 'id'> {
  // The wording of the entry with the most citations (the timeline's own pick among them), the first on a tie.
  const base = linked.reduce((a, b) => (b.sources.length > a.sources.length ? b : a));
  const seen = new Set<string>();
  // Citations in the selection's order of sources, as the timeline cites them (a source not in it last, as found).
  const rank = (id: string): number => {
    const at = sourceOrder.indexOf(id);
    return at < 0 ? sourceOrder.length : at;
  };
  // The point's sentences of a source no entry cites join too: the event's entry and its point name one set of
  // sources, and count one number of independent ones.
  const cited = new Set(linked.flatMap((e) => e.sources.map((s) => s.sourceId)));
  const sources = [...linked.flatMap((e) => e.sources), ...told.filter((s) => !cited.has(s.sourceId))]
    .filter((s) => (seen.has(citationKey(s)) ? false : (seen.add(citationKey(s)), true)))
    .sort((a, b) => rank(a.sourceId) - rank(b.sourceId));
  const { id: _id, date: _d, range: _r, approximate: _a, dateBasis: _b, yearFrom: _y, planned: _p, ...rest } = base;
  return {
    ...rest,
    date: date.date, ...(date.range ? { range: date.range } : {}), approximate: date.approximate,
    sources, ...(linked.every((e) => e.planned === true) ? { planned: true as const } : {}), independentSources: independentCitations(sources),
    ...(date.dateBasis ? { dateBasis: date.dateBasis } : {}), ...(date.yearFrom ? { yearFrom: date.yearFrom } : {}),
  };
}

function withDate(point: SummaryPoint, date: EventDate): SummaryPoint {
  if (point.event === undefined) return point;
  const { date: _d, approximate: _a, range: _r, dateBasis: _b, yearFrom: _y, ...rest } = point.event;
  return {
    ...point,
    event: { ...rest, ...dateFields(date), approximate: date.approximate || date.range !== undefined },
  };
}

/**
 * The summary and the timeline with one date per event: each dated point's entries merged into one entry citing all
 * their sentences, dated as the point is (a yearless point taking the year its entry found). Points are read in
 * their order, so an entry goes to the first point whose event it tells. Entries of no point are left as they are.
 * `sourceOrder`: the selection's source ids in the brief's order, for the merged entries' citations. `events`: per
 * point, the sentences that tell its event (summary/index.ts summaryEvents: its carriers, then those that tell the act
 * with another count) — a source that disputes the figure still tells when it happened, so the event's entry cites it;
 * without them, the point's own citations.
 */
export function withEventDates(
  summary: readonly SummaryPoint[],
  timeline: readonly TimelineEntry[],
  sourceOrder: readonly string[] = [],
  events: readonly (readonly Citation[])[] = [],
): { summary: SummaryPoint[]; timeline: TimelineEntry[] } {
  const taken = new Set<number>();
  const replaced = new Map<number, Omit<TimelineEntry, 'id'> | null>();
  const points = summary.map((point, p) => {
    const event = pointDate(point.event);
    if (event === null) return point;
    const told = events[p] ?? point.sources;
    const at = entriesOf(told, event, timeline, taken);
    if (at.length === 0) return point;
    const linked = at.map((i) => timeline[i] as TimelineEntry);
    const date = oneDate(event, linked);
    at.forEach((i, n) => {
      taken.add(i);
      replaced.set(i, n === 0 ? merged(linked, date, sourceOrder, told) : null);
    });
    return withDate(point, date);
  });
  if (replaced.size === 0) return { summary: points, timeline: [...timeline] };
  const kept = timeline.flatMap((e, i) => {
    const r = replaced.get(i);
    if (r === undefined) {
      const { id: _id, ...rest } = e;
      return [rest];
    }
    return r === null ? [] : [r];
  });
  return { summary: points, timeline: withEntryIds(kept) };
}
