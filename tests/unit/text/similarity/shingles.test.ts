import { describe, expect, it } from 'vitest';
import { jaccard, shingleTexts, shingles } from '../../../../main/text/similarity/shingles.ts';

describe('shingles', () => {
  it('gives the word 3-shingles in order, one shingle for a short text and none for an empty one', () => {
    expect(shingleTexts(['a', 'b', 'c', 'd'])).toEqual(['a b c', 'b c d']);
    expect(shingleTexts(['a', 'b'])).toEqual(['a b']);
    expect(shingleTexts([])).toEqual([]);
    expect(shingles(['a', 'b', 'c', 'a', 'b', 'c']).size).toBe(3);
  });

  it('computes the same Jaccard similarity on sets and on sorted hash arrays', () => {
    expect(jaccard(new Set(['x', 'y', 'z']), new Set(['y', 'z', 'w']), 0)).toBe(0.5);
    expect(jaccard(Uint32Array.of(1, 2, 3), Uint32Array.of(2, 3, 4), 0)).toBe(0.5);
    expect(jaccard(new Set(['x']), new Set<string>(), 1)).toBe(0);
  });

  it('answers what the caller says for two empty sets', () => {
    expect(jaccard(new Set<string>(), new Set<string>(), 0)).toBe(0);
    expect(jaccard(new Uint32Array(0), new Uint32Array(0), 1)).toBe(1);
  });
});
