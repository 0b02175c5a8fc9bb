import { describe, expect, it } from 'vitest';
import { selectMmr } from '../../../../main/analysis/summary/mmr.ts';

// Four candidates, none like another, each of its own source; the last is far below the relevance floor.
const relevance = [1, 0.9, 0.8, 0.1];
const unlike = (i: number, j: number): number => (i === j ? 1 : 0);
const sourceOf = (i: number): string[] => [`s${i}`];

describe('MMR selection: the relevance floor and candidates of weight (issue 14, class c)', () => {
  it('stops at the relevance floor once the minimum is reached', () => {
    expect(selectMmr(relevance, unlike, sourceOf, { min: 2, max: 4 })).toEqual([0, 1, 2]);
  });

  it('takes a candidate of weight below the floor while there is room, and never past the maximum', () => {
    expect(selectMmr(relevance, unlike, sourceOf, { min: 2, max: 4, weighty: (i) => i === 3 })).toEqual([0, 1, 2, 3]);
    expect(selectMmr(relevance, unlike, sourceOf, { min: 2, max: 3, weighty: (i) => i === 3 })).toEqual([0, 1, 2]);
  });
});
