/**
 * A selection's content stems with a verb and its verbal noun made one (text/arabic/verbal-root.ts): «اجتمع» in one
 * outlet and «اجتماع» in another, «وقعتا» and «وقع», «ينهي» and «إنهاء». A word takes its verbal key only when that
 * key unites two stems the selection holds — two surface stems with one key, or a key that is itself some word's stem
 * («قصفت» → «قصف», the stem of «القصف») — so that a name that merely looks like a verb («تونس» read as the imperfect
 * of «ونس») keeps its own stem, one with its other forms («التونسية»). Keys are read once per distinct word.
 *
 * Only the words that tell a sentence's own event take the key: those of its first PREDICATE_ZONE words, where news
 * puts its verb or verbal noun after the subject and before the object's clauses («وقعت الحكومة والنقابة مساء
 * الخميس اتفاقا ينهي الإضراب»). Further on a verbal noun tells a circumstance of something said («… قبل التوقيع على
 * اتفاق»), and uniting it would join a statement about the story to the event it only mentions.
 */
import { verbalKeyOf, verbalKeyOfWritten } from '../../text/arabic/verbal-root.ts';
import { contentWords } from '../timeline/similarity.ts';
import { contentTermWords } from './bag-of-words.ts';
import { similarityIndex, type SimilarityIndex } from './similarity-index.ts';
import { tfidfVectors, type SparseVector } from './tfidf.ts';

const PREDICATE_ZONE = 12;

/** Maps a light stem to the key it shares with the selection's other forms of its verb, or to itself. */
export type Unite = (stem: string) => string;

export interface VerbalStems {
  unite: Unite;
  /** Sentence i's content stems (timeline/similarity's contentWords), a united word's key for its stem. */
  stemsOf: (i: number) => Set<string>;
  /** The stems of sentence i's words outside token ranges [from, to) (relative clauses told of a known thing). */
  stemsOutside: (i: number, ranges: readonly (readonly [number, number])[]) => Set<string>;
  /**
   * Sentence i's TF-IDF terms (bag-of-words.ts), a united word's key for its term; null when no word of the selection
   * unites with another: grouping's cosine then reads the summary's own vectors.
   */
  termsOf: ((i: number) => string[]) | null;
}

/** The uniting of one selection's sentences (their texts). */
export function verbalStems(texts: readonly string[]): VerbalStems {
  const words = texts.map((t) => contentWords(t, verbalKeyOfWritten));
  const stems = new Set<string>();
  const surfaces = new Map<string, Set<string>>();
  for (const list of words) {
    for (const { key, stem, at } of list) {
      const k = at < PREDICATE_ZONE ? verbalKeyOf(key) : null;
      if (k === null || k === stem) {
        stems.add(stem);
        continue;
      }
      let set = surfaces.get(k);
      if (!set) surfaces.set(k, (set = new Set()));
      set.add(stem);
    }
  }
  const unites = (k: string | null): k is string => k !== null && ((surfaces.get(k)?.size ?? 0) >= 2 || stems.has(k));
  const ofWord = (key: string, at: number): string | null => {
    const k = at < PREDICATE_ZONE ? verbalKeyOf(key) : null;
    return unites(k) ? k : null;
  };
  // A stem the selection's words read to one united key, for the stems of the words that tell a sentence's senses.
  const byStem = new Map<string, string | null>();
  for (const list of words) {
    for (const { key, stem, at } of list) {
      const k = ofWord(key, at);
      const before = byStem.get(stem);
      if (before === undefined) byStem.set(stem, k);
      else if (before !== k) byStem.set(stem, null);
    }
  }
  const unite: Unite = (stem) => byStem.get(stem) ?? stem;
  const any = [...surfaces.keys()].some(unites);
  const stemsOutside: VerbalStems['stemsOutside'] = (i, ranges) =>
    new Set((words[i] ?? []).filter((w) => !ranges.some(([from, to]) => w.at >= from && w.at < to)).map((w) => ofWord(w.key, w.at) ?? w.stem));
  return {
    unite,
    stemsOf: (i) => stemsOutside(i, []),
    stemsOutside,
    termsOf: any ? (i) => contentTermWords(texts[i] ?? '').map((w) => ofWord(w.key, w.at) ?? w.term) : null,
  };
}

/**
 * Grouping's TF-IDF vectors and their similarity index for `count` units: the summary's own when the selection
 * unites no verb with its noun; else vectors over the united terms (VerbalStems.termsOf), with `summaryNear`: the
 * units the summary's own vectors bring within a threshold of unit i. Uniting words adds candidate pairs, and the
 * idf it shifts may take a pair below a threshold its own words reached: a decider that asks for a floor below the
 * rules' (a learned scorer, event-pair-decider.ts) is offered both, so that uniting takes no pair away from it. The
 * rules join no pair below their floor, whichever index offers it, so they need only the grouping's.
 */
export function groupingVectors(
  verbal: VerbalStems,
  count: number,
  summary: { vectors: readonly SparseVector[]; index: SimilarityIndex },
): { vectors: readonly SparseVector[]; index: SimilarityIndex; summaryNear?: (i: number, threshold: number) => readonly number[] } {
  const termsOf = verbal.termsOf;
  if (termsOf === null) return summary;
  const vectors = tfidfVectors(Array.from({ length: count }, (_, i) => termsOf(i)));
  return { vectors, index: similarityIndex(vectors), summaryNear: (i, threshold) => summary.index.candidates(summary.vectors[i] ?? new Map<string, number>(), threshold) };
}
