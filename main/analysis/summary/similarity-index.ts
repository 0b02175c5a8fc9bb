import { cosine, type SparseVector } from './tfidf.ts';

/**
 * An inverted index over unit TF-IDF vectors (term → postings), built once per collection, that answers
 * "which vectors may have a cosine of at least t with this one" without comparing against every vector.
 * Callers keep their own exact test (`cosine(a, b) >= t`) on the candidates, so results are those of the
 * all-pairs scan, bit for bit: the index only skips vectors that cannot reach the threshold.
 */
export interface SimilarityIndex {
  /**
   * Indices (ascending) of every vector whose cosine with `query` may reach `threshold`: a superset of
   * those that do, since the dot products here are summed in another order than `cosine` sums them.
   */
  candidates(query: SparseVector, threshold: number): readonly number[];
}

interface Postings {
  ids: number[];
  weights: number[];
  /** The largest weight of the term in any vector: bounds what the term can add to a dot product. */
  max: number;
}

// Dot products summed in another order differ from `cosine` in the last bits only; this margin keeps every
// vector that `cosine` could put at or above the threshold.
const MARGIN = 1e-9;
const MEMO_LIMIT = 20_000;

/**
 * Builds the index (after Bayardo, Ma & Srikant 2007, "Scaling up all pairs similarity search": prefix
 * filtering on per-term maximum weights). TF-IDF weights are positive, so two vectors with a cosine above
 * zero share a term.
 */
export function similarityIndex(vectors: readonly SparseVector[]): SimilarityIndex {
  const postings = new Map<string, Postings>();
  vectors.forEach((v, id) => {
    for (const [term, w] of v) {
      let p = postings.get(term);
      if (!p) {
        p = { ids: [], weights: [], max: 0 };
        postings.set(term, p);
      }
      p.ids.push(id);
      p.weights.push(w);
      if (w > p.max) p.max = w;
    }
  });
  const scores = new Float64Array(vectors.length);
  const touched = new Uint8Array(vectors.length);
  // Answers by query content: wire copy puts the same sentence in many sources, and each asks the same.
  const answered = new Map<string, readonly number[]>();

  const search = (query: SparseVector, threshold: number): number[] => {
    // Prefix filtering: the query's terms, rarest first. The commonest terms form a suffix that cannot
    // reach the threshold alone (bounded by the terms' largest weights, and by the suffix's own length,
    // since every vector has unit length), so a vector sharing no term before it cannot reach the
    // threshold: the suffix's long postings are never walked, only looked up in the candidates found.
    const terms: { term: string; p: Postings; w: number }[] = [];
    for (const [term, w] of query) {
      const p = postings.get(term);
      if (p) terms.push({ term, p, w });
    }
    terms.sort((a, b) => a.p.ids.length - b.p.ids.length);
    let walked = terms.length;
    let byMax = 0;
    let squares = 0;
    while (walked > 0) {
      const t = terms[walked - 1];
      if (!t) break;
      const nextMax = byMax + t.w * t.p.max;
      const nextSquares = squares + t.w * t.w;
      if (Math.min(nextMax, Math.sqrt(nextSquares)) >= threshold - MARGIN) break;
      byMax = nextMax;
      squares = nextSquares;
      walked--;
    }
    const hit: number[] = [];
    terms.forEach(({ term, p, w }, k) => {
      if (k < walked) {
        for (let n = 0; n < p.ids.length; n++) {
          const id = p.ids[n] ?? 0;
          if (!touched[id]) {
            touched[id] = 1;
            hit.push(id);
          }
          scores[id] = (scores[id] ?? 0) + w * (p.weights[n] ?? 0);
        }
      } else {
        for (const id of hit) {
          const x = vectors[id]?.get(term);
          if (x !== undefined) scores[id] = (scores[id] ?? 0) + w * x;
        }
      }
    });
    const out: number[] = [];
    for (const id of hit) {
      if ((scores[id] ?? 0) >= threshold - MARGIN) out.push(id);
      scores[id] = 0;
      touched[id] = 0;
    }
    return out.sort((a, b) => a - b);
  };

  return {
    candidates(query, threshold) {
      // Vectors that share no term have a cosine of 0, which only a threshold of 0 admits.
      if (threshold <= MARGIN) return vectors.map((_, id) => id);
      let key = String(threshold);
      for (const [term, w] of query) key += `\u0000${term}\u0001${w}`;
      const known = answered.get(key);
      if (known !== undefined) return known;
      if (answered.size >= MEMO_LIMIT) answered.clear();
      const found = Object.freeze(search(query, threshold));
      answered.set(key, found);
      return found;
    },
  };
}

/**
 * Every pair i < j with cosine(vectors[i], vectors[j]) ≥ threshold, in (i, j) order: exactly the pairs the
 * all-pairs scan finds, found through the index.
 */
export function similarPairs(vectors: readonly SparseVector[], threshold: number, index = similarityIndex(vectors)): [number, number][] {
  const out: [number, number][] = [];
  vectors.forEach((v, i) => {
    for (const j of index.candidates(v, threshold)) {
      const w = vectors[j];
      if (j > i && w && cosine(v, w) >= threshold) out.push([i, j]);
    }
  });
  return out;
}
