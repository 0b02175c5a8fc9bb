import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const dir = mkdtempSync(path.join(os.tmpdir(), 'mawjaz-brief-model-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('mawjaz brief without its entity model', () => {
  it('stops at start with one sentence naming the missing model file, writing nothing', () => {
    // The resources folder is read when the process starts, so the command runs in a child process.
    const article = path.join(dir, 'article.txt');
    writeFileSync(article, 'قال الرئيس إن الحوار مستمر.\n');
    const out = path.join(dir, 'brief.json');
    const run = spawnSync(process.execPath, [path.join(root, 'bin', 'mawjaz.mjs'), 'brief', article, '--json', out], {
      env: { ...process.env, MAWJAZ_RESOURCES: dir },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    const message = run.stderr.trim();
    expect(message.split('\n')).toHaveLength(1);
    expect(message).toContain(path.join(dir, 'models', 'ner', 'anercorp-perceptron.bin'));
    expect(message).toMatch(/missing/u);
    expect(existsSync(out)).toBe(false);
  }, 30_000);
});
