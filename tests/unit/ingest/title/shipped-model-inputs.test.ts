import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readTitleModel } from '../../../../main/ingest/title/title-model-file.ts';
import { currentTitleInputs, staleTitleModelReason } from '../../../../scripts/title-lines-inputs.ts';
import { resources } from '../../../../main/resources.ts';
import { trainTitleModel } from '../../../../scripts/title-model-training.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

describe('the shipped title model', () => {
  it('was trained on the format sets, the frozen rules\' reads, the settings, features and outlet list of this code', () => {
    const file = resources.titleModelFile;
    const reason = staleTitleModelReason(path.relative(root, file), readTitleModel(file).inputs, currentTitleInputs(root));
    if (reason !== null) expect.fail(reason);
    expect(readFileSync(file, 'utf8').endsWith('\n')).toBe(true);
  });

  it('says which set changed when a page of it did', () => {
    const recorded = readTitleModel(resources.titleModelFile).inputs;
    const changed = { ...recorded, sets: { ...recorded.sets, 'untouched-3': 'f'.repeat(64) } };
    expect(staleTitleModelReason('m.json', changed, recorded)).toBe('m.json was trained on other pages (untouched-3 changed since): run npm run train:title-lines.');
  });
  // The header above hashes what training reads, but not the cleaner and candidate code between the pages and the
  // features: a change there (new line classes, say) left the shipped weights stale with every hash equal. Retraining
  // takes seconds, so this compares what training gives now with the shipped file itself.
  it('is byte for byte what npm run train:title-lines gives on this code', async () => {
    const file = resources.titleModelFile;
    const trained = await trainTitleModel(root);
    if (trained.bytes !== readFileSync(file, 'utf8')) expect.fail(`${path.relative(root, file)} is not what npm run train:title-lines gives on this code (its pages, candidates or features changed since): run npm run train:title-lines.`);
  }, 180_000);
});
