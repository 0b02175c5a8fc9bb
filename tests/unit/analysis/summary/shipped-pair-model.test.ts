import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PairModelFile } from '../../../../main/analysis/summary/event-pair-model.ts';
import { resources } from '../../../../main/resources.ts';
import { trainedModelText, trainedSettings } from '../../../../scripts/train-event-pairs.ts';
import { FIT_SETTINGS } from '../../../../scripts/train-event-pairs-settings.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

describe('the shipped same-event pair model', () => {
  it('is what training on this code\'s features, labels and settings writes, byte for byte', () => {
    const shipped = readFileSync(resources.eventPairModelFile, 'utf8');
    const header = PairModelFile.parse(JSON.parse(shipped)).header;
    expect(header.settings).toEqual(trainedSettings());
    expect(PairModelFile.parse(JSON.parse(shipped)).candidateFloor).toBe(FIT_SETTINGS.candidateFloor);
    const trained = trainedModelText();
    const fresh = PairModelFile.parse(JSON.parse(trained)).header;
    if (fresh.examples !== header.examples) {
      expect.fail(`${path.relative(root, resources.eventPairModelFile)} was trained on other examples (the features or the selections' labels changed since): run npm run train:events`);
    }
    expect(trained).toBe(shipped);
  }, 60_000);
});
