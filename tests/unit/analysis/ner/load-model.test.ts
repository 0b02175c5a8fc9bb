import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkNerModel, loadNerModel, NerModelError, readNerModel } from '../../../../main/analysis/ner/load-model.ts';
import { FEATURE_SET } from '../../../../main/analysis/ner/model-file.ts';
import { resources } from '../../../../main/resources.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'mawjaz-ner-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function oneSentence(message: string): void {
  expect(message.split(/[.;]\s/u).length).toBeLessThanOrEqual(3);
  expect(message.endsWith('.')).toBe(true);
  expect(message).not.toContain('\n');
}

describe('loading the entity model', () => {
  it('loads the shipped model once per process, with its licence in the header', () => {
    const model = loadNerModel();
    expect(loadNerModel()).toBe(model);
    expect(model.header.licence).toMatch(/CC BY-SA 4\.0/u);
    expect(model.header.attribution.join(' ')).toMatch(/Benajiba/u);
    expect(model.header.trainedOn.heldOut).toMatch(/never trained on/u);
  });

  it('stops with one sentence naming a missing file', () => {
    const file = path.join(dir, 'missing.bin');
    expect(() => readNerModel(file)).toThrow(NerModelError);
    try { readNerModel(file); } catch (e) {
      expect((e as Error).message).toContain(file);
      expect((e as Error).message).toContain('missing');
      oneSentence((e as Error).message);
    }
  });

  it('checks a model at a host\'s start: the shipped one passes, a missing or damaged one stops it naming the file', () => {
    expect(() => checkNerModel()).not.toThrow();
    const missing = path.join(dir, 'absent.bin');
    expect(() => checkNerModel(missing)).toThrow(NerModelError);
    expect(() => checkNerModel(missing)).toThrow(missing);
    const damaged = path.join(dir, 'damaged.bin');
    writeFileSync(damaged, readFileSync(resources.nerModelFile).subarray(0, 200));
    expect(() => checkNerModel(damaged)).toThrow(/damaged/u);
  });

  it('stops with one sentence naming a damaged file: cut short, flipped bytes, a wrong header, not a model', () => {
    const good = readFileSync(resources.nerModelFile);
    const cases: [string, Uint8Array, RegExp][] = [
      ['cut.bin', good.subarray(0, good.length - 100), /checksum/u],
      ['flipped.bin', Uint8Array.from(good, (b, i) => (i === good.length - 10 ? b ^ 0xff : b)), /checksum/u],
      // Same length, other feature set: a model trained on other features must not be read with these.
      ['header.bin', Buffer.from(Buffer.from(good).toString('latin1').replace(`"featureSet":${FEATURE_SET}`, `"featureSet":${FEATURE_SET + 1}`), 'latin1'), /header is invalid \(featureSet/u],
      ['text.bin', Buffer.from('hello'), /not a Mawjaz entity model/u],
    ];
    for (const [name, bytes, why] of cases) {
      const file = path.join(dir, name);
      writeFileSync(file, bytes);
      let message = '';
      try { readNerModel(file); } catch (e) { expect(e).toBeInstanceOf(NerModelError); message = (e as Error).message; }
      expect(message, name).toContain(file);
      expect(message, name).toMatch(why);
      oneSentence(message);
    }
  });
});
