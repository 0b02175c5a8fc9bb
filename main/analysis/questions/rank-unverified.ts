import { findQuantities, countingSenseOf } from '../../text/arabic/index.ts';
import { cosine } from '../summary/tfidf.ts';
import type { Corpus, CorpusSentence } from './corpus.ts';
import type { Draft } from './draft.ts';

/** At most this many unverified-claim questions per brief: more buries the ones that matter (§5.2, ranking). */
export const MAX_UNVERIFIED = 6;
// Another source reporting much the same sentence confirms it in part.
const CONFIRMED = 0.35;
const SHORT = 6;

export interface UnverifiedBasis {
  /** Rests on an unnamed source (not a hedge). */
  unnamed: boolean;
  /** Passes on what a named outlet reported («وفق ما ذكرته الصحيفة»): a source the analyst can check. */
  relayed: boolean;
  /** «قد يعيد»، «من المرجح أن»: a forecast, not a report of fact. */
  speculative: boolean;
}

/**
 * How much an unverified claim needs checking (§5.2: combine the unnamed-source and hedge flags with
 * single-source status): unnamed sources over hedges and forecasts; claims about actions and figures over
 * other statements; claims no other source reports over claims others carry too.
 */
export function unverifiedPriority(corpus: Corpus, group: readonly CorpusSentence[], basis: UnverifiedBasis): number {
  const head = group[0];
  if (!head) return 0;
  let score = basis.unnamed ? 3 : basis.speculative ? 0 : 1;
  if (basis.relayed) score -= 2;
  if (findQuantities(head.text).some((q) => q.unit === 'count' && q.noun !== null)) score += 2;
  if (head.tokens.some((t) => countingSenseOf(t) !== null)) score += 1;
  if (head.tokens.length < SHORT) score -= 1;
  const articles = new Set(group.map((s) => s.articleIndex));
  // Through the similarity index: only sentences that share enough terms with the claim are compared.
  const confirmed = group.some((g) =>
    corpus.similar.candidates(g.vector, CONFIRMED).some((j) => {
      const s = corpus.sentences[j];
      return s !== undefined && !articles.has(s.articleIndex) && cosine(g.vector, s.vector) >= CONFIRMED;
    }),
  );
  score += confirmed ? -2 : 1;
  return score;
}

// A list too short for a third still raises this many: each question folds every claim of its sources on its ground.
const MIN_UNVERIFIED = 2;

/**
 * How many unverified questions a list with `others` other questions (contradictions, denials, unknowns, those about
 * the sources) may hold: no more than a third of the list (2u ≤ others), nor MAX_UNVERIFIED; but MIN_UNVERIFIED at least, so that
 * a selection whose only doubts are unnamed mouths and hedges still raises them.
 */
export function unverifiedCap(others: number): number {
  return Math.min(MAX_UNVERIFIED, Math.max(MIN_UNVERIFIED, Math.floor(others / 2)));
}

/**
 * The `max` drafts of highest priority (on ties an unnamed mouth, which names someone to ask, before a hedge; then
 * earlier first), in their original order.
 */
export function capByPriority(drafts: readonly Draft[], max: number): Draft[] {
  const keep = new Set(
    drafts
      .map((d, i) => ({ d, i }))
      .sort((a, b) => (b.d.priority ?? 0) - (a.d.priority ?? 0) || Number(b.d.unnamed === true) - Number(a.d.unnamed === true) || a.i - b.i)
      .slice(0, max)
      .map((x) => x.d),
  );
  return drafts.filter((d) => keep.has(d));
}
