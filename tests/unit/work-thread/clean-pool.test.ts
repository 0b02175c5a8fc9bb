import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { BatchCleanedAlone, prepareSlots, type PreparedSlot, type ReadSlot } from '../../../main/library/import-batch.ts';
import type { RawDocument } from '../../../main/model/raw-document.ts';
import { closeKeptThreads, keptThreads, POOL_MIN_DOCUMENTS, preparedRuns, prepareInPool, shareOut, startCleaningThread } from '../../../main/work-thread/clean-pool.ts';
import { WorkCancelledError } from '../../../main/work-thread/work-errors.ts';

const NOW = new Date('2025-04-10T00:00:00Z');

// Words of our own, put together by a seeded generator: texts that differ, with lines that repeat across the batch.
const WORDS = ['المجلس', 'البلدي', 'يناقش', 'خطة', 'جديدة', 'لتنظيم', 'الأسواق', 'الشعبية', 'في', 'المدينة', 'وقال', 'رئيس', 'اللجنة',
  'إن', 'العمل', 'سيبدأ', 'بعد', 'شهرين', 'من', 'الآن', 'وأضاف', 'أن', 'التجار', 'طالبوا', 'بمواقف', 'للسيارات', 'قرب', 'الساحة', 'الكبرى'];

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (Math.imul(a, 1664525) + 1013904223) >>> 0;
    return a / 4294967296;
  };
}

function raw(file: string, text: string): RawDocument {
  return { file, format: 'txt', encoding: 'utf-8', text, declared: {} };
}

function batch(count: number): ReadSlot[] {
  const next = random(7);
  const sentence = (): string => Array.from({ length: 8 + Math.floor(next() * 8) }, () => WORDS[Math.floor(next() * WORDS.length)]).join(' ') + '.';
  return Array.from({ length: count }, (_, i) => {
    const paragraphs = Array.from({ length: 3 + (i % 4) }, () => `${sentence()} ${sentence()}`);
    // Every third article ends with the same short line: boilerplate the batch as a whole has to find.
    const text = [`${sentence()} ${String(i)}`, '', ...paragraphs, ...(i % 3 === 0 ? ['تابعونا على الموقع'] : [])].join('\n\n');
    return { file: `article-${String(i)}.txt`, raw: raw(`article-${String(i)}.txt`, text) };
  });
}

/** The slots as comparable values (MinHash arrays as plain arrays). */
function plain(slots: unknown): unknown {
  return JSON.parse(JSON.stringify(slots, (_k, v: unknown) => (v instanceof Uint32Array ? Array.from(v) : v)));
}

/** A stand-in cleaning thread: it finds lines, fails to clean its documents with the batch, and cleans them alone. */
function standIn(): Worker {
  return new Worker(
    `const { parentPort } = require('node:worker_threads');
     parentPort.on('message', (job) => {
       if (job.kind === 'lines') parentPort.postMessage({ kind: 'lines', docs: job.docs.map((d) => ({ index: d.index, lines: { keys: [], fingerprint: String(d.index), outlet: null } })) });
       else parentPort.postMessage({ kind: 'cleaned', docs: job.docs.map((d) => (job.mode === 'batch' ? { index: d.index } : { index: d.index, slot: { file: 'alone ' + String(d.index) } })) });
     });`,
    { eval: true },
  );
}

/** Resolves once `w` has exited (at once when it is already gone). */
function exited(w: Worker): Promise<unknown> {
  return w.threadId === -1 ? Promise.resolve() : once(w, 'exit');
}

describe('the import\'s cleaning pool', () => {
  afterEach(async () => {
    await closeKeptThreads();
  });
  it('gives back exactly what cleaning in one thread gives, in the order of the batch, failures named in place', async () => {
    const slots = batch(POOL_MIN_DOCUMENTS + 10);
    // A file that could not be read, and one that has no text left to store once cleaned.
    slots.splice(5, 0, { file: 'unreadable.docx', error: 'not a Word file' });
    slots.splice(20, 0, { file: 'empty.txt', raw: raw('empty.txt', '— — —\n\n* * *') });
    const expected = prepareSlots(slots, NOW);
    const pooled = await prepareInPool(slots, NOW, { threads: 2, local: true });
    expect(plain(pooled)).toEqual(plain(expected));
    expect(pooled.map((s) => s.file)).toEqual(slots.map((s) => s.file));
    expect(pooled[5]).toEqual({ file: 'unreadable.docx', error: 'not a Word file', code: 'unreadable' });
    expect(pooled[20]?.prepared).toBeUndefined();
    expect(pooled[20]?.error).toMatch(/no article text/u);
    // The batch's repeated line was found across the threads' parts, as in one thread.
    expect(pooled[0]?.prepared?.record.removed.some((r) => r.text === 'تابعونا على الموقع')).toBe(true);
  });

  it('cleans each document with the outlet read where its lines were found, as in one thread', async () => {
    // Datelines naming a newsroom, so an outlet handed from the lane that found a document's lines to the one that
    // cleans it (clean-pool.ts batchLines) shows in the records.
    const slots = batch(POOL_MIN_DOCUMENTS + 150).map((s, i) =>
      s.raw === undefined || i % 3 !== 1 ? s : { ...s, raw: { ...s.raw, text: `بغداد - شفق نيوز\n\n${s.raw.text}` } },
    );
    const runs: PreparedSlot[][] = [];
    for await (const run of preparedRuns(slots, NOW, { threads: 1, local: true })) runs.push(run);
    expect(plain(runs.flat())).toEqual(plain(prepareSlots(slots, NOW)));
    expect(runs.flat().filter((s) => s.prepared?.record.outlet === 'شفق نيوز').length).toBeGreaterThan(60);
  });

  it('cleans a small batch in the calling thread, starting no thread', async () => {
    const slots = batch(3);
    const started: Worker[] = [];
    const pooled = await prepareInPool(slots, NOW, {
      start: () => {
        const w = startCleaningThread();
        started.push(w);
        return w;
      },
    });
    expect(started).toEqual([]);
    expect(plain(pooled)).toEqual(plain(prepareSlots(slots, NOW)));
  });

  it('shares a batch out in order, in runs of about the same amount of text', () => {
    const docs = [10, 10, 10, 10, 30, 10, 10, 10].map((n, i) => ({ i, raw: { text: 'x'.repeat(n) } }));
    const parts = shareOut(docs, 2);
    expect(parts.flat().map((d) => d.i)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(parts.map((p) => p.map((d) => d.i))).toEqual([[0, 1, 2, 3], [4, 5, 6, 7]]);
  });

  it('shares a batch out in proportion to weights', () => {
    const docs = Array.from({ length: 10 }, (_, i) => ({ i, raw: { text: 'x'.repeat(10) } }));
    expect(shareOut(docs, 2, [2, 3]).map((p) => p.length)).toEqual([4, 6]);
  });

  it('hands the batch out in runs, in order, the calling thread\'s first, as cleaning in one thread gives it', async () => {
    const slots = batch(POOL_MIN_DOCUMENTS + 10);
    slots.splice(7, 0, { file: 'unreadable.docx', error: 'not a Word file' });
    const runs: PreparedSlot[][] = [];
    for await (const run of preparedRuns(slots, NOW, { threads: 1, local: true, runDocuments: 10 })) runs.push(run);
    // The calling thread's part (about 0.55 / 1.55 of the text) in one run, then the thread's in runs of ten.
    expect(runs.length).toBeGreaterThanOrEqual(4);
    expect(runs[0]?.length).toBeGreaterThan(15);
    expect(runs[0]?.length).toBeLessThan(30);
    expect(plain(runs.flat())).toEqual(plain(prepareSlots(slots, NOW)));
  });

  it('ends its runs with BatchCleanedAlone when the cleaner fails on a document after runs were handed out', async () => {
    const slots = batch(POOL_MIN_DOCUMENTS);
    const handed: PreparedSlot[][] = [];
    let ended: unknown = null;
    try {
      for await (const run of preparedRuns(slots, NOW, { threads: 1, local: true, start: standIn })) handed.push(run);
    } catch (e) {
      ended = e;
    }
    expect(handed).toHaveLength(1);
    expect(ended).toBeInstanceOf(BatchCleanedAlone);
    const again = await (ended as BatchCleanedAlone).again();
    // The whole batch, each document cleaned alone: the calling thread's for real, the thread's by the stand-in.
    const local = again.findIndex((s) => s.file.startsWith('alone '));
    expect(local).toBeGreaterThan(0);
    expect(plain(again.slice(0, local))).toEqual(plain(slots.slice(0, local).map((s) => prepareSlots([s], NOW)[0])));
    expect(again.slice(local).map((s) => s.file)).toEqual(Array.from({ length: slots.length - local }, (_, i) => `alone ${String(local + i)}`));
  });

  it('stops its threads before cleaning the batch again alone when the cleaner fails before any run was handed out', async () => {
    const events: string[] = [];
    let started = 0;
    const start = (): Worker => {
      const id = started++;
      const w = standIn();
      const terminate = w.terminate.bind(w);
      w.terminate = () => {
        events.push(`terminate ${String(id)}`);
        return terminate();
      };
      events.push(`start ${String(id)}`);
      return w;
    };
    const slots = batch(POOL_MIN_DOCUMENTS);
    const runs: PreparedSlot[][] = [];
    // No calling thread's part: the thread's first answer fails with the batch, before anything was handed out.
    for await (const run of preparedRuns(slots, NOW, { threads: 1, local: false, start })) runs.push(run);
    expect(runs.flat().map((s) => s.file)).toEqual(slots.map((_, i) => `alone ${String(i)}`));
    // The first thread was stopped before the second was started (it would have cleaned on through its queued runs).
    expect(events.indexOf('terminate 0')).toBeGreaterThanOrEqual(0);
    expect(events.indexOf('terminate 0')).toBeLessThan(events.indexOf('start 1'));
  });

  it('terminates its threads and stores nothing of the batch when cancelled while they work', async () => {
    const controller = new AbortController();
    const started: Worker[] = [];
    const pooling = prepareInPool(batch(POOL_MIN_DOCUMENTS), NOW, {
      threads: 2,
      local: false,
      signal: controller.signal,
      start: () => {
        const w = startCleaningThread();
        started.push(w);
        // Cancelled once a thread has answered the first step: the threads are then at work on the batch.
        w.once('message', () => controller.abort());
        return w;
      },
    });
    await expect(pooling).rejects.toBeInstanceOf(WorkCancelledError);
    expect(started).toHaveLength(2);
    // Every thread stopped: each has exited (an exit code, or already gone before this listener was added).
    await Promise.all(started.map((w) => (w.threadId === -1 ? Promise.resolve() : once(w, 'exit'))));
    expect(started.every((w) => w.threadId === -1)).toBe(true);
  });

  it('cleans every document alone when the cleaner fails on one, as the batch in one thread does', async () => {
    // A stand-in thread: it cannot find the lines of document 2, and answers each cleaning with the mode it was asked.
    const standIn = (): Worker =>
      new Worker(
        `const { parentPort } = require('node:worker_threads');
         parentPort.on('message', (job) => {
           if (job.kind === 'lines') parentPort.postMessage({ kind: 'lines', docs: job.docs.map((d) => d.index === 2 ? { index: d.index } : { index: d.index, lines: { keys: [], fingerprint: String(d.index), outlet: null } }) });
           else parentPort.postMessage({ kind: 'cleaned', docs: job.docs.map((d) => ({ index: d.index, slot: { file: job.mode + ' ' + String(d.index) } })) });
         });`,
        { eval: true },
      );
    const pooled = await prepareInPool(batch(POOL_MIN_DOCUMENTS), NOW, { threads: 2, local: false, start: standIn });
    expect(pooled.map((s) => s.file)).toEqual(Array.from({ length: POOL_MIN_DOCUMENTS }, (_, i) => `alone ${String(i)}`));
  });

  it('fails the batch, naming the cause, when a thread dies', async () => {
    const dying = (): Worker => new Worker(`require('node:worker_threads').parentPort.on('message', () => process.exit(3));`, { eval: true });
    await expect(prepareInPool(batch(POOL_MIN_DOCUMENTS), NOW, { threads: 1, local: false, start: dying })).rejects.toThrow(/cleaning thread stopped \(exit code 3\)/u);
  });

  it('keeps its threads for the next batch, which they clean as one thread does, until closed', async () => {
    await closeKeptThreads();
    const first = batch(POOL_MIN_DOCUMENTS + 10);
    expect(plain(await prepareInPool(first, NOW, { threads: 1, local: true }))).toEqual(plain(prepareSlots(first, NOW)));
    const [thread] = keptThreads();
    expect(thread).toBeDefined();
    const id = (thread as Worker).threadId;
    // Another batch, its documents at the same places as the first's: the kept thread cleans them, not the old ones.
    const second = batch(POOL_MIN_DOCUMENTS + 20).slice(10).map((s, i) => ({ ...s, file: `second-${String(i)}.txt` }));
    expect(plain(await prepareInPool(second, NOW, { threads: 1, local: true }))).toEqual(plain(prepareSlots(second, NOW)));
    expect(keptThreads().map((w) => w.threadId)).toEqual([id]);
    await closeKeptThreads();
    expect(keptThreads()).toEqual([]);
    await exited(thread as Worker);
    expect((thread as Worker).threadId).toBe(-1);
  });

  it('terminates a kept thread it takes when the batch is cancelled, and keeps none', async () => {
    await closeKeptThreads();
    await prepareInPool(batch(POOL_MIN_DOCUMENTS), NOW, { threads: 1, local: false });
    const [thread] = keptThreads();
    expect(thread).toBeDefined();
    const controller = new AbortController();
    // The kept thread answers nothing until the new batch's first step: cancelled while it works on the batch.
    (thread as Worker).once('message', () => controller.abort());
    await expect(prepareInPool(batch(POOL_MIN_DOCUMENTS), NOW, { threads: 1, local: false, signal: controller.signal })).rejects.toBeInstanceOf(WorkCancelledError);
    expect(keptThreads()).toEqual([]);
    await exited(thread as Worker);
    expect((thread as Worker).threadId).toBe(-1);
  });

  it('keeps no thread of a batch whose runs were abandoned before their end', async () => {
    await closeKeptThreads();
    const slots = batch(POOL_MIN_DOCUMENTS + 10);
    for await (const run of preparedRuns(slots, NOW, { threads: 1, local: true })) {
      expect(run.length).toBeGreaterThan(0);
      break;
    }
    expect(keptThreads()).toEqual([]);
    // A later batch starts fresh threads and is cleaned whole.
    expect(plain(await prepareInPool(slots, NOW, { threads: 1, local: true }))).toEqual(plain(prepareSlots(slots, NOW)));
    expect(keptThreads()).toHaveLength(1);
  });

  it('forgets a kept thread that stops while idle, and cleans the next batch with a fresh one', async () => {
    await closeKeptThreads();
    const slots = batch(POOL_MIN_DOCUMENTS);
    await prepareInPool(slots, NOW, { threads: 1, local: false });
    const [thread] = keptThreads();
    await (thread as Worker).terminate();
    expect(keptThreads()).toEqual([]);
    expect(plain(await prepareInPool(slots, NOW, { threads: 1, local: false }))).toEqual(plain(prepareSlots(slots, NOW)));
    expect(keptThreads()).toHaveLength(1);
    expect(keptThreads()[0]).not.toBe(thread);
  });

  it('keeps no thread a caller started itself', async () => {
    await closeKeptThreads();
    const started: Worker[] = [];
    await prepareInPool(batch(POOL_MIN_DOCUMENTS), NOW, {
      threads: 1,
      local: false,
      start: () => {
        const w = startCleaningThread();
        started.push(w);
        return w;
      },
    });
    expect(keptThreads()).toEqual([]);
    await exited(started[0] as Worker);
    expect(started[0]?.threadId).toBe(-1);
  });
});
