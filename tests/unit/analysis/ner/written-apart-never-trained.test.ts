import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeModel } from '../../../../main/analysis/ner/model-file.ts';
import { sha256Hex } from '../../../../main/text/sha256.ts';
import { resources } from '../../../../main/resources.ts';

// The annotated sets of tests/fixtures/entities/ measure the tagger on text it has never seen; a training or tuning
// path that read them would make that figure a training score. The tests of these paths train on inline corpora, so
// what is checked here is the code that reads files: none of it names the fixtures or the reader of the sets.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const NAMES_THE_SETS = /fixtures|modern-\d|modern-docs/u;

function sources(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.ts') && keep(f)).map((f) => `${dir}/${f}`);
}

describe('the sets written apart (tests/fixtures/entities/)', () => {
  it('are read by no training or tuning script, nor by the tagger modules those scripts call', () => {
    const files = [...sources('scripts', (f) => /^(train|tune)-ner/u.test(f)), ...sources('main/analysis/ner', () => true)];
    expect(files.filter((f) => f.startsWith('scripts/')).length).toBeGreaterThanOrEqual(3);
    expect(files.filter((f) => NAMES_THE_SETS.test(readFileSync(path.join(root, f), 'utf8')))).toEqual([]);
  });

  it('are named by no npm script that trains or tunes', () => {
    const scripts: Record<string, string> = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const training = Object.entries(scripts).filter(([name]) => /^(train|tune):ner/u.test(name));
    expect(training.length).toBeGreaterThanOrEqual(2);
    expect(training.filter(([, command]) => NAMES_THE_SETS.test(command))).toEqual([]);
  });

  it('are not the data the shipped model records it was trained on', () => {
    const inputs = decodeModel(readFileSync(resources.nerModelFile)).header.inputs;
    expect(inputs?.data).toBeDefined();
    const data = inputs?.data;
    const dir = path.join(root, 'tests', 'fixtures', 'entities');
    const sets = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => path.join(dir, e.name, `${e.name}.txt`));
    expect(sets.map((f) => path.basename(f))).toEqual(expect.arrayContaining(['modern-1.txt', 'modern-2.txt', 'modern-3.txt', 'modern-4.txt', 'modern-5.txt', 'modern-6.txt', 'modern-7.txt', 'modern-8.txt', 'modern-9.txt', 'modern-10.txt', 'modern-11.txt']));
    for (const set of sets) {
      expect(data?.name).not.toBe(path.basename(set));
      expect(data?.sha256).not.toBe(sha256Hex(readFileSync(set)));
    }
  });
});
