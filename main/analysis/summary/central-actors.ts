/**
 * How central to the selection the actors a sentence names are (issue 14: points ordered by weight, "actors central
 * to the selection" among it). An actor's centrality is the share of the selection's sources that cite it; a
 * sentence's is that of the most central person or organisation it names. Places are left out: a story's country
 * is named by every source and would weigh every sentence alike.
 */
import type { Actor } from '../../model/brief.ts';
import { citationKey } from '../../model/citation-key.ts';

/** What the summary reads of an actor: its type and the sentences citing it (the actors stage's citations). */
export type ActorCitations = Pick<Actor, 'type' | 'sources'>;

/** A sentence's centrality in [0, 1], asked by its source and its sentence as quoted. */
export type SentenceCentrality = (sourceId: string, sentence: string) => number;

const NONE: SentenceCentrality = () => 0;

/**
 * Each sentence's centrality from the actors' citations, counted over `sourceIds` only (an actor of an article kept
 * out of the summary does not make the story's sentences central). An actor one source alone names is central to
 * nothing: its share counts only from two sources up.
 */
export function sentenceCentrality(actors: readonly ActorCitations[], sourceIds: readonly string[]): SentenceCentrality {
  const within = new Set(sourceIds);
  if (within.size < 2) return NONE;
  const bySentence = new Map<string, number>();
  for (const actor of actors) {
    if (actor.type === 'place') continue;
    const cites = actor.sources.filter((c) => within.has(c.sourceId));
    const sources = new Set(cites.map((c) => c.sourceId)).size;
    if (sources < 2) continue;
    const share = sources / within.size;
    for (const c of cites) {
      const key = citationKey(c);
      if ((bySentence.get(key) ?? 0) < share) bySentence.set(key, share);
    }
  }
  if (bySentence.size === 0) return NONE;
  return (sourceId, sentence) => bySentence.get(citationKey({ sourceId, quote: sentence })) ?? 0;
}
