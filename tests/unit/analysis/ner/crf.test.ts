import { describe, expect, it } from 'vitest';
import { marginals, sentenceGradient, trainCrf } from '../../../../main/analysis/ner/crf.ts';
import { decodeRows } from '../../../../main/analysis/ner/perceptron.ts';
import { seededPermutation } from '../../../../main/analysis/ner/seeded-shuffle.ts';
import type { TrainingSentence } from '../../../../main/analysis/ner/perceptron.ts';
import { TAG_COUNT, tagIndex } from '../../../../main/analysis/ner/tags.ts';
import { allSequences, numbers } from './tag-sequences.ts';

const T = TAG_COUNT;

const tag = (name: string): number => tagIndex(name) ?? 0;

describe('the CRF', () => {
  it('gives a sentence the log-probability that brute force over every legal sequence gives, and marginals that sum to one', () => {
    const random = numbers(7, 2);
    const n = 4;
    const emissions = Float64Array.from({ length: n * T }, random);
    const transitions = Float64Array.from({ length: (T + 1) * T }, random);
    const gold = [tag('B-PERS'), tag('I-PERS'), tag('O'), tag('B-LOC')];
    const sequences = allSequences(n, emissions, transitions);
    const logZ = Math.log(sequences.reduce((s, q) => s + Math.exp(q.score), 0));
    const goldScore = sequences.find((q) => q.tags.join() === gold.join())?.score ?? NaN;
    const m = marginals(emissions, transitions, gold);
    expect(m.logLikelihood).toBeCloseTo(goldScore - logZ, 10);
    for (let i = 0; i < n; i++) expect(Array.from(m.unary.subarray(i * T, (i + 1) * T)).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    // P(B-PERS at 1) by brute force.
    const p = sequences.filter((q) => q.tags[1] === tag('B-PERS')).reduce((s, q) => s + Math.exp(q.score - logZ), 0);
    expect(m.unary[T + tag('B-PERS')]).toBeCloseTo(p, 10);
  });

  it('computes the gradient of the log-likelihood that finite differences give, weights and transitions', () => {
    const random = numbers(11, 2);
    const features = 5;
    const weights = Float64Array.from({ length: features * T }, random);
    const transitions = Float64Array.from({ length: (T + 1) * T }, random);
    const rows = [Int32Array.of(0, 1), Int32Array.of(1, 2, 3), Int32Array.of(4), Int32Array.of(0, 4)];
    const gold = [tag('B-ORG'), tag('I-ORG'), tag('I-ORG'), tag('O')];
    const scale = 0.7;
    const gradW = new Float64Array(weights.length);
    const gradT = new Float64Array(transitions.length);
    sentenceGradient(rows, gold, weights, transitions, scale, [{ weights: gradW, transitions: gradT, gain: 1 }]);
    const ll = (w: Float64Array, t: Float64Array): number => sentenceGradient(rows, gold, w, t, scale, []);
    const h = 1e-5;
    // The gradient is with respect to the scaled weights (scale · v): the finite difference over v divided by scale.
    // The central difference of the log-likelihood in entry k of `values` (the weights or the transitions).
    const slope = (values: Float64Array, k: number, at: (changed: Float64Array) => number): number => {
      const up = Float64Array.from(values);
      const down = Float64Array.from(values);
      up[k] = (up[k] ?? 0) + h;
      down[k] = (down[k] ?? 0) - h;
      return (at(up) - at(down)) / (2 * h) / scale;
    };
    weights.forEach((_, k) => expect(gradW[k]).toBeCloseTo(slope(weights, k, (w) => ll(w, transitions)), 6));
    transitions.forEach((_, k) => expect(gradT[k]).toBeCloseTo(slope(transitions, k, (t) => ll(weights, t)), 6));
  });

  // A toy task: word 1 opens a person, word 2 continues one, word 3 is a place, word 4 is nothing.
  const toy = (words: number[]): TrainingSentence => {
    const tagOf = (w: number, prev: number | undefined): number => (w === 1 ? tag('B-PERS') : w === 2 ? (prev === 1 || prev === 2 ? tag('I-PERS') : tag('O')) : w === 3 ? tag('B-LOC') : tag('O'));
    return { features: words.map((w) => Uint32Array.of(w * 1000 + 7)), lexical: new Uint8Array(words.length), tags: words.map((w, i) => tagOf(w, words[i - 1])) };
  };
  const sentences = [[1, 2, 4, 3], [4, 1, 4], [3, 4, 1, 2, 2], [4, 4, 3, 3], [1, 4, 2, 3]].map(toy);
  const options = { epochs: 30, seed: 5, minCount: 1, wordDropout: 0, l2: 0.1, step: 0.5, average: false };

  it.each([false, true])('learns a separable toy sequence task, and tags a sentence it was not trained on (averaged: %s)', (average) => {
    const w = trainCrf(sentences, { ...options, average });
    const rowOf = new Map<number, number>();
    w.hashes.forEach((h, r) => rowOf.set(h, r));
    const decode = (s: TrainingSentence): number[] => decodeRows(s.features.map((f) => Int32Array.from(f, (h) => rowOf.get(h) ?? -1)), w.weights, w.transitions);
    for (const s of sentences) expect(decode(s)).toEqual(s.tags);
    const unseen = toy([3, 1, 2, 2, 4, 1]);
    expect(decode(unseen)).toEqual(unseen.tags);
  });

  it('averages the weights of every step, as a plain dense SGD summing them step by step does', () => {
    // A penalty strong enough that the common scale falls far below 1.
    const strong = { ...options, epochs: 4, l2: 4, step: 0.6, average: true };
    const w = trainCrf(sentences, strong);
    const hashes = Array.from(w.hashes);
    const rows = sentences.map((s) => s.features.map((f) => Int32Array.from(f, (h) => hashes.indexOf(h))));
    const dense = new Float64Array(hashes.length * T);
    const denseT = new Float64Array((T + 1) * T);
    const sum = new Float64Array(dense.length);
    const sumT = new Float64Array(denseT.length);
    const lambda = (2 * strong.l2) / sentences.length;
    let seen = 0;
    for (let epoch = 1; epoch <= strong.epochs; epoch++) {
      for (const index of seededPermutation(sentences.length, strong.seed + epoch)) {
        const eta = strong.step / (1 + strong.step * lambda * seen);
        for (let k = 0; k < dense.length; k++) dense[k] = (dense[k] ?? 0) * (1 - eta * lambda);
        for (let k = 0; k < denseT.length; k++) denseT[k] = (denseT[k] ?? 0) * (1 - eta * lambda);
        sentenceGradient(rows[index] ?? [], sentences[index]?.tags ?? [], dense, denseT, 1, [{ weights: dense, transitions: denseT, gain: eta }]);
        for (let k = 0; k < dense.length; k++) sum[k] = (sum[k] ?? 0) + (dense[k] ?? 0);
        for (let k = 0; k < denseT.length; k++) sumT[k] = (sumT[k] ?? 0) + (denseT[k] ?? 0);
        seen++;
      }
    }
    w.weights.forEach((x, k) => expect(x).toBeCloseTo((sum[k] ?? 0) / seen, 9));
    w.transitions.forEach((x, k) => expect(x).toBeCloseTo((sumT[k] ?? 0) / seen, 9));
  });

  it('gives the same weights for the same seed, and its loss falls', () => {
    const losses: number[] = [];
    const a = trainCrf(sentences, { ...options, average: true }, (_, __, loss) => losses.push(loss));
    const b = trainCrf(sentences, { ...options, average: true });
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    expect(Array.from(a.transitions)).toEqual(Array.from(b.transitions));
    expect(Array.from(a.hashes)).toEqual(Array.from(b.hashes));
    expect(losses.at(-1)).toBeLessThan((losses[0] ?? 0) / 2);
  });
});
