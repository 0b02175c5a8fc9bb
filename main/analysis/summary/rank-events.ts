/**
 * Events of a selection weighed for the summary (issue 14): by how central their sentences are, by how many
 * independent sources carry them, by how central to the selection the actors they name are (central-actors.ts) and by
 * how recent they are against the story's latest date — an event dated more than a year before it is background,
 * ranked after the news.
 */
import type { ArticleRecord } from '../../model/article.ts';
import type { Candidate } from './candidates.ts';
import type { SparseVector } from './tfidf.ts';
import type { SimilarityIndex } from './similarity-index.ts';
import { eventDate, groupEvents } from './events.ts';
import type { PairDecider } from './event-pair-decider.ts';
import { independentCount, wireStories } from '../sources/independent-sources.ts';
import { datesAgree, isoDayNumber, sentenceDates, type EventDateValue } from './event-dates.ts';
import { namesDay } from './event-pair-context.ts';
import { cosine } from './tfidf.ts';
import { interval, type DatedValue } from '../timeline/date-order.ts';
import { eventSenses, findQuantities, lightStem, type Token } from '../../text/arabic/index.ts';
import { nounSense } from '../../text/arabic/numbers.ts';
import { namedPlaces, withWiderPlaces } from './event-places.ts';
import { eventPhrases } from './event-phrases.ts';
import { backReferences } from './event-clauses.ts';
import { groupingVectors, verbalStems } from './verbal-stems.ts';
import { ranksOwnEvent } from '../../text/arabic/ordinals.ts';
import { publishedDay } from './published-day.ts';
import { isMonthName } from '../../text/dates/index.ts';
import { unitPersons } from './event-persons.ts';
import { mergedOneEventGroups, withoutForeignUnits } from './one-event-groups.ts';
import { toldAsBackground } from './told-as-background.ts';
import { leadAction } from './lead-action.ts';
import { openingAct } from './opening-act.ts';
import { witnessUnits } from './event-witnesses.ts';
import { oneEventDate } from './one-event-date.ts';
import type { YearSource } from '../../model/brief.ts';
import { fromDayNumber, latestDay, parsePartialDate, toDayNumber, yearNotAfter } from '../../text/dates/calendar.ts';

export interface Unit {
  /** Members of a near-duplicate cluster, the representative first. */
  members: Candidate[];
  terms: string[];
}

interface Weighed {
  g: readonly number[];
  us: Unit[];
  repAt: number;
  independent: number;
  prelim: number;
  /** The centrality to the selection of the most central actor its sentences name. */
  actors: number;
}

export interface RankedEvent {
  units: Unit[];
  /** The unit whose sentence states the event: the most relevant one that stands on its own. */
  rep: Unit;
  vector: SparseVector;
  /** Source ids, once each. */
  sources: string[];
  independent: number;
  date: EventDateValue | undefined;
  /** Where the date's year came from when a source of the event wrote the day without it (one-event-date.ts). */
  yearFrom?: YearSource;
  background: boolean;
  /** What the summary picks events by (centrality, independent sources, recency). */
  score: number;
  /** What the picked points are ordered by: the score, raised by the centrality of the actors the event names. */
  weight: number;
  /** Index of the first unit, for ties. */
  first: number;
}

// Each independent source beyond the first adds this much to an event's weight: a development three outlets
// report on their own outweighs an equally central sentence only one carries.
const PER_SOURCE = 0.5;
// Among the points picked, an event naming an actor every source of the selection names is placed as if it weighed
// this much more than one naming none the selection shares (in proportion to that actor's share of the sources): a
// development of the story's main actors goes before an equally weighty one of a side figure, while a second
// independent source still counts for more. It orders the points only: picking by it let a comment that names the
// story's main actor («يشار إلى أن تداعيات سقوط نظام …») push out a development that names none.
const PER_CENTRAL_ACTOR = 0.4;
// Only this many events (by centrality and sources) are dated and weighed for recency: the summary has ≤ 10
// points, and dating every sentence of a large selection would cost more than the whole summary.
const SHORTLIST = 40;
const BACKGROUND_DAYS = 365;
// A later sentence of an article worded this close to the one stating its event reports the event (event-witnesses.ts).
const WITNESS_WORDING = 0.4;
const BACKGROUND_WEIGHT = 0.3;
// An event a year old keeps this share of its weight before it turns background.
const YEAR_OLD_WEIGHT = 0.7;

// A news sentence puts its own event's verb first, or after a short subject («هيئة المياه نفت»); a verb or verbal
// noun further on tells a circumstance («مع بدء تطبيق القرار») or what someone said, not the sentence's event.
const PREDICATE_WORDS = 8;

/** A sentence's event senses, read in its first words, and the light stems of the words that tell them (as contentStems stems them). */
function unitSenses(tokens: readonly Token[]): { keys: ReadonlySet<string>; stems: ReadonlySet<string> } {
  const senses = eventSenses(tokens, PREDICATE_WORDS);
  return { keys: new Set(senses.keys()), stems: new Set([...senses.values()].flat().map((k) => lightStem(k, { rootWaw: true }))) };
}

/**
 * What a sentence counts: each figure with the sense of the noun it counts (nounSense: «أسرة» and «عائلة» are one
 * thing counted, as the questions compare them), null when no noun follows («مقتل خمسة»).
 */
function unitCounts(text: string): { value: number; noun: string | null }[] {
  // A figure before a month's name is a day («5 أغسطس», «19 تشرين الثاني»: the name may be two words), not a count:
  // days are compared by the dates.
  const monthAfter = (at: number): boolean => {
    const words = text.slice(at).split(/\s+/u, 2).map((w) => w.replace(/[^\p{L}]+$/u, ''));
    return isMonthName(words[0] ?? '') || isMonthName(words.join(' '));
  };
  return findQuantities(text)
    .filter((q) => q.unit === 'count' && !(q.noun && monthAfter(q.noun.start)))
    .map((q) => ({ value: q.value, noun: q.noun ? nounSense(q.noun.cls) : null }));
}

/** The earliest full date among a unit's articles as a day number, for the time between two reports. */
function dayField(published: readonly (string | null)[]): { day?: number } {
  const days = published.filter((p): p is string => p !== null).map(isoDayNumber);
  return days.length > 0 ? { day: Math.min(...days) } : {};
}

/**
 * The last day a value covers; a yearless day («--08-26») as the latest such day not after `last` (the story's day,
 * or for a source writing from years before it, a year after that source's latest dated report, as the timeline
 * keeps such a source's days out of the story's year), for weighing its recency only: the point keeps its date
 * as written.
 */
function dayOf(v: DatedValue | null, last: number | null = null): number | null {
  if (!v) return null;
  const days = interval(v);
  if (days) return days[1];
  const p = parsePartialDate(v.date);
  if (p === null || p.year !== null || p.month === null || p.day === null || last === null) return null;
  const placed = yearNotAfter(p.month, p.day, fromDayNumber(last), []);
  return placed === null ? null : toDayNumber(placed);
}

/** The story's latest date: the newest article date that has a year, or the clock. */
function storyDay(articles: readonly ArticleRecord[], now: string | undefined): number | null {
  const dated = articles.map((a) => a.published).filter((p): p is string => p !== null && /^\d{4}/.test(p) && (now === undefined || p <= now));
  const latest = dated.sort().pop() ?? now;
  return latest === undefined ? null : dayOf({ date: latest, approximate: false });
}

/**
 * The sentence that states an event: among its self-standing sentences that tell it as news (a sentence that leans
 * back, «وأضاف …», or looks back, «وكانت … قد», only when there is no other), the one closest to all the others (the medoid: what the sources have in
 * common, not one outlet's angle on it); ties go to the more central one (the group's order).
 */
function representative(g: readonly number[], units: readonly Unit[], vectors: readonly SparseVector[]): number {
  const first = (i: number): Candidate | undefined => units[i]?.members[0];
  // A sentence that looks back («وكانت الحملة قد انطلقت …») states the event only when no sentence tells it as news.
  const news = g.filter((i) => !first(i)?.anaphoric && first(i)?.backReference !== true && first(i)?.headline !== true);
  const standing = news.length > 0 ? news : g.filter((i) => !first(i)?.anaphoric && first(i)?.headline !== true);
  const pool = standing.length > 0 ? standing : g;
  let best = pool[0] ?? 0;
  let bestSum = -1;
  for (const i of pool) {
    const v = vectors[i];
    const sum = v ? g.reduce((acc, j) => acc + (j === i ? 0 : cosine(v, vectors[j] ?? new Map<string, number>())), 0) : 0;
    if (sum > bestSum + 1e-12) {
      bestSum = sum;
      best = i;
    }
  }
  return best;
}

/**
 * Groups the units into events and weighs them. `relevance` is each unit's centrality (scaled to [0, 1], topic
 * blended in); `ranks` orders sources by date; `actorShare` each unit's actors' centrality to the selection (the
 * share of sources naming its most central person or organisation; none when not given). Returns the shortlisted
 * events with their score.
 */
export function rankedEvents(
  articles: readonly ArticleRecord[],
  units: readonly Unit[],
  vectors: readonly SparseVector[],
  index: SimilarityIndex,
  relevance: readonly number[],
  ranks: readonly number[],
  now: string | undefined,
  pairs?: PairDecider,
  actorShare: readonly number[] = [],
): RankedEvent[] {
  const order = units.map((_, i) => i).sort((a, b) => (relevance[b] ?? 0) - (relevance[a] ?? 0) || a - b);
  // Grouping compares a verb and its verbal noun as one word (verbal-stems.ts): its own vectors and index when the
  // selection has such a pair, else the summary's.
  const verbal = verbalStems(units.map((u) => u.members[0]?.text ?? ''));
  const grouping = groupingVectors(verbal, units.length, { vectors, index });
  const places = withWiderPlaces(units.map((u) => namedPlaces(u.members[0]?.text ?? '', u.members[0]?.tokens ?? [])));
  const persons = unitPersons(units.map((u) => ({ tokens: u.members[0]?.tokens ?? [], articleIndex: u.members[0]?.articleIndex ?? -1, position: u.members[0]?.position ?? 0 })));
  const eventUnits = units.map((u, i) => ({
    articles: u.members.map((m) => m.articleIndex),
    text: u.members[0]?.text ?? '',
    vector: grouping.vectors[i] ?? new Map<string, number>(),
    clause: u.members[0]?.clause !== undefined,
    senses: unitSenses(u.members[0]?.tokens ?? []),
    places: places[i] ?? [],
    counts: unitCounts(u.members[0]?.text ?? ''),
    phrases: eventPhrases(u.members[0]?.text ?? '', u.members[0]?.tokens ?? []),
    references: backReferences(u.members[0]?.text ?? '', u.members[0]?.tokens ?? []),
    ranking: ranksOwnEvent(u.members[0]?.tokens ?? []),
    action: leadAction(u.members[0]?.tokens ?? []),
    act: openingAct(u.members[0]?.tokens ?? []),
    persons: persons.own(i),
    lead: u.members.some((m) => m.position === 0),
    ...dayField(u.members.map((m) => publishedDay(articles[m.articleIndex]))),
    sources: u.members.map((m) => m.sourceId),
  }));
  const dates = new Map<number, EventDateValue[]>();
  const datesOf = (i: number): EventDateValue[] => {
    let d = dates.get(i);
    if (!d) {
      const m = units[i]?.members[0];
      d = m ? sentenceDates(m.text, articles[m.articleIndex]?.published ?? null, now) : [];
      dates.set(i, d);
    }
    return d;
  };
  const articlesOf = (i: number): readonly number[] => eventUnits[i]?.articles ?? [];
  const groups = withoutForeignUnits(
    groupEvents(eventUnits, order, grouping.index, datesOf, pairs, { verbal, summaryNear: grouping.summaryNear }),
    persons,
    (g) => representative(g, units, vectors),
    articlesOf,
  );
  const perArticle = articles.map(() => 0);
  for (const u of units) for (const m of u.members) perArticle[m.articleIndex] = (perArticle[m.articleIndex] ?? 0) + 1;
  const storyOf = wireStories(articles.length, perArticle, eventUnits.map((u) => u.articles));

  const weigh = (g: readonly number[], repAt: number): Weighed => {
    const us = g.map((i) => units[i]).filter((u): u is Unit => u !== undefined);
    // Only the sources that report the event count as its witnesses; the others are cited all the same.
    const day = eventDate(g.map(datesOf));
    const carries = (i: number): boolean =>
      cosine(vectors[i] ?? new Map<string, number>(), vectors[repAt] ?? new Map<string, number>()) >= WITNESS_WORDING || (day !== undefined && datesOf(i).some((d) => namesDay(d) && datesAgree(d, day)));
    const independent = independentCount(witnessUnits(g, repAt, units, carries).map(articlesOf), storyOf);
    const central = Math.max(...g.map((i) => relevance[i] ?? 0));
    const actors = Math.max(0, ...g.map((i) => actorShare[i] ?? 0));
    return { g, us, repAt, independent, prelim: central * (1 + PER_SOURCE * (independent - 1)), actors };
  };
  const weighed = groups.map((g) => weigh(g, representative(g, units, vectors)));
  const shortlist = weighed.sort((a, b) => b.prelim - a.prelim || Math.min(...a.g) - Math.min(...b.g)).slice(0, SHORTLIST);
  // Shortlisted events that tell one event become one, stated by the heavier's sentence and weighed again.
  const byFirst = new Map(shortlist.map((w) => [w.g[0], w]));
  const repOf = (g: readonly number[]): number => byFirst.get(g[0])?.repAt ?? g[0] ?? 0;
  const merged = mergedOneEventGroups(
    shortlist.map((w) => w.g),
    persons,
    {
      date: (g) => eventDate(g.map(datesOf)),
      sources: (g) => [...new Set(g.flatMap((i) => eventUnits[i]?.sources ?? []))],
      wording: (a, b) => cosine(vectors[repOf(a)] ?? new Map<string, number>(), vectors[repOf(b)] ?? new Map<string, number>()),
    },
  ).map((g) => {
    const w = byFirst.get(g[0]);
    return w && w.g.length === g.length ? w : weigh(g, repOf(g));
  });
  const story = storyDay(articles, now);
  // The latest full date each article reports, read from its units' dates only when a yearless event asks.
  const written = new Map<number, number | null>();
  const writtenBy = (article: number): number | null => {
    if (!written.has(article)) {
      const ends = units.flatMap((u, i) => (u.members[0]?.articleIndex === article ? datesOf(i) : [])).filter((d) => !d.date.startsWith('--') && d.date.length >= 7).map((d) => dayOf(d));
      written.set(article, latestDay(ends.filter((d): d is number => d !== null)));
    }
    return written.get(article) ?? null;
  };
  // How late a yearless event of these units may be: the story's day, or a year after the latest dated report of
  // a source writing from more than a year before the story.
  const yearlessBound = (g: readonly number[]): number | null => {
    if (story === null) return null;
    const reports = g.flatMap((i) => units[i]?.members.map((m) => writtenBy(m.articleIndex)) ?? []).filter((d): d is number => d !== null);
    const latest = reports.length > 0 ? Math.max(...reports) : null;
    return latest !== null && story - latest > BACKGROUND_DAYS ? latest + BACKGROUND_DAYS : story;
  };
  return merged
    .map(({ g, us, repAt, independent, prelim, actors }) => {
      const one = oneEventDate(g.map((i) => ({ sourceId: units[i]?.members[0]?.sourceId ?? '', dates: datesOf(i) })));
      const date = one?.value;
      // Undated events are weighed by their newest source's date.
      const newest = [...new Set(us.flatMap((u) => u.members.map((m) => articles[m.articleIndex]?.published ?? null)))]
        .filter((p): p is string => p !== null && /^\d{4}/.test(p))
        .sort()
        .pop();
      const day = dayOf(date ?? (newest ? { date: newest, approximate: false } : null), date?.date.startsWith('--') === true ? yearlessBound(g) : story);
      const age = story !== null && day !== null ? Math.max(0, story - day) : 0;
      // Background: dated long before the story, or told as lying years back («قبل سنوات الحرب»).
      const background = age > BACKGROUND_DAYS || toldAsBackground(units[repAt]?.members[0]?.tokens ?? []);
      const recency = background ? BACKGROUND_WEIGHT : 1 - (1 - YEAR_OLD_WEIGHT) * (age / BACKGROUND_DAYS);
      const rep = units[repAt] as Unit;
      const seen = new Set<string>();
      const sources = us
        .flatMap((u) => u.members)
        .sort((a, b) => (ranks[a.articleIndex] ?? 0) - (ranks[b.articleIndex] ?? 0))
        .map((m) => m.sourceId)
        .filter((id) => (seen.has(id) ? false : (seen.add(id), true)));
      return { units: us, rep, vector: vectors[repAt] ?? new Map<string, number>(), sources, independent, date, ...(one?.yearFrom ? { yearFrom: one.yearFrom } : {}), background, score: prelim * recency, weight: prelim * recency * (1 + PER_CENTRAL_ACTOR * actors), first: Math.min(...g) };
    });
}
