import { describe, expect, it } from 'vitest';
import { fitPairModel, modelVerdict, pairScores, type PairExample } from '../../../../main/analysis/summary/fit-pair-model.ts';
import { scorePair } from '../../../../main/analysis/summary/event-pair-model.ts';

// Pairs of two features: the first tells one event apart (high for one event), the second is noise; the rules
// join the pairs whose first feature passes 0.8, so they miss some of one event's pairs.
function examples(): PairExample[] {
  const out: PairExample[] = [];
  for (let k = 0; k < 40; k++) {
    const signal = (k % 20) / 20;
    const same = signal >= 0.5;
    out.push({ features: [signal, ((k * 7) % 11) / 11], same, rules: signal >= 0.8 });
  }
  return out;
}

describe('fitting the same-event pair scorer', () => {
  it('learns the feature that tells one event apart, not the noise', () => {
    const m = fitPairModel(examples(), { l2: 0.1, iterations: 30, mode: 'joiner' });
    expect(m.weights[0]).toBeGreaterThan(5);
    expect(Math.abs(m.weights[1] ?? 0)).toBeLessThan(Math.abs(m.weights[0] ?? 0) / 5);
    expect(scorePair(m, [0.9, 0.5])).toBeGreaterThan(0.5);
    expect(scorePair(m, [0.1, 0.5])).toBeLessThan(0.5);
  });

  it('weighs only the features it is allowed, the others keeping weight 0', () => {
    // The examples' two columns stand at the places of PAIR_FEATURES' first two names.
    const signalOnly = fitPairModel(examples(), { l2: 0.1, iterations: 30, mode: 'joiner', only: ['cosine'] });
    expect(signalOnly.weights[0]).toBeGreaterThan(5);
    expect(signalOnly.weights[1]).toBe(0);
    const noiseOnly = fitPairModel(examples(), { l2: 0.1, iterations: 30, mode: 'joiner', only: ['near-identical'] });
    expect(noiseOnly.weights[0]).toBe(0);
    expect(noiseOnly.weights[1]).not.toBe(0);
  });

  it('gives the same weights and threshold, bit for bit, from the same examples', () => {
    const a = fitPairModel(examples(), { l2: 1, iterations: 30, mode: 'union' });
    const b = fitPairModel(examples(), { l2: 1, iterations: 30, mode: 'union' });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('shrinks the weights as the penalty grows', () => {
    const loose = fitPairModel(examples(), { l2: 0.1, iterations: 30, mode: 'joiner' });
    const tight = fitPairModel(examples(), { l2: 100, iterations: 30, mode: 'joiner' });
    expect(Math.abs(tight.weights[0] ?? 0)).toBeLessThan(Math.abs(loose.weights[0] ?? 0));
  });

  it('picks the threshold that gives the training pairs their best F1 in its mode', () => {
    const m = fitPairModel(examples(), { l2: 0.1, iterations: 30, mode: 'union' });
    expect(pairScores(examples(), (e) => modelVerdict(m, e)).f).toBe(1);
    expect(pairScores(examples(), (e) => e.rules).r).toBeLessThan(1);
  });
});

describe('pair precision and recall', () => {
  it('counts agreement with the labels', () => {
    const ex: PairExample[] = [
      { features: [], same: true, rules: true },
      { features: [], same: true, rules: false },
      { features: [], same: false, rules: true },
      { features: [], same: false, rules: false },
    ];
    expect(pairScores(ex, (e) => e.rules)).toEqual({ p: 0.5, r: 0.5, f: 0.5, tp: 1, fp: 1, fn: 1 });
  });
});
