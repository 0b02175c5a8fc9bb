import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BatchCleanedAlone, ImportCancelledError, importPaths, importTexts, prepareSlots, type ImportProgress, type PreparedSlot, type ReadSlot } from '../../../main/library/import-batch.ts';
import type { AddResult } from '../../../main/library/articles.ts';
import type { PreparedArticle } from '../../../main/library/prepare-article.ts';
import type { Store } from '../../../main/library/store.ts';
import { makeRecord, paragraphs, seedTexts, tempDir, tempStore } from './helpers.ts';

const seeds = seedTexts();
const NOW = new Date('2025-04-10T09:00:00Z');

/** A folder of articles with bad files among them, in name order: good, bad, good, bad, … */
function batchFolder(): { dir: string; good: string[]; bad: string[] } {
  const dir = tempDir();
  const write = (name: string, content: string | Buffer): string => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  };
  const good = [write('01-first.txt', seeds[0] ?? ''), write('03-second.txt', seeds[1] ?? ''), write('05-third.md', seeds[2] ?? ''), write('07-fourth.txt', seeds[3] ?? '')];
  const bad = [
    write('02-empty.txt', ''),
    write('04-binary.txt', Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 0, 0, 7, 8, 9, 0, 0, 0].concat(Array<number>(200).fill(0)))),
    write('06-broken.docx', 'this is not a zip archive'),
  ];
  return { dir, good, bad };
}

describe('importPaths', () => {
  it('imports the good files, reports the bad ones with their problem, and goes on', async () => {
    const { store } = tempStore();
    const { dir, good, bad } = batchFolder();
    const missing = path.join(dir, 'missing.txt');
    const progress: ImportProgress[] = [];
    const report = await importPaths(store, [dir, missing], { now: NOW, onProgress: (p) => progress.push(p) });

    expect(report.totals).toEqual({ files: 8, imported: 4, duplicate: 0, 'near-duplicate': 0, failed: 4 });
    expect(report.entries[0]).toEqual({ file: missing, status: 'failed', error: 'no such file or folder', code: 'not-found' });
    expect(report.entries.slice(1).map((e) => [path.basename(e.file), e.status])).toEqual([
      ['01-first.txt', 'imported'],
      ['02-empty.txt', 'failed'],
      ['03-second.txt', 'imported'],
      ['04-binary.txt', 'failed'],
      ['05-third.md', 'imported'],
      ['06-broken.docx', 'failed'],
      ['07-fourth.txt', 'imported'],
    ]);
    for (const e of report.entries.filter((x) => x.status === 'failed')) expect(e.error).toMatch(/\S/u);
    // Each failure also as the code the UI says in the analyst's language.
    expect(report.entries.filter((x) => x.status === 'failed').map((e) => [path.basename(e.file), e.code])).toEqual([
      ['missing.txt', 'not-found'],
      ['02-empty.txt', 'empty'],
      ['04-binary.txt', 'binary'],
      ['06-broken.docx', 'malformed'],
    ]);
    expect(report.entries.filter((x) => x.status !== 'failed').every((e) => e.code === undefined)).toBe(true);
    expect(bad.length + good.length).toBe(7);
    // Exactly the good files are in the workspace, under the ids the report gives.
    const stored = (await store.listArticles()).map((a) => a.id).sort();
    expect(stored).toEqual(report.entries.flatMap((e) => (e.id ? [e.id] : [])).sort());
    expect((await store.getArticle(stored[0] ?? ''))?.importedAt).toBe(NOW.toISOString());
    // Progress: every file read, then every readable file stored, counting up to its total.
    expect(progress.filter((p) => p.phase === 'read').map((p) => p.done)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(progress.filter((p) => p.phase === 'store').map((p) => p.status)).toEqual([
      'imported', 'failed', 'imported', 'failed', 'imported', 'failed', 'imported',
    ]);
    await store.close();
  });

  it('reports duplicates and near-duplicates on re-import, storing only the new story version', async () => {
    const { store } = tempStore();
    const { dir } = batchFolder();
    await importPaths(store, [dir], { now: NOW });
    const before = await store.countArticles();
    const republished = path.join(tempDir(), 'copy.txt');
    fs.writeFileSync(republished, ['نقلا عن وكالة محلية', ...paragraphs(seeds[3] ?? '').slice(2, -2), 'جميع الحقوق محفوظة'].join('\n'));
    const again = await importPaths(store, [dir, republished], { now: NOW });
    expect(again.totals).toMatchObject({ imported: 0, duplicate: 4, 'near-duplicate': 1, failed: 3 });
    const near = again.entries.find((e) => e.status === 'near-duplicate');
    const fourth = again.entries.find((e) => e.file.endsWith('07-fourth.txt'));
    expect(near?.duplicateOf).toBe(fourth?.id);
    // Named as the analyst knows it, never by its id alone.
    const original = await store.getArticle(fourth?.id ?? '');
    expect(near?.duplicateOfName).toBe(original?.title ?? original?.file);
    expect(near?.duplicateOfName).toMatch(/\p{Script=Arabic}/u);
    for (const e of again.entries.filter((x) => x.status === 'duplicate')) expect(e.duplicateOfName).toMatch(/\S/u);
    expect(near?.similarity).toBeGreaterThanOrEqual(0.5);
    expect(await store.countArticles()).toBe(before + 1);
    await store.close();
  });

  it('leaves the workspace as it was when the batch crashes in the middle of writing', async () => {
    const { store } = tempStore();
    const existing = makeRecord(seeds[4] ?? '');
    await store.addArticle(existing);
    await store.correctMetadata(existing.id, { title: 'مصحح' });
    const { dir } = batchFolder();
    const crash = importPaths(store, [dir], {
      now: NOW,
      onProgress: (p) => {
        if (p.phase === 'store' && p.done === 3) throw new Error('power cut');
      },
    });
    await expect(crash).rejects.toThrow('power cut');
    expect((await store.listArticles()).map((a) => a.id)).toEqual([existing.id]);
    // The search index was rolled back with the rows: nothing of the batch is findable, the old article still is.
    expect((await store.search('إدلب')).total).toBe(0);
    expect((await store.search('الشطري')).hits.map((h) => h.article.id)).toEqual([existing.id]);
    expect((await store.getArticle(existing.id))?.title).toBe('مصحح');
    // The same batch then imports cleanly.
    expect((await importPaths(store, [dir], { now: NOW })).totals.imported).toBe(4);
    await store.close();
  });

  it('treats a cleaner that throws for one document as that document failing', async () => {
    const { store } = tempStore();
    const { dir } = batchFolder();
    const report = await importPaths(store, [dir], {
      now: NOW,
      clean: (raws) => {
        if (raws.some((r) => r.file.endsWith('03-second.txt'))) throw new Error('cleaner bug on this one');
        return raws.map((r) => makeRecord(r.text, { file: r.file, id: `x-${path.basename(r.file)}` }));
      },
    });
    expect(report.entries.filter((e) => e.status === 'imported').map((e) => path.basename(e.file))).toEqual(['01-first.txt', '05-third.md', '07-fourth.txt']);
    expect(report.entries.find((e) => e.file.endsWith('03-second.txt'))).toMatchObject({ status: 'failed', error: 'cleaner bug on this one', code: 'not-cleaned' });
    expect(await store.countArticles()).toBe(3);
    await store.close();
  });

  it('cancels while reading or while writing, and writes nothing', async () => {
    const { store } = tempStore();
    const { dir } = batchFolder();
    for (const when of ['read', 'store'] as const) {
      const controller = new AbortController();
      const run = importPaths(store, [dir], {
        now: NOW,
        signal: controller.signal,
        onProgress: (p) => {
          if (p.phase === when && p.done === 2) controller.abort();
        },
      });
      await expect(run).rejects.toBeInstanceOf(ImportCancelledError);
      expect(await store.countArticles()).toBe(0);
    }
    const already = new AbortController();
    already.abort();
    await expect(importPaths(store, [dir], { signal: already.signal })).rejects.toThrow('import cancelled');
    await store.close();
  });
});

describe('importTexts', () => {
  it('imports pasted texts, refusing a blank one', async () => {
    const { store } = tempStore();
    const report = await importTexts(
      store,
      [
        { name: 'لصق 1', text: seeds[4] ?? '' },
        { name: 'لصق 2', text: '   \n  ' },
        { name: 'لصق 3', text: seeds[4] ?? '' },
      ],
      { now: NOW },
    );
    expect(report.entries.map((e) => e.status)).toEqual(['imported', 'failed', 'duplicate']);
    expect(report.entries[1]).toMatchObject({ error: 'the pasted text is empty', code: 'empty' });
    const stored = await store.getArticle(report.entries[0]?.id ?? '');
    expect(stored?.format).toBe('paste');
    expect(await store.countArticles()).toBe(1);
    await store.close();
  });

  it('refuses pasted text over the 20 MB file limit with a clear error, and writes nothing of it', async () => {
    const { store } = tempStore();
    // About 28 MB in UTF-8, as in the report; 11 M Arabic letters are 21 MB in UTF-8 but only 11 M characters.
    const big = `${seeds[4] ?? ''}\n${'خبر '.repeat(4_100_000)}`;
    const arabic = 'ب'.repeat(11_000_000);
    const report = await importTexts(store, [{ name: 'لصق كبير', text: big }, { name: 'لصق عربي', text: arabic }, { name: 'لصق صغير', text: seeds[4] ?? '' }], { now: NOW });
    expect(report.entries.map((e) => [e.file, e.status])).toEqual([['لصق كبير', 'failed'], ['لصق عربي', 'failed'], ['لصق صغير', 'imported']]);
    expect(report.entries[0]?.error).toMatch(/^the pasted text is 2\d\.\d MB, more than the 20 MB limit$/);
    expect(report.entries[1]?.error).toBe('the pasted text is 21 MB, more than the 20 MB limit');
    expect(await store.countArticles()).toBe(1);
    await store.close();
  });
});

describe('a batch prepared in runs', () => {
  const texts = [0, 1, 2, 3].map((i) => ({ name: `لصق ${String(i)}`, text: seeds[i] ?? '' }));

  /** The batch prepared in place, handed out two slots a run; `after` ends the runs after the first one. */
  function inRuns(after?: () => Error): (slots: readonly ReadSlot[], now: Date) => { total: number; runs: AsyncIterable<PreparedSlot[]> } {
    return (slots, now) => {
      const prepared = prepareSlots(slots, now);
      async function* runs(): AsyncGenerator<PreparedSlot[]> {
        yield prepared.slice(0, 2);
        await Promise.resolve();
        if (after !== undefined) throw after();
        yield prepared.slice(2);
      }
      return { total: slots.length, runs: runs() };
    };
  }

  it('stores the runs as they come, in order, as the whole batch at once would be', async () => {
    const { store } = tempStore();
    const progress: ImportProgress[] = [];
    const report = await importTexts(store, texts, { now: NOW, prepare: inRuns(), onProgress: (p) => progress.push(p) });
    const { store: whole } = tempStore();
    const expected = await importTexts(whole, texts, { now: NOW });
    expect(report.entries.map((e) => [e.file, e.status, e.id])).toEqual(expected.entries.map((e) => [e.file, e.status, e.id]));
    expect(progress.map((p) => [p.done, p.total])).toEqual([[1, 4], [2, 4], [3, 4], [4, 4]]);
    expect(await store.countArticles()).toBe(4);
    await store.close();
    await whole.close();
  });

  it('stores nothing when a run fails after the first ones were written', async () => {
    const { store } = tempStore();
    await expect(importTexts(store, texts, { now: NOW, prepare: inRuns(() => new Error('a cleaning thread stopped')) })).rejects.toThrow('a cleaning thread stopped');
    expect(await store.countArticles()).toBe(0);
    await store.close();
  });

  it('stores the batch again from the start when its cleaning starts over document by document', async () => {
    const { store } = tempStore();
    const again = (slots: readonly ReadSlot[]): PreparedSlot[] => slots.map((s, i) => (i === 1 ? { file: s.file, error: 'the cleaner failed', code: 'not-cleaned' } : prepareSlots([s], NOW)[0] as PreparedSlot));
    let slots: readonly ReadSlot[] = [];
    const prepare = inRuns(() => new BatchCleanedAlone(() => Promise.resolve(again(slots))));
    const report = await importTexts(store, texts, {
      now: NOW,
      prepare: (s, now) => {
        slots = s;
        return prepare(s, now);
      },
    });
    expect(report.entries.map((e) => e.status)).toEqual(['imported', 'failed', 'imported', 'imported']);
    expect(await store.countArticles()).toBe(3);
    await store.close();
  });

  it('stores nothing and ends the runs when cancelled between two runs', async () => {
    const { store } = tempStore();
    const controller = new AbortController();
    let ended = false;
    const report = importTexts(store, texts, {
      now: NOW,
      signal: controller.signal,
      prepare: (slots, now) => {
        const prepared = prepareSlots(slots, now);
        async function* runs(): AsyncGenerator<PreparedSlot[]> {
          try {
            yield prepared.slice(0, 2);
            await Promise.resolve();
            controller.abort();
            yield prepared.slice(2);
          } finally {
            ended = true;
          }
        }
        return { total: slots.length, runs: runs() };
      },
    });
    await expect(report).rejects.toBeInstanceOf(ImportCancelledError);
    expect(ended).toBe(true);
    expect(await store.countArticles()).toBe(0);
    await store.close();
  });
});

describe('importPaths into a store that writes several articles at once', () => {
  /** The local store with `addArticles` made of its own addArticle, counting the calls and their sizes. */
  function batchingStore(): { store: Store; calls: number[] } {
    const { store } = tempStore();
    const calls: number[] = [];
    const addArticles = async (list: readonly PreparedArticle[], at?: Date): Promise<AddResult[]> => {
      calls.push(list.length);
      const out: AddResult[] = [];
      for (const a of list) out.push(await store.addArticle(a, at));
      return out;
    };
    return { store: { ...store, addArticles }, calls };
  }

  it('hands it the good articles in one call and reports each file as the one-article path does', async () => {
    const { dir } = batchFolder();
    const plain = tempStore().store;
    const expected = await importPaths(plain, [dir], { now: NOW });
    const { store, calls } = batchingStore();
    const progress: ImportProgress[] = [];
    const report = await importPaths(store, [dir], { now: NOW, onProgress: (p) => progress.push(p) });
    expect(report).toEqual(expected);
    expect(calls).toEqual([4]);
    expect(progress.filter((p) => p.phase === 'store').map((p) => [p.done, path.basename(p.file), p.status])).toEqual(
      report.entries.map((e, i) => [i + 1, path.basename(e.file), e.status]),
    );
    await plain.close();
    await store.close();
  });

  it('undoes the whole batch when a cancel is heard between its chunks', async () => {
    const { store } = batchingStore();
    const texts = Array.from({ length: 150 }, (_, i) => ({ name: `n${String(i)}.txt`, text: `${seeds[i % 5] ?? ''}\n\nسطر خاص بالنسخة رقم ${String(i)} ${'كلمة '.repeat(i % 7)}` }));
    const controller = new AbortController();
    const run = importTexts(store, texts, {
      now: NOW,
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'store' && p.done === 100) controller.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(ImportCancelledError);
    expect(await store.countArticles()).toBe(0);
    await store.close();
  });
});
