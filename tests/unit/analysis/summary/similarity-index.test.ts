import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cosine, tfidfVectors, type SparseVector } from '../../../../main/analysis/summary/tfidf.ts';
import { similarityIndex, similarPairs } from '../../../../main/analysis/summary/similarity-index.ts';
import { lexRank } from '../../../../main/analysis/summary/lexrank.ts';

function allPairs(vectors: readonly SparseVector[], threshold: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < vectors.length; i++) {
    for (let j = i + 1; j < vectors.length; j++) {
      const a = vectors[i];
      const b = vectors[j];
      if (a && b && cosine(a, b) >= threshold) out.push([i, j]);
    }
  }
  return out;
}

// Documents over a small vocabulary, so that many share terms, some repeat exactly and some are empty.
const documents = fc.array(fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'), { maxLength: 8 }), { maxLength: 40 });
const threshold = fc.constantFrom(0.05, 0.1, 0.35, 0.5, 0.7, 0.999, 1);

describe('similarity index', () => {
  it('finds exactly the pairs of the all-pairs scan', () => {
    fc.assert(
      fc.property(documents, threshold, (docs, t) => {
        const vectors = tfidfVectors(docs);
        expect(similarPairs(vectors, t)).toEqual(allPairs(vectors, t));
      }),
      { numRuns: 300 },
    );
  });

  it('names, in ascending order, every vector that reaches the threshold with a query', () => {
    fc.assert(
      fc.property(documents, fc.nat(), threshold, (docs, pick, t) => {
        const vectors = tfidfVectors(docs);
        const query = vectors[pick % Math.max(1, vectors.length)] ?? new Map<string, number>();
        const found = similarityIndex(vectors).candidates(query, t);
        expect(found).toEqual([...found].sort((a, b) => a - b));
        const expected = vectors.map((v, i) => (cosine(query, v) >= t ? i : -1)).filter((i) => i >= 0);
        for (const i of expected) expect(found).toContain(i);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps unrelated vectors out', () => {
    const vectors = tfidfVectors([['حكومه', 'عراق'], ['حكومه', 'عراق'], ['مطر', 'غزير']]);
    expect(similarityIndex(vectors).candidates(vectors[0] ?? new Map(), 0.5)).toEqual([0, 1]);
  });

  it('admits every vector at a threshold of 0, as the all-pairs scan does', () => {
    const vectors = tfidfVectors([['a'], ['b'], []]);
    expect(similarPairs(vectors, 0)).toEqual([[0, 1], [0, 2], [1, 2]]);
  });

  it('gives LexRank the same graph, so the same centralities, bit for bit', () => {
    fc.assert(
      fc.property(documents, (docs) => {
        const vectors = tfidfVectors(docs);
        const sim = (i: number, j: number): number => (i === j ? 1 : cosine(vectors[i] ?? new Map(), vectors[j] ?? new Map()));
        const index = similarityIndex(vectors);
        const indexed = lexRank(vectors.length, sim, { neighbours: (i, t) => index.candidates(vectors[i] ?? new Map(), t) });
        expect(indexed).toEqual(lexRank(vectors.length, sim));
      }),
      { numRuns: 200 },
    );
  });
});
