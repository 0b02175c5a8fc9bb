import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importTexts } from '../../../main/library/import-batch.ts';
import { allPrepared } from '../../../main/library/prepared-runs.ts';
import { openWorkspace } from '../../../main/library/open-workspace.ts';
import { keptThreads, POOL_MIN_DOCUMENTS } from '../../../main/work-thread/clean-pool.ts';
import { createInProcessWork } from '../../../main/work-thread/in-process.ts';
import { WorkCancelledError } from '../../../main/work-thread/work-thread.ts';

const seed = path.resolve('tests/fixtures/seeds', fs.readdirSync('tests/fixtures/seeds').filter((f) => f.endsWith('.txt'))[0] ?? '');

describe('the work thread\'s jobs in process (the CLI)', () => {
  it('reads a file and cleans it as the thread does', async () => {
    const work = createInProcessWork();
    const raw = await work.readDocument(seed);
    expect(raw.file).toBe(seed);
    const [prepared] = await allPrepared(await work.prepareImport([{ file: seed, raw }], new Date('2025-04-10T00:00:00Z')));
    expect(prepared?.prepared?.record.body.length).toBeGreaterThan(200);
  });

  it('refuses every job of a kind once it is cancelled, and stops a read under way', async () => {
    const work = createInProcessWork();
    expect(work.cancel('assemble')).toBe(false);
    await expect(work.assemble([], { now: '2025-04-10' })).rejects.toBeInstanceOf(WorkCancelledError);
    const reading = work.readDocument(seed);
    expect(work.cancel('read')).toBe(true);
    await expect(reading).rejects.toThrow();
    await expect(work.readDocument(seed)).rejects.toBeInstanceOf(WorkCancelledError);
  });

  it('stops a large batch\'s cleaning under way on a cancel, and the import stores nothing', async () => {
    const work = createInProcessWork();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mawjaz-in-process-'));
    const store = openWorkspace(path.join(dir, 'workspace.mawjaz'), { now: () => new Date('2025-04-10T00:00:00Z') });
    try {
      const texts = Array.from({ length: 60 }, (_, i) => ({ name: `note-${String(i)}.txt`, text: `عنوان الخبر ${String(i)}\n\nقال المتحدث إن الاجتماع ${String(i)} انتهى باتفاق على موعد جديد للمحادثات.` }));
      const controller = new AbortController();
      const importing = importTexts(store, texts, {
        signal: controller.signal,
        // As the API's cancel does: the import's signal, then the work under way.
        prepare: (slots, now) => {
          const preparing = work.prepareImport(slots, now);
          controller.abort();
          expect(work.cancel('prepare')).toBe(true);
          return preparing;
        },
      });
      await expect(importing).rejects.toThrow('import cancelled');
      expect(await store.countArticles({})).toBe(0);
    } finally {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('ends the cleaning pool\'s threads kept for a next batch when the host closes it, and none it did not keep', async () => {
    const texts = (tag: string): { file: string; raw: { file: string; format: 'txt'; encoding: string; text: string; declared: object } }[] =>
      Array.from({ length: POOL_MIN_DOCUMENTS + 5 }, (_, i) => {
        const file = `${tag}-${String(i)}.txt`;
        return { file, raw: { file, format: 'txt', encoding: 'utf-8', text: `عنوان الخبر ${String(i)}\n\nقال المتحدث إن الاجتماع ${String(i)} انتهى باتفاق على موعد جديد للمحادثات.`, declared: {} } };
      });
    // A host that never imported closes without loading the pool, and ends nothing.
    await createInProcessWork().close();
    const work = createInProcessWork();
    await allPrepared(await work.prepareImport(texts('first'), new Date('2025-04-10T00:00:00Z')));
    const kept = keptThreads();
    expect(kept.length).toBeGreaterThan(0);
    await work.close();
    expect(keptThreads()).toEqual([]);
    await Promise.all(kept.map((w) => (w.threadId === -1 ? undefined : once(w, 'exit'))));
    expect(kept.map((w) => w.threadId)).toEqual(kept.map(() => -1));
  });
});
