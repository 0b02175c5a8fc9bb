import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type AppApi } from '../../../main/api/handlers/create-api.ts';
import type { Response } from '../../../main/api/contract.ts';

const seedsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'seeds');
let dir: string;
let api: AppApi;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mawjaz-clean-budget-'));
  api = await createApi({
    workspace: path.join(dir, 'w.mawjaz'),
    exportsDir: path.join(dir, 'exports'),
    now: () => '2025-04-10T09:00:00.000Z',
    cleanBudget: { fileMs: 3_000, perFileMs: 300 },
  });
  await api.warmWork();
});

afterAll(async () => {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('cleaning an import within its budget', () => {
  it('fails only the document the cleaner crawls on, by name, and imports the rest of the batch', async () => {
    // 60,000 short lines: the cleaner's line classification takes minutes on it, far past a 3 s budget.
    const crawl = Array.from({ length: 60_000 }, (_, i) => `فقرة رقم ${String(i)} من الصفحة`).join('\n\n');
    const seed = (name: string): { name: string; base64: string } => ({ name, base64: readFileSync(path.join(seedsDir, name)).toString('base64') });
    const files = [seed('000_4ff2338cbc9187df.txt'), { name: 'crawl.txt', base64: Buffer.from(crawl).toString('base64') }, seed('001_f195298f482e62d6.txt')];
    const result = await api.call('articles:importFiles', { files });
    if (!result.ok) throw new Error(result.error.message);
    const report = result.value as Response<'articles:importFiles'>;
    expect(report.entries.map((e) => [e.file, e.status, e.error])).toEqual([
      ['000_4ff2338cbc9187df.txt', 'imported', undefined],
      ['crawl.txt', 'failed', 'cleaning took longer than 3 s and was stopped; the rest of the batch goes on'],
      ['001_f195298f482e62d6.txt', 'imported', undefined],
    ]);
    expect((await api.call('workspace:info', {})).ok).toBe(true);
  }, 120_000);
});
