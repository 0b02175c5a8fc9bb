import { describe, expect, it } from 'vitest';
import { trainCrf } from '../../../../main/analysis/ner/crf.ts';
import { mixWeights, recordedSettings, trainBoth, trainWeights } from '../../../../main/analysis/ner/learner.ts';
import { trainPerceptron } from '../../../../main/analysis/ner/perceptron.ts';
import type { TrainedWeights, TrainingSentence } from '../../../../main/analysis/ner/perceptron.ts';
import { tagIndex } from '../../../../main/analysis/ner/tags.ts';
import { TrainingSettings } from '../../../../main/analysis/ner/training-inputs.ts';

const tag = (name: string): number => tagIndex(name) ?? 0;

// A toy task: word 1 opens a person, word 2 continues one, word 3 is a place, word 4 is nothing; word 5 is seen once
// (dropped by minCount 2, so both learners must drop it alike).
const toy = (words: number[]): TrainingSentence => {
  const tagOf = (w: number, prev: number | undefined): number => (w === 1 ? tag('B-PERS') : w === 2 ? (prev === 1 || prev === 2 ? tag('I-PERS') : tag('O')) : w === 3 ? tag('B-LOC') : tag('O'));
  return { features: words.map((w) => Uint32Array.of(w * 1000 + 7, 99)), lexical: new Uint8Array(words.length).fill(1), tags: words.map((w, i) => tagOf(w, words[i - 1])) };
};
const sentences = [[1, 2, 4, 3], [4, 1, 4], [3, 4, 1, 2, 2], [4, 4, 3, 3], [1, 4, 2, 3, 5]].map(toy);
const common = { epochs: 5, seed: 3, minCount: 2, wordDropout: 0.2 };
const crf = { l2: 0.1, step: 0.5, average: true, scale: 7 };
const values = (w: TrainedWeights): number[][] => [Array.from(w.hashes), Array.from(w.weights), Array.from(w.transitions)];

describe('the summed learner', () => {
  it('weighs the perceptron by 1 − share and the scaled CRF by share, weights and transitions alike', () => {
    const perceptron = trainPerceptron(sentences, common);
    const alone = trainCrf(sentences, { ...common, ...crf });
    const scaled = { hashes: alone.hashes, weights: alone.weights.map((x) => x * crf.scale), transitions: alone.transitions.map((x) => x * crf.scale) };
    const mixed = trainWeights(sentences, { ...common, crf: { ...crf, share: 0.3 } });
    expect(Array.from(mixed.hashes)).toEqual(Array.from(perceptron.hashes));
    mixed.weights.forEach((x, k) => expect(x).toBeCloseTo(0.7 * (perceptron.weights[k] ?? 0) + 0.3 * (scaled.weights[k] ?? 0), 9));
    mixed.transitions.forEach((x, k) => expect(x).toBeCloseTo(0.7 * (perceptron.transitions[k] ?? 0) + 0.3 * (scaled.transitions[k] ?? 0), 9));
    // The two ends are the learners alone.
    expect(values(mixWeights(perceptron, scaled, 0))).toEqual(values(perceptron));
    expect(values(mixWeights(perceptron, scaled, 1))).toEqual(values(scaled));
  });

  it('shows each epoch both learners as trained for that many epochs', () => {
    const seen: [TrainedWeights, TrainedWeights][] = [];
    trainBoth(sentences, { ...common, crf }, (_, p, c) => seen.push([p, c]));
    expect(seen).toHaveLength(common.epochs);
    const at3 = seen[2] ?? expect.fail('no third epoch');
    expect(values(at3[0])).toEqual(values(trainPerceptron(sentences, { ...common, epochs: 3 })));
    const crf3 = trainCrf(sentences, { ...common, ...crf, epochs: 3 });
    expect(Array.from(at3[1].weights)).toEqual(Array.from(crf3.weights, (x) => x * crf.scale));
  });

  it('refuses weights over different features', () => {
    const a = trainPerceptron(sentences, common);
    const b = trainPerceptron(sentences.slice(0, 2), common);
    expect(() => mixWeights(a, b, 0.5)).toThrow('different features');
  });

  it("records the sum as its own learner with the CRF's share, which a model header accepts", () => {
    const recorded = recordedSettings({ ...common, crf: { ...crf, share: 0.5 } });
    expect(recorded).toEqual({ ...common, learner: 'sum', ...crf, share: 0.5 });
    expect(TrainingSettings.parse(recorded)).toEqual(recorded);
    expect(recordedSettings({ ...common, crf })).toEqual({ ...common, learner: 'crf', ...crf });
    expect(TrainingSettings.safeParse({ ...recorded, share: 1 }).success).toBe(false);
    // A share belongs to the sum alone: a CRF's header with one, or a sum's without, was written by no trainer.
    expect(TrainingSettings.safeParse({ ...recorded, learner: 'crf' }).success).toBe(false);
    expect(TrainingSettings.safeParse({ ...recorded, share: undefined }).success).toBe(false);
  });
});
