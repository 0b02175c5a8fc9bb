import type { ArticleRecord } from '../../model/article.ts';
import type { Citation, SummaryPoint } from '../../model/brief.ts';
import { summaryCandidates, type Candidate } from './candidates.ts';
import { contentTerms } from './bag-of-words.ts';
import { tfidfVectors, cosine } from './tfidf.ts';
import { similarityIndex } from './similarity-index.ts';
import { shingles, nearDuplicateClusters } from './near-duplicates.ts';
import { lexRank } from './lexrank.ts';
import { selectMmr } from './mmr.ts';
import { rankedEvents, type RankedEvent, type Unit } from './rank-events.ts';
import { topicMatcher, type Topic } from './topic-relevance.ts';
import { pointText } from './point-text.ts';
import { sourceRanks } from './source-order.ts';
import { stableId } from './stable-id.ts';
import { matchKey, tokenise } from '../../text/arabic/index.ts';
import { splitTwoEventSentences } from './clause-candidates.ts';
import { composePoint, PARTS_READ, type PartSentence } from './compose-point.ts';
import { findDates } from '../../text/dates/index.ts';
import type { PairDecider } from './event-pair-decider.ts';
import { defaultPairs } from './default-pairs.ts';
import { publishedDay } from './published-day.ts';
import { sentenceCentrality, type ActorCitations } from './central-actors.ts';
import { LEAD_SENTENCES } from './event-witnesses.ts';
import { carriesClaim, disputesCount } from '../sources/claim-carriers.ts';
import { independentCitations } from '../sources/independent-sources.ts';

export type { Topic } from './topic-relevance.ts';

export interface SummaryOptions {
  /** The analyst's selected topics: sentences that name them rank higher. */
  topics?: Topic[];
  /** Points to aim for when the material allows (default 5). */
  minPoints?: number;
  /** Points never to exceed (default 8). */
  maxPoints?: number;
  /** YYYY-MM-DD: the pinned clock, for dating events and weighing their recency. */
  now?: string;
  /** Who decides that two sentences tell one event (event-pair-decider.ts); the default is the project's choice, DEFAULT_PAIRS. */
  eventPairs?: PairDecider;
  /**
   * Whether two cited sentences trace to one origin, so that they confirm a point once (the assembler hands in
   * questions/shared-origin.ts: one unnamed mouth relayed); by default every source is its own origin.
   */
  sameOrigin?: (a: string, b: string) => boolean;
  /** The selection's actors with the sentences citing them (the actors stage's): events naming central ones weigh more. */
  actors?: readonly ActorCitations[];
}

// Above this many sentences the similarity graph is trimmed to the leading sentences of every article,
// which is where news puts its substance; this keeps the O(n²) graph small for large selections.
const MAX_SENTENCES = 1500;
const WIRE_COPY = 0.7;
// Lead sentences carry the news (§4 step 5: ×1.2–1.5 for the lead).
const POSITION_PRIOR = [1.5, 1.3, 1.15];
const TOPIC_WEIGHT = 0.4;
const TOPIC_CAP = 3;


function trimmed(candidates: Candidate[]): Candidate[] {
  if (candidates.length <= MAX_SENTENCES) return candidates;
  const keep = new Set(
    candidates
      .map((c, i) => ({ c, i }))
      .sort((a, b) => a.c.position - b.c.position || a.c.articleIndex - b.c.articleIndex)
      .slice(0, MAX_SENTENCES)
      .map((x) => x.i),
  );
  return candidates.filter((_, i) => keep.has(i));
}

function buildUnits(candidates: Candidate[], ranks: readonly number[]): Unit[] {
  const clusters = nearDuplicateClusters(candidates.map((c) => shingles(c.tokens.map((t) => t.key))), WIRE_COPY);
  return clusters.map((cluster) => {
    const members = cluster
      .map((i) => candidates[i])
      .filter((c): c is Candidate => c !== undefined)
      // The representative: a self-standing sentence from the earliest source.
      .sort((a, b) => Number(a.anaphoric) - Number(b.anaphoric) || Number(a.backReference === true) - Number(b.backReference === true) || Number(a.headline === true) - Number(b.headline === true) || (ranks[a.articleIndex] ?? 0) - (ranks[b.articleIndex] ?? 0) || a.start - b.start);
    const first = members[0];
    return { members, terms: first ? contentTerms(first.text) : [] };
  });
}

/**
 * Extractive multi-document summary of events (team notes §4, issue 14): sentences → wire-copy merging (word
 * 3-shingle Jaccard ≥ 0.7, counted once and cited from every source) → TF-IDF over Light10 stems → LexRank
 * centrality × lead-position prior × topic relevance → sentences of all sources grouped into events (events.ts)
 * → events weighed by centrality, independent sources and recency (rank-events.ts) → MMR selection (λ 0.7)
 * with source coverage → one point per event citing every source that reports it, heaviest first and
 * background last. Every citation quotes its sentence exactly as in the source body.
 */
/**
 * Each article's outlet by its matching key, for telling outlets apart (an update or a second article of one outlet is
 * not another outlet); an article with no outlet stands for itself.
 */
function outletsOf(articles: readonly ArticleRecord[]): Map<string, string> {
  return new Map(articles.map((a) => [a.id, a.outlet === null || matchKey(a.outlet) === '' ? `article:${a.id}` : `outlet:${matchKey(a.outlet)}`]));
}

/** Whether both events are dated to exact days, and to different ones. */
function twoDays(a: RankedEvent, b: RankedEvent): boolean {
  const day = (e: RankedEvent): string | null => (e.date && !e.date.approximate && e.date.range === undefined && /^\d{4}-\d{2}-\d{2}$/u.test(e.date.date) ? e.date.date : null);
  const x = day(a);
  const y = day(b);
  return x !== null && y !== null && x !== y;
}

/** The summary's points; the questions read them with their events' other sources too (summaryEvents). */
export function summarise(articles: ArticleRecord[], options: SummaryOptions = {}): SummaryPoint[] {
  return summaryEvents(articles, options).points;
}

/**
 * The summary's points, each with its event's sources as the questions read them (`events`, one per point, in its
 * order): the point's carriers, then the sentences that tell its act with another count of a thing it counts
 * (claim-carriers.ts disputesCount), which the point neither cites nor counts but which are where the questions
 * find the figure disputed.
 */
export function summaryEvents(articles: ArticleRecord[], options: SummaryOptions = {}): { points: SummaryPoint[]; events: Citation[][] } {
  const maxPoints = Math.max(1, options.maxPoints ?? 8);
  const minPoints = Math.min(maxPoints, Math.max(1, options.minPoints ?? 5));
  const ranks = sourceRanks(articles);
  const outlets = outletsOf(articles);
  const units = buildUnits(splitTwoEventSentences(trimmed(summaryCandidates(articles))), ranks);
  if (units.length === 0) return { points: [], events: [] };

  const vectors = tfidfVectors(units.map((u) => u.terms));
  const sim = (i: number, j: number): number => {
    const a = vectors[i];
    const b = vectors[j];
    return a && b && i !== j ? cosine(a, b) : i === j ? 1 : 0;
  };
  const index = similarityIndex(vectors);
  const centrality = lexRank(units.length, sim, { neighbours: (i, threshold) => (vectors[i] ? index.candidates(vectors[i], threshold) : []) });
  const matchTopics = options.topics && options.topics.length > 0 ? topicMatcher(options.topics) : null;
  const salience = units.map((u, i) => {
    const position = Math.min(...u.members.map((m) => m.position));
    return (centrality[i] ?? 0) * (POSITION_PRIOR[position] ?? 1);
  });
  const top = Math.max(...salience);
  // Topic relevance is blended in rather than multiplied: a sentence squarely on the analyst's topic
  // can sit at the edge of the similarity graph, where any multiple of a small centrality stays small.
  const relevance = units.map((u, i) => {
    const base = top > 0 ? (salience[i] ?? 0) / top : 0;
    if (!matchTopics) return base;
    const hits = Math.max(...u.members.map((m) => matchTopics(m.tokens)));
    return (1 - TOPIC_WEIGHT) * base + TOPIC_WEIGHT * (Math.min(hits, TOPIC_CAP) / TOPIC_CAP);
  });

  const centralOf = sentenceCentrality(options.actors ?? [], articles.map((a) => a.id));
  const actorShare = units.map((u) => Math.max(...u.members.map((m) => centralOf(m.sourceId, m.sentence))));
  const events = rankedEvents(articles, units, vectors, index, relevance, ranks, options.now, options.eventPairs ?? defaultPairs(), actorShare);
  // An event told only by sentences that lean on the one before («وأضاف …») stands only when the material
  // is too thin to do without it; one told only by sentences that look back at it («وكانت الحملة قد انطلقت …»)
  // is cited by the event it looks back at when the grouping found it, and stands on its own only as background.
  // An event told only by a half of a headline is never a point either (the headline is not a sentence of the story).
  const stands = (e: RankedEvent): boolean => !e.rep.members[0]?.anaphoric && e.rep.members[0]?.headline !== true && (e.rep.members[0]?.backReference !== true || e.background);
  const selfStanding = events.filter(stands).length;
  const picked = selectMmr(
    events.map((e) => e.score),
    (i, j) => {
      const a = events[i];
      const b = events[j];
      if (!a || !b) return 0;
      // Two events the grouping dated to two days are not one told twice, however alike their words (two videos
      // posted a day apart, each with its own sources: event-day-split.ts): neither makes the other redundant.
      return i === j ? 1 : twoDays(a, b) ? 0 : cosine(a.vector, b.vector);
    },
    (i) => events[i]?.sources ?? [],
    {
      min: minPoints,
      max: maxPoints,
      eligible: (i) => (events[i] !== undefined && stands(events[i])) || (selfStanding < minPoints && events[i]?.rep.members[0]?.headline !== true),
      // A development of the story told by two independent sources and dated to its day is a point while there is
      // room, however peripheral its words (an arrest, a decision: issue 14, class c), never only a timeline entry;
      // so is one an article tells in its first two sentences that another outlet carried too, if only as a copy (a
      // wire's second item, the rates raised with a devaluation): its own words may be the selection's rarest.
      weighty: (i) => {
        const e = events[i];
        if (e === undefined || e.background) return false;
        if (e.independent >= 2 && e.date !== undefined && !e.date.approximate && /^\d{4}-\d{2}-\d{2}$/u.test(e.date.date)) return true;
        return new Set(e.sources.map((id) => outlets.get(id) ?? id)).size >= 2 && e.units.some((u) => u.members.some((m) => m.position < LEAD_SENTENCES));
      },
    },
  );

  // Where each two-event sentence's other event went: its own part is a point of its own only when that other
  // event is told by another source too (the sentence then told two events of the selection).
  const eventOfReference = new Map<string, RankedEvent>();
  for (const e of events) for (const u of e.units) for (const m of u.members) if (m.clause === 'reference') eventOfReference.set(`${m.sourceId}:${m.start}`, e);
  const toldElsewhere = (m: Candidate): boolean => {
    const other = eventOfReference.get(`${m.sourceId}:${m.start}`);
    return other !== undefined && other.sources.some((id) => id !== m.sourceId);
  };
  // Whether `m`'s article was published on a later day than the point's representative's: its toll may have risen.
  const laterDay = (rep: Candidate | undefined, m: Candidate): boolean => {
    const from = rep ? publishedDay(articles[rep.articleIndex]) : null;
    const day = publishedDay(articles[m.articleIndex]);
    return from !== null && day !== null && day > from;
  };

  // A cited sentence as composing reads it: its words and its dates against its article's own date.
  const partSentence = (m: Candidate): PartSentence => {
    const published = articles[m.articleIndex]?.published ?? null;
    let dates: PartSentence['dates'] = [];
    try {
      dates = findDates(m.sentence, { reference: published, ...(options.now === undefined ? {} : { now: options.now }) });
    } catch {
      // The tagger promises not to throw; if it does, the sentence gives no date part.
    }
    return { sourceId: m.sourceId, quote: m.sentence, tokens: tokenise(m.sentence), dates, published: publishedDay(articles[m.articleIndex]) };
  };

  const told = picked
    .map((i) => events[i])
    .filter((e): e is RankedEvent => e !== undefined)
    // Weight first (the actors' centrality in it), background last (issue 14): never a six-year-old item leading the brief.
    .sort((a, b) => Number(a.background) - Number(b.background) || b.weight - a.weight || a.first - b.first)
    .map((e) => {
      const rep = e.rep.members[0];
      // A sentence's own part, composed from its words without the clause about the other event, when that event
      // is told elsewhere; else the sentence as written.
      const split = rep?.clause === 'main' && toldElsewhere(rep);
      const own = rep ? pointText(split ? rep.text : rep.sentence) : '';
      const claim = rep ? (split ? rep.text : rep.sentence) : '';
      // Every source that tells the event and carries the point's claim, once each: the representative's wording
      // first, then by source date. A sentence the grouping gathered that gives another toll, or tells another act of
      // the story in its names, confirms nothing and is neither cited nor counted (sources/claim-carriers.ts).
      const seen = new Set<string>();
      const members = [e.rep, ...e.units.filter((u) => u !== e.rep)].flatMap((u) =>
        u.members.slice().sort((a, b) => (ranks[a.articleIndex] ?? 0) - (ranks[b.articleIndex] ?? 0) || a.start - b.start),
      );
      const cited = members
        .filter((m) => m === rep || carriesClaim(claim, m.sentence, laterDay(rep, m)))
        .filter((m) => (seen.has(m.sourceId) ? false : (seen.add(m.sourceId), true)));
      const sources = cited.map((m) => ({ sourceId: m.sourceId, quote: m.sentence }));
      const disputing = members
        .filter((m) => !seen.has(m.sourceId) && disputesCount(claim, m.sentence))
        .filter((m) => (seen.has(m.sourceId) ? false : (seen.add(m.sourceId), true)))
        .map((m) => ({ sourceId: m.sourceId, quote: m.sentence }));
      // What the representative lacks of its event (when, where) and the other sources agree on, in their words.
      // Copies of one wire count once among the carriers, as among the event's sources; so do carriers that relay
      // one unnamed mouth («مصادر طبية»: options.sameOrigin).
      const independent = Math.min(e.independent, independentCitations(sources, options.sameOrigin));
      const parts = rep && !split && independent > 1 ? composePoint(own, partSentence(rep), () => cited.slice(1, 1 + PARTS_READ).map(partSentence)) : null;
      const text = parts?.text ?? own;
      const composed = split || parts !== null;
      const point: SummaryPoint = {
        id: stableId('sum', [text, ...sources.map((s) => s.sourceId)]),
        included: true,
        edited: false,
        manual: false,
        text,
        ...(composed ? { composed: true } : {}),
        ...(parts ? { parts: parts.parts } : {}),
        sources,
        independentSources: independent,
        event: {
          // The event's one date, as its timeline entry will read it (timeline/event-dates-agree.ts).
          ...(e.date ? { date: e.date.date, approximate: e.date.approximate || e.date.range !== undefined, ...(e.date.range ? { range: e.date.range } : {}) } : {}),
          ...(e.date && e.yearFrom ? { dateBasis: 'inferred' as const, yearFrom: e.yearFrom } : {}),
          actors: [],
          places: [],
          ...(e.background ? { background: true } : {}),
        },
      };
      return { point, event: [...sources, ...disputing] };
    });
  return { points: told.map((t) => t.point), events: told.map((t) => t.event) };
}
