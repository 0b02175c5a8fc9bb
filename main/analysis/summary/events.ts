/**
 * Events as the unit of the summary (issue 14): the sentences of all selected sources that report one
 * development — near-duplicate wording, or the same action by the same actors on a date that does not
 * conflict — grouped before anything is ranked, so that one meeting reported by three outlets is one point
 * citing all three, never three points.
 */
import { precision } from '../timeline/date-order.ts';
import { datesAgree, type EventDateValue } from './event-dates.ts';
import { contentStems } from '../timeline/similarity.ts';
import { cosine, type SparseVector } from './tfidf.ts';
import { wordKeys } from '../../text/arabic/index.ts';
import { jaccard, shingles } from '../../text/similarity/shingles.ts';
import type { SimilarityIndex } from './similarity-index.ts';

/** What grouping needs to know of a near-duplicate unit (a sentence and its wire copies). */
export interface EventUnit {
  /** Article index of every member. */
  articles: readonly number[];
  /** The representative sentence. */
  text: string;
  vector: SparseVector;
}

// Two sentences of different sources report one event when their TF-IDF cosine reaches SAME_EVENT and enough
// of the shorter one's content stems recur in the other (containment, as timeline/similarity compares event
// lines; a whole sentence carries more framing than a dated clause, hence 0.4 of its stems and at least three,
// for actors and action). The cosine keeps apart two events of one story that share only its actors.
export const SAME_EVENT = 0.3;
const MIN_CONTAINMENT = 0.4;
const MIN_SHARED = 3;
// A sentence that shares most of its words with another needs no stem test: near-identical wording.
const NEAR_IDENTICAL = 0.6;

function sameAction(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared >= MIN_SHARED && shared / Math.min(a.size, b.size) >= MIN_CONTAINMENT;
}

/**
 * Groups units into events. Units are taken in the order given (the caller puts the most central first, so
 * each event is seeded by its clearest sentence); a unit joins the first event that holds a unit of another
 * source it reports the same event as (an article's sentences about one event join through the other
 * sources that report it, never through each other). `datesOf` gives a unit's
 * dates (lazily: only pairs that pass the wording tests are dated); two units whose dates all conflict are
 * two events. Returns events as lists of unit indices, in order of their first unit.
 */
export function groupEvents(
  units: readonly EventUnit[],
  order: readonly number[],
  index: SimilarityIndex,
  datesOf: (unit: number) => readonly EventDateValue[],
): number[][] {
  const events: number[][] = [];
  const eventOf = new Map<number, number>();
  const stems = new Map<number, Set<string>>();
  const stemsOf = (i: number): Set<string> => {
    let s = stems.get(i);
    if (!s) {
      s = contentStems(units[i]?.text ?? '');
      stems.set(i, s);
    }
    return s;
  };
  const sameDates = (i: number, j: number): boolean => {
    const a = datesOf(i);
    const b = datesOf(j);
    return a.length === 0 || b.length === 0 || a.some((x) => b.some((y) => datesAgree(x, y)));
  };
  for (const i of order) {
    const u = units[i];
    if (!u) continue;
    let joined = -1;
    const candidates = index
      .candidates(u.vector, SAME_EVENT)
      .map((j) => eventOf.get(j))
      .filter((e): e is number => e !== undefined);
    for (const e of [...new Set(candidates)].sort((a, b) => a - b)) {
      const fits = (events[e] ?? []).some((j) => {
        const v = units[j];
        // Only another source's sentence can bring a sentence into an event: an article's own sentences
        // share its story's words whatever they report.
        if (!v || !u.articles.some((a) => v.articles.some((b) => b !== a))) return false;
        const c = cosine(u.vector, v.vector);
        if (c < SAME_EVENT) return false;
        return (c >= NEAR_IDENTICAL || sameAction(stemsOf(i), stemsOf(j))) && sameDates(i, j);
      });
      if (fits) {
        joined = e;
        break;
      }
    }
    if (joined < 0) {
      joined = events.length;
      events.push([]);
    }
    events[joined]?.push(i);
    eventOf.set(i, joined);
  }
  return events;
}

/**
 * The date of an event: the date most of its sentences agree on (a background year one source mentions in
 * passing — «اتفاقية عام 1987» — does not date the meeting three sources put on Monday); among equals, the
 * most precise (a day before a bare year), then one whose year is written before one whose year was inferred. Undefined when no
 * sentence carries a date. `dates` holds each sentence's dates.
 */
export function eventDate(dates: readonly (readonly EventDateValue[])[]): EventDateValue | undefined {
  const all = dates.flat();
  const support = (v: EventDateValue): number => dates.filter((ds) => ds.some((d) => datesAgree(d, v))).length;
  return all
    .map((v) => ({ v, n: support(v) }))
    .sort((a, b) => b.n - a.n || precision(a.v) - precision(b.v) || Number(b.v.yearKnown === true) - Number(a.v.yearKnown === true))[0]?.v;
}

/**
 * Independent sources among the sources of an event: sources whose sentences are copies of one another (one
 * near-duplicate unit) or whose articles are copies of one wire story count once. `copyOf` maps an article
 * to its wire story's first article.
 */
export function independentCount(unitsArticles: readonly (readonly number[])[], copyOf: (article: number) => number): number {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let r = x;
    while ((parent.get(r) ?? r) !== r) r = parent.get(r) ?? r;
    return r;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
  };
  for (const arts of unitsArticles) {
    const stories = arts.map(copyOf);
    for (const s of stories) if (!parent.has(s)) parent.set(s, s);
    for (const s of stories.slice(1)) union(stories[0] ?? s, s);
  }
  return new Set([...parent.keys()].map(find)).size;
}

/**
 * Articles that are copies of one wire story: pairs of articles sharing near-duplicate sentences for at
 * least half of the shorter one's sentences. Returns each article's story (its lowest-index copy).
 */
export function wireStories(articleCount: number, sentencesPerArticle: readonly number[], unitsArticles: readonly (readonly number[])[]): (article: number) => number {
  const shared = new Map<string, number>();
  for (const arts of unitsArticles) {
    const distinct = [...new Set(arts)].sort((a, b) => a - b);
    // A sentence every outlet repeats (a slogan, a boilerplate line) says nothing about copying.
    if (distinct.length < 2 || distinct.length > 8) continue;
    for (let x = 0; x < distinct.length; x++) {
      for (let y = x + 1; y < distinct.length; y++) {
        const k = `${distinct[x]}:${distinct[y]}`;
        shared.set(k, (shared.get(k) ?? 0) + 1);
      }
    }
  }
  const story = Array.from({ length: articleCount }, (_, i) => i);
  const find = (x: number): number => {
    while (story[x] !== x) x = story[x] ?? x;
    return x;
  };
  for (const [k, n] of [...shared].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const [a, b] = k.split(':').map(Number) as [number, number];
    const shorter = Math.min(sentencesPerArticle[a] ?? 0, sentencesPerArticle[b] ?? 0);
    if (shorter > 0 && n * 2 >= shorter) {
      const ra = find(a);
      const rb = find(b);
      if (ra !== rb) story[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
  return (article) => find(article);
}

// Two quotes are copies of one wire sentence at the summary's wire-copy threshold (word 3-shingle Jaccard).
const WIRE_COPY = 0.7;

/**
 * Independent sources among citations (a timeline entry's): sources whose quoted sentences are copies of one
 * another count once, so a wire story three outlets republish is one source. Identical quotes are grouped
 * first (the common case of syndication), so only distinct wordings are compared.
 */
export function independentCitations(citations: readonly { sourceId: string; quote: string }[]): number {
  const ids = [...new Set(citations.map((c) => c.sourceId))];
  const byQuote = new Map<string, number[]>();
  for (const c of citations) {
    const list = byQuote.get(c.quote) ?? [];
    list.push(ids.indexOf(c.sourceId));
    byQuote.set(c.quote, list);
  }
  const quotes = [...byQuote.keys()];
  const sets = quotes.map((q) => shingles(wordKeys(q)));
  // Each wording joins the sources that print it; near-identical wordings join their sources too.
  const groups: number[][] = [...ids.keys()].map((i) => [i]);
  quotes.forEach((q, i) => {
    const own = byQuote.get(q) ?? [];
    groups.push(own);
    for (let j = i + 1; j < quotes.length; j++) {
      const a = sets[i];
      const b = sets[j];
      if (a && b && jaccard(a, b, 0) >= WIRE_COPY) groups.push([own[0] ?? 0, byQuote.get(quotes[j] ?? '')?.[0] ?? 0]);
    }
  });
  return independentCount(groups, (i) => i);
}
