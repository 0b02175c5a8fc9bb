import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../../main/text/gazetteer/gazetteer.ts';
import { decodeModel } from '../../../../main/analysis/ner/model-file.ts';
import { readCorpus } from '../../../../main/analysis/ner/read-corpus.ts';
import { findEntities, nerModel } from '../../../../main/analysis/ner/tagger.ts';
import { trainModel } from '../../../../main/analysis/ner/train-model.ts';
import { hashString } from '../../../../main/text/hash.ts';
import { corpusText } from './corpus-fixture.ts';

const options = { seed: 7, epochs: 3, minCount: 1, wordDropout: 0.1, dataName: 'tiny.txt', dataSha256: '0'.repeat(64), licence: 'CC BY-SA 4.0', attribution: ['a test'] };

describe('training the entity model', () => {
  it('gives the same bytes on the same data and seed, and other bytes with another seed', () => {
    const corpus = readCorpus(corpusText(60), 'tiny.txt').sentences;
    const a = trainModel(corpus, loadGazetteer(), options).bytes;
    const b = trainModel(corpus, loadGazetteer(), options).bytes;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const c = trainModel(corpus, loadGazetteer(), { ...options, seed: 8 }).bytes;
    expect(Buffer.from(a).equals(Buffer.from(c))).toBe(false);
  });

  it('learns what it is shown: the model tags the training pattern with new names', () => {
    const corpus = readCorpus(corpusText(60), 'tiny.txt').sentences;
    const data = decodeModel(trainModel(corpus, loadGazetteer(), options).bytes);
    expect(data.header.trainedOn).toMatchObject({ data: 'tiny.txt', sentences: 54 });
    expect(data.header.licence).toBe('CC BY-SA 4.0');
    const found = findEntities(nerModel(data), ['وقال', 'جاك', 'شيراك', 'في', 'القاهرة', 'إن', 'الأمم', 'المتحدة', 'ستعقد', 'اجتماعا', '.'], loadGazetteer());
    expect(found).toEqual([{ type: 'PERS', start: 1, end: 3 }, { type: 'LOC', start: 4, end: 5 }, { type: 'ORG', start: 6, end: 8 }]);
  });

  it('trains on the own sets beside the corpus, each repeated, and records them in order; the corpus keeps its held-out block', () => {
    const corpus = readCorpus(corpusText(60), 'tiny.txt').sentences;
    const own = readCorpus(['قال O', 'زيغفريدوس B-PERS', 'في O', 'باريس B-LOC', '. O'].join('\n'), 'own.txt').sentences;
    const second = readCorpus(['قالت O', 'فلوريبيرتا B-PERS', 'في O', 'مدريد B-LOC', '. O'].join('\n'), 'second.txt').sentences;
    const modern = [{ sentences: own, name: 'data/ner/own.txt', sha256: 'd'.repeat(64), repeat: 2 }, { sentences: second, name: 'data/ner/second.txt', sha256: 'c'.repeat(64), repeat: 3 }];
    const result = trainModel(corpus, loadGazetteer(), { ...options, own: modern });
    const data = decodeModel(result.bytes);
    expect(result.heldOut).toEqual(trainModel(corpus, loadGazetteer(), options).heldOut);
    expect(data.header.trainedOn).toMatchObject({ data: 'tiny.txt + data/ner/own.txt ×2 + data/ner/second.txt ×3', sentences: 54 + 2 + 3 });
    expect(data.header.inputs?.modern).toEqual([{ name: 'data/ner/own.txt', sha256: 'd'.repeat(64), repeat: 2 }, { name: 'data/ner/second.txt', sha256: 'c'.repeat(64), repeat: 3 }]);
    // Seen twice, the own set's word passes minCount 1 and has weights.
    expect(data.hashes.includes(hashString('w:زيغفريدوس'))).toBe(true);
    expect(decodeModel(trainModel(corpus, loadGazetteer(), options).bytes).hashes.includes(hashString('w:زيغفريدوس'))).toBe(false);
  });

  it('trains a second stage when asked, reproducibly, beside a first stage the same as a one-stage model\'s', () => {
    const corpus = readCorpus(corpusText(60), 'tiny.txt').sentences;
    const stacked = { ...options, stack: { folds: 2, types: ['PERS' as const], mix: 'first' as const } };
    const a = trainModel(corpus, loadGazetteer(), stacked).bytes;
    const b = trainModel(corpus, loadGazetteer(), stacked).bytes;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const data = decodeModel(a);
    expect(data.header.secondStage).toMatchObject({ types: ['PERS'], mix: 'first', folds: 2 });
    expect(data.header.inputs?.settings).toMatchObject({ stackFolds: 2, stackTypes: 'PERS', stackMix: 'first' });
    expect(data.second?.hashes.length).toBeGreaterThan(0);
    const one = decodeModel(trainModel(corpus, loadGazetteer(), options).bytes);
    expect(one.second).toBeNull();
    expect([...data.hashes]).toEqual([...one.hashes]);
    expect([...data.weights]).toEqual([...one.weights]);
    // The second stage learns the pattern too (what it reads of the document adds to the sentence's own features).
    const found = findEntities(nerModel(data), ['وقال', 'جاك', 'شيراك', 'في', 'القاهرة', 'إن', 'الأمم', 'المتحدة', 'ستعقد', 'اجتماعا', '.'], loadGazetteer());
    expect(found).toEqual([{ type: 'PERS', start: 1, end: 3 }, { type: 'LOC', start: 4, end: 5 }, { type: 'ORG', start: 6, end: 8 }]);
  });
});
