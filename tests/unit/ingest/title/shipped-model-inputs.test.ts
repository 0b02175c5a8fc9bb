import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readTitleModel } from '../../../../main/ingest/title/title-model-file.ts';
import { currentTitleInputs, staleTitleModelReason } from '../../../../scripts/title-lines-inputs.ts';
import { resources } from '../../../../main/resources.ts';

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
});
