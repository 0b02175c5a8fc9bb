import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportCancelledError, importPaths, READS_AHEAD, type ImportProgress } from '../../../main/library/import-batch.ts';
import type { RawDocument } from '../../../main/model/raw-document.ts';
import { readDocument } from '../../../main/ingest/read-document.ts';
import { seedTexts, tempDir, tempStore } from './helpers.ts';

const NOW = new Date('2025-04-10T09:00:00Z');

/** A folder of `count` articles (the seeds over again, each numbered), named in order. */
function folder(count: number): string[] {
  const dir = tempDir();
  const seeds = seedTexts();
  return Array.from({ length: count }, (_, i) => {
    const file = path.join(dir, `${String(i).padStart(3, '0')}.txt`);
    fs.writeFileSync(file, `خبر رقم ${String(i)}\n\n${seeds[i % seeds.length] ?? ''}`);
    return file;
  });
}

/** A reader that finishes its reads in reverse order of asking, counting how many are under way at once. */
function slowReader(failOn: ReadonlySet<string> = new Set()) {
  let running = 0;
  let most = 0;
  const asked: string[] = [];
  const read = async (file: string): Promise<RawDocument> => {
    asked.push(file);
    running++;
    most = Math.max(most, running);
    try {
      await new Promise((resolve) => setTimeout(resolve, 40 - (asked.length % 8) * 5));
      if (failOn.has(path.basename(file))) throw new Error(`cannot read ${path.basename(file)}`);
      return await readDocument(file);
    } finally {
      running--;
    }
  };
  return { read, asked, most: () => most };
}

describe('importPaths reads ahead', () => {
  it('reads several files at once, and reports and stores them in the files\' order, a failed read in its place', async () => {
    const { store } = tempStore();
    const files = folder(20);
    const reader = slowReader(new Set(['005.txt']));
    const progress: ImportProgress[] = [];
    const report = await importPaths(store, [path.dirname(files[0] ?? '')], { now: NOW, read: reader.read, onProgress: (p) => progress.push(p) });

    expect(reader.most()).toBeGreaterThan(1);
    expect(reader.most()).toBeLessThanOrEqual(READS_AHEAD);
    expect(reader.asked).toEqual(files);
    // Stored (as new articles, or as copies of earlier ones) in the files' order; the failed read in its place.
    expect(report.entries.map((e) => [path.basename(e.file), e.status === 'failed'])).toEqual(files.map((f) => [path.basename(f), path.basename(f) === '005.txt']));
    expect(report.entries[5]?.error).toBe('cannot read 005.txt');
    const reads = progress.filter((p) => p.phase === 'read');
    expect(reads.map((p) => [p.done, path.basename(p.file), p.status])).toEqual(files.map((f, i) => [i + 1, path.basename(f), i === 5 ? 'failed' : 'read']));
  });

  it('starts no read once cancelled, and writes nothing', async () => {
    const { store } = tempStore();
    const files = folder(30);
    const reader = slowReader();
    const controller = new AbortController();
    const importing = importPaths(store, [path.dirname(files[0] ?? '')], {
      now: NOW,
      read: reader.read,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'read' && p.done === 3) controller.abort();
      },
    });
    await expect(importing).rejects.toBeInstanceOf(ImportCancelledError);
    expect(reader.asked.length).toBeLessThanOrEqual(3 + READS_AHEAD);
    expect(await store.countArticles()).toBe(0);
  });
});
