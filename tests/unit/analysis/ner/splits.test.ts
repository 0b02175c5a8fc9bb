import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashString } from '../../../../main/text/hash.ts';
import { loadGazetteer } from '../../../../main/text/gazetteer/gazetteer.ts';
import { decodeModel } from '../../../../main/analysis/ner/model-file.ts';
import { readCorpus } from '../../../../main/analysis/ner/read-corpus.ts';
import { corpusSplit, isModernTune, MODERN_TUNE_EVERY, tuneBlocks } from '../../../../main/analysis/ner/splits.ts';
import { trainModel } from '../../../../main/analysis/ner/train-model.ts';
import { corpusText } from './corpus-fixture.ts';

describe('the held-out block', () => {
  it('is the last 10 % of the sentences, contiguous and disjoint from training and tuning', () => {
    fc.assert(fc.property(fc.integer({ min: 20, max: 100_000 }), (n) => {
      const s = corpusSplit(n);
      expect(s.train).toEqual({ from: 0, to: s.heldOut.from });
      expect(s.heldOut.to).toBe(n);
      expect(Math.abs(s.heldOut.to - s.heldOut.from - n / 10)).toBeLessThanOrEqual(1);
      expect(s.tuneTrain.from).toBe(0);
      expect(s.tuneTrain.to).toBe(s.dev.from);
      expect(s.dev.to).toBe(s.heldOut.from);
    }));
  });

  it('is none of the tuning blocks, which lie in the training part, each as long as the dev block', () => {
    fc.assert(fc.property(fc.integer({ min: 20, max: 100_000 }), (n) => {
      const s = corpusSplit(n);
      const blocks = tuneBlocks(n);
      expect(blocks.dev).toEqual(s.dev);
      for (const b of [blocks.first, blocks.middle, blocks.dev]) {
        expect(b.from).toBeGreaterThanOrEqual(0);
        expect(b.to).toBeLessThanOrEqual(s.heldOut.from);
        expect(b.to - b.from).toBe(s.dev.to - s.dev.from);
      }
      expect(blocks.first.from).toBe(0);
    }));
  });

  it('is never trained on: a word only the held-out block holds is not in the model', () => {
    const text = corpusText(40) + '\n' + ['قال O', 'زيغفريدوس B-PERS', 'في O', 'باريس B-LOC', '. O'].join('\n').repeat(1) + '\n\n' + corpusText(3, 7);
    const corpus = readCorpus(text, 't.txt').sentences;
    // The unique word sits in the held-out block (the last 10 %), twice so that it is not dropped as a rare feature.
    const split = corpusSplit(corpus.length);
    expect(corpus.findIndex((s) => s.tokens.includes('زيغفريدوس'))).toBeGreaterThanOrEqual(split.heldOut.from);
    const options = { seed: 1, epochs: 2, minCount: 1, wordDropout: 0, dataName: 't.txt', dataSha256: '0'.repeat(64), licence: 'test', attribution: [] };
    const { hashes } = decodeModel(trainModel(corpus, loadGazetteer(), options).bytes);
    expect(hashes.includes(hashString('w:زيغفريدوس'))).toBe(false);
    // …whereas a word of the training part is.
    expect(hashes.includes(hashString('w:شيراك'))).toBe(true);
  });

  it('of the own set is every fifth article, whole, and a fifth of them', () => {
    const docs = Array.from({ length: 50 }, (_, d) => d).filter(isModernTune);
    expect(docs).toEqual([4, 9, 14, 19, 24, 29, 34, 39, 44, 49]);
    expect(docs.length * MODERN_TUNE_EVERY).toBe(50);
  });
});
