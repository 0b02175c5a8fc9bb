import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { recordedSettings } from '../../../../main/analysis/ner/learner.ts';
import { decodeModel, FEATURE_SET } from '../../../../main/analysis/ner/model-file.ts';
import { stackRecord } from '../../../../main/analysis/ner/train-model.ts';
import { listHashes, staleModelReason } from '../../../../main/analysis/ner/training-inputs.ts';
import { sha256Hex } from '../../../../main/text/sha256.ts';
import { resources } from '../../../../main/resources.ts';
import { loadGazetteer } from '../../../../main/text/gazetteer/gazetteer.ts';
import { crfSettings } from '../../../../scripts/train-ner-learner.ts';
import { OWN_SETS, ownSetFile } from '../../../../scripts/train-ner-modern.ts';
import { EPOCHS, MIN_COUNT, OWN_REPEATS, PERSON_DROPOUT, SEED, STACK, WORD_DROPOUT } from '../../../../scripts/train-ner-settings.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
// Where npm run train:ner and npm run eval look for the data. It lives outside the repository (a fresh clone in CI
// has none), so its hash is compared only where it is; the lists, settings and features are compared everywhere.
const dataFile = process.env.ANERCORP_TRAIN ?? path.join(root, '..', 'shared', 'data', 'anercorp-train', 'train.txt');

describe('the shipped entity model', () => {
  it('was trained on the word lists, settings and features of this code (and on the data, where it is here)', () => {
    const header = decodeModel(readFileSync(resources.nerModelFile)).header;
    const data = existsSync(dataFile) ? { name: path.basename(dataFile), sha256: sha256Hex(readFileSync(dataFile)) } : undefined;
    // The own sets are in the repository: always compared.
    const own = OWN_SETS.flatMap((set) => {
      const repeat = OWN_REPEATS[set];
      return repeat > 0 ? [{ name: ownSetFile(set), sha256: sha256Hex(readFileSync(path.join(root, ownSetFile(set)))), repeat }] : [];
    });
    const modern = own.length > 0 ? own : undefined;
    const crf = crfSettings([]);
    const settings = { ...recordedSettings({ seed: SEED, epochs: EPOCHS, minCount: MIN_COUNT, wordDropout: WORD_DROPOUT, ...(PERSON_DROPOUT === undefined ? {} : { personDropout: PERSON_DROPOUT }), ...(crf === undefined ? {} : { crf }) }), ...stackRecord(STACK) };
    const current = { data, modern, settings, featureSet: FEATURE_SET, lists: listHashes(loadGazetteer()) };
    const reason = staleModelReason(path.relative(root, resources.nerModelFile), header.inputs, current);
    if (reason !== null) expect.fail(reason);
    expect(header.epochs).toBe(EPOCHS);
    // The stages the settings train: the second stage's part of the file matches them too.
    const stage = header.secondStage;
    expect(stage === undefined ? undefined : { folds: stage.folds, types: stage.types }).toEqual(STACK === undefined ? undefined : { folds: STACK.folds, types: [...STACK.types] });
  });
});
