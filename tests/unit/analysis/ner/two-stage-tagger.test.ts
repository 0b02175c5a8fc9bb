import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel, FEATURE_SET } from '../../../../main/analysis/ner/model-file.ts';
import type { StageWeights } from '../../../../main/analysis/ner/model-file.ts';
import { findDocumentEntities, nerModel, tagDocument } from '../../../../main/analysis/ner/tagger.ts';
import { tagIndex, TAG_COUNT, TAGS } from '../../../../main/analysis/ner/tags.ts';
import { tokenKey } from '../../../../main/analysis/ner/word-features.ts';
import { loadGazetteer } from '../../../../main/text/gazetteer/gazetteer.ts';
import { hashString } from '../../../../main/text/hash.ts';

const header: Parameters<typeof encodeModel>[0] = {
  format: 'mawjaz-ner-perceptron', featureSet: FEATURE_SET, tags: [...TAGS], epochs: 1, seed: 1,
  trainedOn: { data: 'made up', sentences: 0, heldOut: 'none' }, licence: 'CC BY-SA 4.0', attribution: ['a test'],
};
const B_PERS = tagIndex('B-PERS') ?? -1;
const B_ORG = tagIndex('B-ORG') ?? -1;
const word = (w: string): number => hashString(`w:${tokenKey(w)}`);

/** Weights giving each feature hash one tag a score of 5, every other feature and transition nothing. */
function stage(rows: readonly [number, number][]): StageWeights {
  const sorted = [...rows].sort((a, b) => a[0] - b[0]);
  const weights = new Float64Array(sorted.length * TAG_COUNT);
  sorted.forEach(([, tag], r) => { weights[r * TAG_COUNT + tag] = 5; });
  return { hashes: Uint32Array.from(sorted, ([h]) => h), weights, transitions: new Float64Array((TAG_COUNT + 1) * TAG_COUNT) };
}

// Words with no meaning of their own here: each is what the weights below make of it.
const [ORG_WORD, NEW_PERSON, KNOWN] = ['مؤسسة', 'زيدان', 'سعدون'];
// Stage 1 reads ORG_WORD as an organisation and KNOWN as a person; stage 2 reads ORG_WORD and NEW_PERSON as persons,
// and a word the first stage tagged as a person elsewhere in the document as a person.
const first = stage([[word(ORG_WORD), B_ORG], [word(KNOWN), B_PERS]]);
const second = stage([[word(ORG_WORD), B_PERS], [word(NEW_PERSON), B_PERS], [hashString('doc:type:PERS:1'), B_PERS]]);
const twoStage = (): Uint8Array => encodeModel(header, first.hashes, first.weights, first.transitions, { weights: second, header: { types: ['PERS'], mix: 'first', folds: 5 } });

describe('a two-stage model file', () => {
  it('holds both stages\' weights and reads them back; a one-stage file (the format before it) still reads, as one stage', () => {
    const data = decodeModel(twoStage());
    expect(data.header.secondStage).toMatchObject({ types: ['PERS'], mix: 'first', folds: 5, rows: 3 });
    expect([...data.hashes]).toEqual([...first.hashes]);
    expect([...(data.second?.hashes ?? [])]).toEqual([...second.hashes]);
    expect(data.second?.weights[1 * TAG_COUNT + B_PERS]).toBeCloseTo(5, 3);
    const one = decodeModel(encodeModel(header, first.hashes, first.weights, first.transitions));
    expect(one.header.secondStage).toBeUndefined();
    expect(one.second).toBeNull();
    expect(nerModel(one).second).toBeNull();
  });

  it('is damaged when its header promises a second stage its body lacks', () => {
    const bytes = Buffer.from(twoStage()).toString('latin1').replace('"folds":5,"rows":3', '"folds":5,"rows":4');
    expect(() => decodeModel(Buffer.from(bytes, 'latin1'))).toThrow(/bytes where .* were expected/u);
  });
});

describe('tagging with two stages', () => {
  const gazetteer = loadGazetteer();
  const model = nerModel(decodeModel(twoStage()));

  it('mixes them, first wins: the second stage\'s persons where the first said O or a person, the first stage\'s other types', () => {
    const [tagged] = tagDocument(model, [[ORG_WORD, NEW_PERSON, KNOWN]], gazetteer);
    // ORG_WORD stays the first stage's organisation; NEW_PERSON is the second stage's person; KNOWN, a person only to
    // the first stage, is no entity.
    expect(tagged?.entities).toEqual([{ type: 'ORG', start: 0, end: 1 }, { type: 'PERS', start: 1, end: 2 }]);
    // Each margin is the reading's stage's: negative on both entities; on the word left outside, the second stage's
    // (no weights: a tie, 0), not the first stage's, which reads a person there.
    expect(tagged?.outside[0]).toBeLessThan(0);
    expect(tagged?.outside[1]).toBeLessThan(0);
    expect(tagged?.outside[2]).toBe(0);
    // The one-stage model of the same first weights reads the first stage alone.
    const one = nerModel(decodeModel(encodeModel(header, first.hashes, first.weights, first.transitions)));
    const [alone] = tagDocument(one, [[ORG_WORD, NEW_PERSON, KNOWN]], gazetteer);
    expect(alone?.entities).toEqual([{ type: 'ORG', start: 0, end: 1 }, { type: 'PERS', start: 2, end: 3 }]);
    expect(alone?.outside[2]).toBeLessThan(0);
  });

  it('reads the whole document in the second stage: a word the first stage tags elsewhere as a person is one here', () => {
    expect(findDocumentEntities(model, [['قال', KNOWN]], gazetteer)).toEqual([[]]);
    expect(findDocumentEntities(model, [['قال', KNOWN], ['ثم', 'قال', KNOWN]], gazetteer)).toEqual([[{ type: 'PERS', start: 1, end: 2 }], [{ type: 'PERS', start: 2, end: 3 }]]);
  });
});
