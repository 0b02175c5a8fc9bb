import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readAuthorModel } from '../../../../main/ingest/author/author-model-file.ts';
import { currentAuthorInputs, staleAuthorModelReason } from '../../../../scripts/author-choice-inputs.ts';
import { resources } from '../../../../main/resources.ts';
import { trainAuthorModel } from '../../../../scripts/author-model-training.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

describe('the shipped author model', () => {
  it('was trained on the format sets, the frozen rules\' authors, the settings, features and outlet list of this code', () => {
    const file = resources.authorModelFile;
    const reason = staleAuthorModelReason(path.relative(root, file), readAuthorModel(file).inputs, currentAuthorInputs(root));
    if (reason !== null) expect.fail(reason);
    expect(readFileSync(file, 'utf8').endsWith('\n')).toBe(true);
  });

  it('says which set changed when a page of it did, and that the frozen authors changed when they did', () => {
    const recorded = readAuthorModel(resources.authorModelFile).inputs;
    const changed = { ...recorded, sets: { ...recorded.sets, 'untouched-5': 'f'.repeat(64) } };
    expect(staleAuthorModelReason('m.json', changed, recorded)).toBe('m.json was trained on other pages (untouched-5 changed since): run npm run train:authors.');
    expect(staleAuthorModelReason('m.json', { ...recorded, frozen: 'f'.repeat(64) }, recorded)).toBe(
      'm.json was trained on other frozen rules\' reads (tests/fixtures/formats/frozen-author-reads.json): run npm run train:authors.',
    );
  });

  // The header hashes what training reads, but not the cleaner, the byline readers and the candidate code between the
  // pages and the features: retraining takes seconds, so this compares what training gives now with the shipped file.
  it('is byte for byte what npm run train:authors gives on this code', async () => {
    const file = resources.authorModelFile;
    const trained = await trainAuthorModel(root);
    if (trained.bytes !== readFileSync(file, 'utf8')) expect.fail(`${path.relative(root, file)} is not what npm run train:authors gives on this code (its pages, candidates or features changed since): run npm run train:authors.`);
  }, 180_000);
});
