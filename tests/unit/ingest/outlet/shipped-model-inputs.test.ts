import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readOutletModel } from '../../../../main/ingest/outlet/outlet-model-file.ts';
import { currentOutletInputs, staleOutletModelReason } from '../../../../scripts/outlet-choice-inputs.ts';
import { resources } from '../../../../main/resources.ts';
import { trainOutletModel } from '../../../../scripts/outlet-model-training.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

describe('the shipped outlet model', () => {
  it('was trained on the format sets, the frozen rules\' reads, the settings, features and outlet list of this code', () => {
    const file = resources.outletModelFile;
    const reason = staleOutletModelReason(path.relative(root, file), readOutletModel(file).inputs, currentOutletInputs(root));
    if (reason !== null) expect.fail(reason);
    expect(readFileSync(file, 'utf8').endsWith('\n')).toBe(true);
  });

  it('says which set changed when a page of it did, and that the features changed when they did', () => {
    const recorded = readOutletModel(resources.outletModelFile).inputs;
    const changed = { ...recorded, sets: { ...recorded.sets, 'untouched-5': 'f'.repeat(64) } };
    expect(staleOutletModelReason('m.json', changed, recorded)).toBe('m.json was trained on other pages (untouched-5 changed since): run npm run train:outlets.');
    expect(staleOutletModelReason('m.json', { ...recorded, featureSet: recorded.featureSet - 1 }, recorded)).toMatch(/^m\.json was trained on other features .*: run npm run train:outlets\.$/u);
  });
  // The header above hashes what training reads, but not the cleaner and candidate code between the pages and the
  // features: a change there (new line classes, say) left the shipped weights stale with every hash equal. Retraining
  // takes under a minute of CPU (the weights, and the abstaining margin chosen on the sets left out in turn: a fit per
  // set), so this compares what training gives now with the shipped file itself; the time allowed is for a loaded machine.
  it('is byte for byte what npm run train:outlets gives on this code', async () => {
    const file = resources.outletModelFile;
    const trained = await trainOutletModel(root);
    if (trained.bytes !== readFileSync(file, 'utf8')) expect.fail(`${path.relative(root, file)} is not what npm run train:outlets gives on this code (its pages, candidates or features changed since): run npm run train:outlets.`);
  }, 600_000);
});
