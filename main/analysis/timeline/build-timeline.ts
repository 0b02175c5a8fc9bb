/**
 * The timeline of a selection of articles: one entry per event with all its sources (notes §3,
 * HeidelTime's news strategy for resolving dates against each article's publication date).
 */
import type { TimelineEntry } from '../../model/brief.ts';
import type { ArticleRecord } from '../../model/article.ts';
import { compareEntries, compatibleDates, interval, precision } from './date-order.ts';
import { articleEvents, type DatedEvent } from './events.ts';
import { contentStems, sameEvent } from './similarity.ts';
import { inferYears, selectionReference, type InferredYear, type StemmedEvent } from './infer-years.ts';
import { independentCitations } from '../sources/independent-sources.ts';
import { carriesDatedClaim } from '../sources/claim-carriers.ts';
import { citationKey } from '../../model/citation-key.ts';

interface Group {
  events: StemmedEvent[];
}

/** The year buckets a value falls in, so that merging compares only events that can share a date. */
function buckets(e: DatedEvent): string[] {
  const i = interval(e);
  if (i === null) return [`--${e.date.slice(2, 7)}`];
  const from = Number((e.range?.start ?? e.date).slice(0, 4));
  const to = Number((e.range?.end ?? e.date).slice(0, 4));
  const out: string[] = [];
  for (let y = from; y <= Math.min(to, from + 20); y++) out.push(String(y));
  // A yearless day may match a dated one: dated days are also filed under their month-day.
  if (e.date.length === 10) out.push(`--${e.date.slice(5)}`);
  return out;
}

function fnv1a(s: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** A short stable id: two FNV-1a hashes of date and text. */
export function entryId(date: string, text: string): string {
  const s = `${date}\u0000${text}`;
  return `tl-${fnv1a(s, 0x811c9dc5).toString(36)}${fnv1a(s, 0x01000193).toString(36)}`;
}

function informativeness(e: DatedEvent & { stems: Set<string> }): number {
  return e.stems.size;
}

/**
 * The same event dated with its year by one source and only by day and month by another: the year is the dated one's.
 * A day and month its article's date alone gave a year: that year, said as inferred.
 */
function sameEventYear(events: readonly DatedEvent[], dated: DatedEvent): Pick<TimelineEntry, 'dateBasis' | 'yearFrom'> {
  const borrowed = !dated.date.startsWith('--') && events.some((e) => e.date.startsWith('--') && e.sourceId !== dated.sourceId);
  if (borrowed) return { dateBasis: 'inferred', yearFrom: { rule: 'same-event', sourceId: dated.sourceId } };
  // «9 مارس» in an article of 10 March 2025: the year is the article's, unless another source of the date wrote it.
  const fromArticle = dated.yearFromArticle && events.every((e) => e.date !== dated.date || e.yearFromArticle);
  return fromArticle ? { dateBasis: 'inferred', yearFrom: { rule: 'article-date', sourceId: dated.sourceId } } : {};
}

function toEntry(group: Group, inferred: InferredYear | undefined): Omit<TimelineEntry, 'id'> {
  const events = group.events;
  // The date: the most precise one any source gives; the text: the line with the most content, then the shortest.
  const dated = [...events].sort((a, b) => precision(a) - precision(b) || a.order[0] - b.order[0] || a.order[1] - b.order[1])[0] as DatedEvent;
  const year = inferred === undefined ? sameEventYear(events, dated) : { dateBasis: 'inferred' as const, yearFrom: inferred.yearFrom };
  const worded = [...events].sort((a, b) => informativeness(b) - informativeness(a) || a.text.length - b.text.length || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))[0] as DatedEvent;
  const seen = new Set<string>();
  const sources: TimelineEntry['sources'] = [];
  for (const e of [...events].sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1])) {
    const k = citationKey(e);
    if (seen.has(k)) continue;
    // A source whose sentence does not carry the entry's claim (another toll merged in by date and shared names)
    // is neither cited nor counted (claim-carriers.ts).
    if (e !== worded && !carriesDatedClaim(worded.text, e.quote)) continue;
    seen.add(k);
    sources.push({ sourceId: e.sourceId, quote: e.quote });
  }
  return {
    included: true, edited: false, manual: false,
    date: inferred?.date ?? dated.date, ...(dated.range === undefined ? {} : { range: dated.range }), approximate: dated.approximate,
    text: worded.text, sources, ...(events.every((e) => e.planned) ? { planned: true as const } : {}), independentSources: independentCitations(sources), ...year,
  };
}

/**
 * Builds the timeline of the given articles: dated events from every sentence (relative dates resolved
 * against each article's publication date, datelines skipped), the same event from several sources merged
 * into one entry with all its citations, sorted chronologically with yearless entries last. Deterministic.
 */
export function buildTimeline(articles: ArticleRecord[], options?: { now?: string }): TimelineEntry[] {
  const groups: Group[] = [];
  const index = new Map<string, Group[]>();
  // The day an undated article's yearless days are read against, for their years (infer-years.ts).
  const reference = selectionReference(articles, options?.now);
  articles.forEach((article, i) => {
    for (const event of articleEvents(article, i, options?.now, reference)) {
      const e = { ...event, stems: contentStems(event.content) };
      const candidates = new Set(buckets(e).flatMap((b) => index.get(b) ?? []));
      const match = [...candidates].find((g) => g.events.some((o) => compatibleDates(o, e) && (o.text === e.text || sameEvent(o.stems, e.stems))));
      const group = match ?? { events: [] };
      group.events.push(e);
      if (match === undefined) groups.push(group);
      for (const b of buckets(e)) {
        const list = index.get(b) ?? [];
        if (!list.includes(group)) list.push(group);
        index.set(b, list);
      }
    }
  });
  // Years for the groups only yearless days date, from the rest of the selection (infer-years.ts).
  const years = inferYears(groups.map((g) => g.events), articles, options?.now);
  return withEntryIds(groups.map((g) => toEntry(g, years.get(g.events))));
}

/** Entries in chronological order, each with its stable id (date and text; a counter after the first of a pair). */
export function withEntryIds(entries: readonly Omit<TimelineEntry, 'id'>[]): TimelineEntry[] {
  const used = new Set<string>();
  return [...entries].sort(compareEntries).map((entry) => {
    let id = entryId(entry.date, entry.text);
    for (let n = 2; used.has(id); n++) id = `${entryId(entry.date, entry.text)}-${n}`;
    used.add(id);
    return { id, ...entry };
  });
}
