import { describe, expect, it } from 'vitest';
import type { TrainedWeights, TrainingSentence } from '../../../../main/analysis/ner/perceptron.ts';
import { documentFolds, jackknifeTags, trainingOrder, withDocumentFeatures } from '../../../../main/analysis/ner/stacking.ts';
import type { TrainingDocument } from '../../../../main/analysis/ner/stacking.ts';
import { tagIndex, TAG_COUNT } from '../../../../main/analysis/ner/tags.ts';

// A document whose one sentence's one token carries the document's number as its only feature.
const doc = (n: number, repeat = 1): TrainingDocument => ({ tokens: [[`كلمة${n}`]], sentences: [{ features: [Uint32Array.of(n)], lexical: Uint8Array.of(1), tags: [0] }], repeat });
const number = (s: TrainingSentence): number => s.features[0]?.[0] ?? -1;

describe('stacking', () => {
  it('reads every document once, then again those read more often, pass by pass', () => {
    expect(trainingOrder([doc(1), doc(2, 3), doc(3, 0), doc(4, 2)]).map(number)).toEqual([1, 2, 4, 2, 4, 2]);
  });

  it('cuts the corpus\'s documents into contiguous folds and deals the rest in turn', () => {
    expect(documentFolds(9, 6, 3)).toEqual([0, 0, 1, 1, 2, 2, 0, 1, 2]);
  });

  it('tags each fold with weights learnt without it', () => {
    const docs = [doc(1), doc(2), doc(3), doc(4)];
    const B_PERS = tagIndex('B-PERS') ?? 1;
    // Weights that tag a document B-PERS when its feature was trained on: a leak would show as a B-PERS.
    const train = (sentences: TrainingSentence[]): TrainedWeights => {
      const seen = [...new Set(sentences.map(number))].sort((a, b) => a - b);
      const weights = new Float64Array(seen.length * TAG_COUNT);
      seen.forEach((_, r) => { weights[r * TAG_COUNT + B_PERS] = 1; });
      return { hashes: Uint32Array.from(seen), weights, transitions: new Float64Array((TAG_COUNT + 1) * TAG_COUNT) };
    };
    const tags = jackknifeTags(docs, documentFolds(4, 4, 2), train);
    expect(tags).toEqual([[[0]], [[0]], [[0]], [[0]]]);
    // Trained on everything, each is tagged B-PERS: the weights above can tell.
    expect(jackknifeTags(docs, [0, 0, 0, 0], () => train(trainingOrder(docs)))).toEqual([[[B_PERS]], [[B_PERS]], [[B_PERS]], [[B_PERS]]]);
  });

  it('puts the document features after each token\'s own, keeping which lead', () => {
    const d: TrainingDocument = { tokens: [['زار', 'مارلو'], ['قال', 'مارلو']], sentences: [0, 1].map(() => ({ features: [Uint32Array.of(7), Uint32Array.of(8, 9)], lexical: Uint8Array.of(1, 1), tags: [0, 0] })), repeat: 1 };
    const B_PERS = tagIndex('B-PERS') ?? 1;
    const out = withDocumentFeatures(d, [[0, B_PERS], [0, 0]]);
    expect(Array.from(out[1]?.features[1]?.subarray(0, 2) ?? [])).toEqual([8, 9]);
    expect(out[1]?.features[1]?.length).toBeGreaterThan(2);
    expect(Array.from(out[1]?.lexical ?? [])).toEqual([1, 1]);
  });
});
