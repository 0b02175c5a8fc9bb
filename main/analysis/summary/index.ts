import type { ArticleRecord } from '../../model/article.ts';
import type { SummaryPoint } from '../../model/brief.ts';
import { summaryCandidates, type Candidate } from './candidates.ts';
import { contentTerms } from './bag-of-words.ts';
import { tfidfVectors, cosine } from './tfidf.ts';
import { similarityIndex } from './similarity-index.ts';
import { shingles, nearDuplicateClusters } from './near-duplicates.ts';
import { lexRank } from './lexrank.ts';
import { selectMmr } from './mmr.ts';
import { topicMatcher, type Topic } from './topic-relevance.ts';
import { pointText } from './point-text.ts';
import { sourceRanks } from './source-order.ts';
import { stableId } from './stable-id.ts';

export type { Topic } from './topic-relevance.ts';

export interface SummaryOptions {
  /** The analyst's selected topics: sentences that name them rank higher. */
  topics?: Topic[];
  /** Points to aim for when the material allows (default 5). */
  minPoints?: number;
  /** Points never to exceed (default 8). */
  maxPoints?: number;
}

// Above this many sentences the similarity graph is trimmed to the leading sentences of every article,
// which is where news puts its substance; this keeps the O(n²) graph small for large selections.
const MAX_SENTENCES = 1500;
const WIRE_COPY = 0.7;
// Lead sentences carry the news (§4 step 5: ×1.2–1.5 for the lead).
const POSITION_PRIOR = [1.5, 1.3, 1.15];
const TOPIC_WEIGHT = 0.4;
const TOPIC_CAP = 3;

interface Unit {
  /** Members of a near-duplicate cluster, the representative first. */
  members: Candidate[];
  terms: string[];
}

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
      .sort((a, b) => Number(a.anaphoric) - Number(b.anaphoric) || (ranks[a.articleIndex] ?? 0) - (ranks[b.articleIndex] ?? 0) || a.start - b.start);
    const first = members[0];
    return { members, terms: first ? contentTerms(first.text) : [] };
  });
}

/**
 * Extractive multi-document summary (team notes §4): sentences → wire-copy merging (word 3-shingle Jaccard
 * ≥ 0.7, counted once and cited from every source) → TF-IDF over Light10 stems → LexRank centrality ×
 * lead-position prior × topic relevance → MMR selection (λ 0.7) with source coverage → ordered by source
 * date, then position. Every citation quotes its sentence exactly as in the source body.
 */
export function summarise(articles: ArticleRecord[], options: SummaryOptions = {}): SummaryPoint[] {
  const maxPoints = Math.max(1, options.maxPoints ?? 8);
  const minPoints = Math.min(maxPoints, Math.max(1, options.minPoints ?? 5));
  const ranks = sourceRanks(articles);
  const units = buildUnits(trimmed(summaryCandidates(articles)), ranks);
  if (units.length === 0) return [];

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

  // A sentence that leans on the one before it («وأضاف …») stands only after that sentence, or when the
  // material is too thin to do without it.
  const selfStanding = units.filter((u) => !u.members[0]?.anaphoric).length;
  const previous = units.map((u) => {
    const m = u.members[0];
    if (!m || !m.anaphoric) return -1;
    return units.findIndex((o) => o.members.some((x) => x.articleIndex === m.articleIndex && x.position === m.position - 1));
  });
  const picked = selectMmr(relevance, sim, (i) => units[i]?.members.map((m) => m.sourceId) ?? [], {
    min: minPoints,
    max: maxPoints,
    eligible: (i, sofar) => {
      const p = previous[i] ?? -1;
      return p === -1 && !units[i]?.members[0]?.anaphoric ? true : (p >= 0 && sofar.includes(p)) || selfStanding < minPoints;
    },
  });

  return picked
    .map((i) => units[i])
    .filter((u): u is Unit => u !== undefined)
    .sort((a, b) => {
      const x = a.members[0];
      const y = b.members[0];
      if (!x || !y) return 0;
      return (ranks[x.articleIndex] ?? 0) - (ranks[y.articleIndex] ?? 0) || x.start - y.start;
    })
    .map((u) => {
      const seen = new Set<string>();
      const sources = u.members
        .slice()
        .sort((a, b) => (ranks[a.articleIndex] ?? 0) - (ranks[b.articleIndex] ?? 0) || a.start - b.start)
        .filter((m) => (seen.has(m.sourceId) ? false : (seen.add(m.sourceId), true)))
        .map((m) => ({ sourceId: m.sourceId, quote: m.text }));
      const rep = u.members[0];
      const text = rep ? pointText(rep.text) : '';
      return {
        id: stableId('sum', [text, ...sources.map((s) => s.sourceId)]),
        included: true,
        edited: false,
        manual: false,
        text,
        sources,
      };
    });
}
