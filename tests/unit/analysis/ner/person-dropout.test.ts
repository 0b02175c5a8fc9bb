import { describe, expect, it } from 'vitest';
import { trainCrf } from '../../../../main/analysis/ner/crf.ts';
import { recordedSettings } from '../../../../main/analysis/ner/learner.ts';
import { hiddenWord, trainPerceptron } from '../../../../main/analysis/ner/perceptron.ts';
import type { TrainingSentence } from '../../../../main/analysis/ner/perceptron.ts';
import { TAG_COUNT, tagIndex } from '../../../../main/analysis/ner/tags.ts';

const tag = (name: string): number => tagIndex(name) ?? 0;

// Word 1 opens a person and word 2 goes on with it after the cue word 8; word 4 is nothing. Each token has its own word
// (lexical, hideable) and the word before it as context (never hidden).
const sentence = (words: number[], tags: string[]): TrainingSentence => ({
  features: words.map((w, i) => Uint32Array.of(w * 1000 + 7, (words[i - 1] ?? 0) * 1000 + 11)),
  lexical: new Uint8Array(words.length).fill(1),
  tags: tags.map(tag),
});
const sentences = [
  sentence([8, 1, 2, 4], ['O', 'B-PERS', 'I-PERS', 'O']),
  sentence([4, 8, 1, 4], ['O', 'O', 'B-PERS', 'O']),
  sentence([4, 4, 8, 1, 2], ['O', 'O', 'O', 'B-PERS', 'I-PERS']),
];
const common = { epochs: 4, seed: 9, minCount: 1, wordDropout: 0 };
const rowOf = (hashes: Uint32Array, h: number): number => hashes.indexOf(h);

describe("the persons' word dropout", () => {
  it("hides a gold person's own word at its own share, every other token at the words' share", () => {
    for (let i = 0; i < 20; i++) {
      expect(hiddenWord({ seed: 1, wordDropout: 0, personDropout: 1 }, 1, 3, i, tag('B-PERS'))).toBe(true);
      expect(hiddenWord({ seed: 1, wordDropout: 0, personDropout: 1 }, 1, 3, i, tag('I-PERS'))).toBe(true);
      expect(hiddenWord({ seed: 1, wordDropout: 0, personDropout: 1 }, 1, 3, i, tag('B-LOC'))).toBe(false);
      expect(hiddenWord({ seed: 1, wordDropout: 0, personDropout: 1 }, 1, 3, i, tag('O'))).toBe(false);
      // Absent, a person's token is hidden as any word is.
      expect(hiddenWord({ seed: 1, wordDropout: 0.5 }, 2, 3, i, tag('B-PERS'))).toBe(hiddenWord({ seed: 1, wordDropout: 0.5 }, 2, 3, i, tag('O')));
    }
  });

  it('makes the context, not the name, tag the persons when every person word is hidden', () => {
    const name = 1007;
    const cue = 8011;
    const weightsOf = (w: ReturnType<typeof trainPerceptron>, h: number): number[] => Array.from(w.weights.subarray(rowOf(w.hashes, h) * TAG_COUNT, (rowOf(w.hashes, h) + 1) * TAG_COUNT));
    const plain = trainPerceptron(sentences, common);
    const hidden = trainPerceptron(sentences, { ...common, personDropout: 1 });
    // Word 1 is a person's every time: with its own word hidden there, its row learns nothing; the cue's row learns.
    expect(weightsOf(plain, name).some((x) => x !== 0)).toBe(true);
    expect(weightsOf(hidden, name).every((x) => x === 0)).toBe(true);
    expect(weightsOf(hidden, cue)[tag('B-PERS')]).toBeGreaterThan(0);
  });

  it('hides the persons\' words in the CRF too, which reads the gold tags as the perceptron does', () => {
    const name = 1007;
    const options = { ...common, l2: 0.1, step: 0.5, average: false };
    const row = (w: ReturnType<typeof trainCrf>): number[] => Array.from(w.weights.subarray(rowOf(w.hashes, name) * TAG_COUNT, (rowOf(w.hashes, name) + 1) * TAG_COUNT));
    expect(row(trainCrf(sentences, options)).some((x) => x !== 0)).toBe(true);
    expect(row(trainCrf(sentences, { ...options, personDropout: 1 })).every((x) => x === 0)).toBe(true);
  });

  it("is recorded in the model's settings only when set, so models trained before it read as they were", () => {
    expect(recordedSettings(common)).toEqual({ seed: 9, epochs: 4, minCount: 1, wordDropout: 0 });
    expect(recordedSettings({ ...common, personDropout: 0.3 })).toEqual({ seed: 9, epochs: 4, minCount: 1, wordDropout: 0, personDropout: 0.3 });
  });
});
