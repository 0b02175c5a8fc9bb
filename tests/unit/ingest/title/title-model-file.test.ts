import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeTitleModel, readTitleModel } from '../../../../main/ingest/title/title-model-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'title-model-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const inputs = { sets: { tuned: '1'.repeat(64) }, frozen: '3'.repeat(64), settings: { iterations: 10, learningRate: 0.5, l2: 0 }, featureSet: 1, outlets: '2'.repeat(64) };

describe('readTitleModel', () => {
  it('reads back the weights it was given', () => {
    const file = join(dir, 'good.json');
    writeFileSync(file, encodeTitleModel(inputs, new Map([['pos:<=0', -0.25], ['end:period', -1.5]])));
    const model = readTitleModel(file);
    expect([...model.weights]).toEqual([['end:period', -1.5], ['pos:<=0', -0.25]]);
    expect(model.inputs).toEqual(inputs);
  });

  it.each([
    ['not JSON', 'broken.json', '{"kind": "mawjaz-title-lines", '],
    ['a weight that is not a number', 'text-weight.json', JSON.stringify({ kind: 'mawjaz-title-lines', inputs, weights: { 'pos:<=0': 'high' } })],
    ['another kind of file', 'other.json', JSON.stringify({ kind: 'ner', inputs, weights: {} })],
  ])('refuses %s in one sentence naming the file', (_, name, bytes) => {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    expect(() => readTitleModel(file)).toThrow(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')} is not a (?:readable )?title model \\([^\\n]+\\): run npm run train:title-lines\\.$`, 'u'));
  });

  it('names a missing file', () => {
    expect(() => readTitleModel(join(dir, 'missing.json'))).toThrow(/missing\.json is not a readable title model/u);
  });
});
