import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { authorWeights, encodeAuthorModel, readAuthorModel } from '../../../../main/ingest/author/author-model-file.ts';
import { encodeOutletModel } from '../../../../main/ingest/outlet/outlet-model-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'author-model-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const inputs = { sets: { tuned: '1'.repeat(64) }, frozen: '3'.repeat(64), settings: { iterations: 10, learningRate: 0.5, l2: 0 }, featureSet: 1, outlets: '2'.repeat(64) };

describe('readAuthorModel', () => {
  it('reads back the weights it was given, in the same bytes for the same weights', () => {
    const file = join(dir, 'good.json');
    const bytes = encodeAuthorModel(inputs, new Map([['src:cue', 1.25], ['none', -0.5]]));
    expect(encodeAuthorModel(inputs, new Map([['none', -0.5], ['src:cue', 1.25]]))).toBe(bytes);
    writeFileSync(file, bytes);
    expect([...readAuthorModel(file).weights]).toEqual([['none', -0.5], ['src:cue', 1.25]]);
    expect(authorWeights(file).get('src:cue')).toBe(1.25);
  });

  it('refuses another chooser\'s model in one sentence naming the file and the command', () => {
    const file = join(dir, 'outlet.json');
    writeFileSync(file, encodeOutletModel(inputs, new Map([['none', 1]]), 0.5));
    expect(() => readAuthorModel(file)).toThrow(/outlet\.json is not a byline model \(.+\): run npm run train:authors\.$/u);
  });
});
