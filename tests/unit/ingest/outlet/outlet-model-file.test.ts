import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeOutletModel, outletMargin, outletWeights, readOutletModel } from '../../../../main/ingest/outlet/outlet-model-file.ts';
import { encodeTitleModel } from '../../../../main/ingest/title/title-model-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'outlet-model-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const inputs = { sets: { tuned: '1'.repeat(64) }, frozen: '3'.repeat(64), settings: { iterations: 10, learningRate: 0.5, l2: 0 }, featureSet: 1, outlets: '2'.repeat(64) };
const escaped = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');

describe('readOutletModel', () => {
  it('reads back the weights and the margin it was given, in the same bytes for the same weights', () => {
    const file = join(dir, 'good.json');
    const bytes = encodeOutletModel(inputs, new Map([['src:copyright', 1.25], ['none', -0.5]]), 0.75);
    expect(encodeOutletModel(inputs, new Map([['none', -0.5], ['src:copyright', 1.25]]), 0.75)).toBe(bytes);
    writeFileSync(file, bytes);
    const model = readOutletModel(file);
    expect([...model.weights]).toEqual([['none', -0.5], ['src:copyright', 1.25]]);
    expect(model.inputs).toEqual(inputs);
    expect(outletWeights(file).get('src:copyright')).toBe(1.25);
    expect(model.abstainMargin).toBe(0.75);
    expect(outletMargin(file)).toBe(0.75);
  });

  it('refuses a model without its margin, naming the command that writes one', () => {
    const file = join(dir, 'no-margin.json');
    writeFileSync(file, JSON.stringify({ kind: 'mawjaz-outlet-choice', inputs, weights: { none: 1 } }));
    expect(() => outletMargin(file)).toThrow(/no-margin\.json is not an outlet model \(it has no abstainMargin\): run npm run train:outlets\.$/u);
  });

  it.each([
    ['not JSON', 'broken.json', '{"kind": "mawjaz-outlet-choice", '],
    ['a weight that is not a number', 'text-weight.json', JSON.stringify({ kind: 'mawjaz-outlet-choice', inputs, weights: { none: 'high' } })],
    ['a title model', 'title.json', encodeTitleModel(inputs, new Map([['pos:<=0', 1]]))],
  ])('refuses %s in one sentence naming the file', (_, name, bytes) => {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    expect(() => readOutletModel(file)).toThrow(new RegExp(`^${escaped(file)} is not a (?:readable )?outlet model \\([^\\n]+\\): run npm run train:outlets\\.$`, 'u'));
  });

  it('names a missing file', () => {
    expect(() => outletWeights(join(dir, 'missing.json'))).toThrow(/missing\.json is not a readable outlet model/u);
  });
});
