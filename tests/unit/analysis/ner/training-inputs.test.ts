import { describe, expect, it } from 'vitest';
import { decodeModel, FEATURE_SET } from '../../../../main/analysis/ner/model-file.ts';
import { readCorpus } from '../../../../main/analysis/ner/read-corpus.ts';
import { trainModel } from '../../../../main/analysis/ner/train-model.ts';
import { featureLists, listHashes, staleModelReason, TrainingInputs } from '../../../../main/analysis/ner/training-inputs.ts';
import { loadGazetteer } from '../../../../main/text/gazetteer/gazetteer.ts';
import { corpusText } from './corpus-fixture.ts';

const settings = { seed: 1, epochs: 2, minCount: 1, wordDropout: 0 };
const data = { name: 'train.txt', sha256: 'a'.repeat(64) };
const file = 'models/ner/anercorp-perceptron.bin';

function recorded(): TrainingInputs {
  return { data, settings, featureSet: FEATURE_SET, lists: listHashes(loadGazetteer()) };
}

describe('the entity model’s training inputs', () => {
  it('reads every list the features look words up in, gazetteer names with their types', () => {
    const lists = featureLists(loadGazetteer());
    expect(Object.keys(lists)).toEqual(expect.arrayContaining(['given-names', 'stopwords', 'gazetteer:names', 'gazetteer:nisba', 'lexicon:title', 'lexicon:reporting', 'lexicon:name-link']));
    expect(lists['gazetteer:names']).toContain('القاهره\tplace');
    for (const keys of Object.values(lists)) expect(keys.length).toBeGreaterThan(0);
  });

  it('are recorded in the model file by training', () => {
    const corpus = readCorpus(corpusText(30), 'tiny.txt').sentences;
    const options = { ...settings, dataName: 'tiny.txt', dataSha256: 'b'.repeat(64), licence: 'test', attribution: [] };
    const header = decodeModel(trainModel(corpus, loadGazetteer(), options).bytes).header;
    expect(header.inputs).toEqual({ data: { name: 'tiny.txt', sha256: 'b'.repeat(64) }, settings, featureSet: FEATURE_SET, lists: listHashes(loadGazetteer()) });
    const crf = { l2: 1, step: 0.1, average: true, scale: 2 };
    const byCrf = decodeModel(trainModel(corpus, loadGazetteer(), { ...options, crf }).bytes).header;
    expect(byCrf.inputs?.settings).toEqual({ ...settings, learner: 'crf', ...crf });
  });

  it('say nothing when a model was trained on today’s inputs, and the data is compared only when it is there', () => {
    expect(staleModelReason(file, recorded(), recorded())).toBeNull();
    const { data: _, ...withoutData } = recorded();
    expect(staleModelReason(file, recorded(), withoutData)).toBeNull();
    expect(staleModelReason(file, recorded(), { ...recorded(), data: { name: 'train.txt', sha256: 'c'.repeat(64) } })).toBe(`${file} was trained on other data than train.txt: run npm run train:ner.`);
  });

  it('name the gazetteer that changed in one sentence', () => {
    const grown = loadGazetteer([{ name: 'صحيفة المثال اليومية', type: 'organization', outlet: true }]);
    const reason = staleModelReason(file, recorded(), { ...recorded(), lists: listHashes(grown) });
    expect(reason).toBe(`${file} was trained on other gazetteers (gazetteer:names changed since): run npm run train:ner.`);
  });

  it('catch other settings, other features and a model that records nothing', () => {
    expect(staleModelReason(file, recorded(), { ...recorded(), settings: { ...settings, epochs: 9 } })).toBe(`${file} was trained with other settings (epochs): run npm run train:ner.`);
    // A CRF's model read with the perceptron's settings, and the other way round.
    const crf = { ...recorded(), settings: { ...settings, learner: 'crf' as const, l2: 1, step: 0.1, average: true, scale: 14 } };
    expect(staleModelReason(file, crf, recorded())).toBe(`${file} was trained with other settings (learner, l2, step, average, scale): run npm run train:ner.`);
    expect(staleModelReason(file, recorded(), crf)).toBe(`${file} was trained with other settings (learner, l2, step, average, scale): run npm run train:ner.`);
    expect(staleModelReason(file, recorded(), { ...recorded(), featureSet: FEATURE_SET + 1 })).toMatch(/trained on other features .*: run npm run train:ner\.$/u);
    expect(staleModelReason(file, undefined, recorded())).toBe(`${file} does not record what it was trained on: run npm run train:ner.`);
  });

  it('compare the own sets always (they are in the repository): their bytes, how many times each is repeated, their order', () => {
    const modern = { name: 'data/ner/modern-train-1/train.txt', sha256: 'e'.repeat(64), repeat: 2 };
    const second = { name: 'data/ner/modern-train-2/train.txt', sha256: 'c'.repeat(64), repeat: 3 };
    const withOwn = { ...recorded(), modern: [modern] };
    expect(staleModelReason(file, withOwn, withOwn)).toBeNull();
    const { data: _, ...withoutData } = withOwn;
    expect(staleModelReason(file, withOwn, withoutData)).toBeNull();
    expect(staleModelReason(file, withOwn, { ...withOwn, modern: [{ ...modern, repeat: 3 }] })).toBe(`${file} was trained on another data/ner/modern-train-1/train.txt (×2, the settings say ×3): run npm run train:ner.`);
    expect(staleModelReason(file, withOwn, { ...withOwn, modern: [{ ...modern, sha256: 'f'.repeat(64) }] })).toBe(`${file} was trained on another data/ner/modern-train-1/train.txt: run npm run train:ner.`);
    expect(staleModelReason(file, withOwn, recorded())).toBe(`${file} was trained on data/ner/modern-train-1/train.txt too: run npm run train:ner.`);
    expect(staleModelReason(file, recorded(), withOwn)).toBe(`${file} was trained without data/ner/modern-train-1/train.txt: run npm run train:ner.`);
    const both = { ...recorded(), modern: [modern, second] };
    expect(staleModelReason(file, both, both)).toBeNull();
    expect(staleModelReason(file, withOwn, both)).toBe(`${file} was trained without data/ner/modern-train-2/train.txt: run npm run train:ner.`);
    expect(staleModelReason(file, both, withOwn)).toBe(`${file} was trained on data/ner/modern-train-2/train.txt too: run npm run train:ner.`);
    expect(staleModelReason(file, both, { ...both, modern: [second, modern] })).toBe(`${file} was trained on its own sets in another order: run npm run train:ner.`);
  });

  it('read a model that recorded its one own set as an object as a list of one', () => {
    const modern = { name: 'data/ner/modern-train-1/train.txt', sha256: 'e'.repeat(64), repeat: 3 };
    expect(TrainingInputs.parse({ ...recorded(), modern }).modern).toEqual([modern]);
  });
});
