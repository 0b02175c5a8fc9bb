import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { repeatedAcross, type DocumentLines } from '../ingest/clean/repeated-lines.ts';
import { BatchCleanedAlone, prepareSlots, type PreparedSlot, type ReadSlot } from '../library/import-batch.ts';
import type { CleanMode, PoolJob } from './clean-pool-messages.ts';
import { localLane, threadLane, type Lane, type LaneDocument } from './clean-pool-lanes.ts';
import type { HeldDocument } from './clean-pool-work.ts';
import { startWorker } from './start-worker.ts';
import { WorkCancelledError } from './work-errors.ts';

/** Below this many documents a batch is cleaned in the calling thread: starting threads would cost more. */
export const POOL_MIN_DOCUMENTS = 50;

export interface PoolOptions {
  /** Aborting it terminates the pool's threads at once; the batch then rejects with WorkCancelledError. */
  signal?: AbortSignal;
  /** How many threads to start (default: see poolThreads). */
  threads?: number;
  /** Whether the calling thread cleans a part of the batch too (default: see poolThreads). */
  local?: boolean;
  /** Starts one thread (tests start their own). */
  start?: () => Worker;
}

/**
 * Starts a thread of the pool (clean-pool-worker.ts; in the build, clean-pool-worker.js), with V8's default settings:
 * none measured (compiler flags, a larger young generation, Maglev beside TurboFan) lowered the threads' total CPU,
 * most of which is TurboFan compiling the cleaning code once per isolate.
 */
export function startCleaningThread(): Worker {
  // Built, its code compiled from V8's code cache, written once a thread has answered its first run cleaned.
  return startWorker(new URL('./clean-pool-worker.ts', import.meta.url), 'clean-pool-worker', { cache: 'thread', savedAfter: 'cleaned' });
}

/** Threads started ahead of a batch (standbyPool), unreferenced so that they never keep the process alive. */
let standby: Worker[] = [];

/**
 * Starts the pool's threads now, for a batch of `documents` about to be read: loading their code (about a third of
 * a second) then overlaps with the reading instead of following it. The next prepareInPool takes them.
 */
export function standbyPool(documents: number): void {
  if (documents < POOL_MIN_DOCUMENTS || standby.length > 0) return;
  standby = Array.from({ length: Math.max(0, poolThreads().threads - kept.length) }, () => {
    const w = startCleaningThread();
    w.unref();
    return w;
  });
}

/**
 * How long threads that cleaned a batch to its end are kept, idle, for the next batch of the same process (the host,
 * the desk's work thread, the bench): a kept thread has its code loaded and optimised, where a fresh one costs about
 * 0.9 s of CPU before it cleans at full speed; an idle one holds its heap (tens of MB) until then.
 */
const KEEP_IDLE_MS = 120_000;

/** Threads kept after a batch (keepThreads), unreferenced, each with what takes it off the list should it stop. */
let kept: { w: Worker; gone: () => void }[] = [];
let keptTimer: ReturnType<typeof setTimeout> | null = null;

/** The threads kept for the next batch now (for tests and the bench). */
export function keptThreads(): Worker[] {
  return kept.map((k) => k.w);
}

/**
 * Terminates the threads kept for the next batch, and those started ahead of a batch not yet begun (the host closing:
 * the in-process work's close(); KEEP_IDLE_MS after the last batch).
 */
export async function closeKeptThreads(): Promise<void> {
  if (keptTimer !== null) clearTimeout(keptTimer);
  keptTimer = null;
  const closing = [...takeKept(kept.length), ...standby.splice(0)];
  await Promise.all(closing.map((w) => w.terminate()));
}

/** Takes up to `count` kept threads off the list. */
function takeKept(count: number): Worker[] {
  return kept.splice(0, count).map(({ w, gone }) => {
    w.off('exit', gone);
    w.off('error', gone);
    return w;
  });
}

/**
 * Keeps threads that cleaned a batch to its end (nothing asked of them unanswered) for the next one: they drop the
 * batch's documents, stop keeping the process alive, and are terminated after KEEP_IDLE_MS without a batch. One that
 * stops or fails meanwhile leaves the list.
 */
function keepThreads(workers: readonly Worker[]): void {
  for (const w of workers) {
    w.postMessage({ kind: 'forget' } satisfies PoolJob);
    w.unref();
    const gone = (): void => {
      kept = kept.filter((k) => k.w !== w);
    };
    w.once('exit', gone);
    w.on('error', gone);
    kept.push({ w, gone });
  }
  if (keptTimer !== null) clearTimeout(keptTimer);
  keptTimer = setTimeout(() => void closeKeptThreads(), KEEP_IDLE_MS);
  keptTimer.unref();
}

/**
 * `count` threads: kept ones first, then those started ahead (the rest of those terminated), then as many fresh ones
 * as needed; or as many fresh ones as `start` gives (a test's own threads).
 */
function takeThreads(count: number, start: (() => Worker) | undefined): Worker[] {
  const ready = start === undefined ? takeKept(count) : [];
  if (start === undefined) ready.push(...standby.splice(0, count - ready.length));
  for (const w of standby.splice(0)) void w.terminate();
  for (const w of ready) w.ref();
  while (ready.length < count) ready.push((start ?? startCleaningThread)());
  return ready;
}

/**
 * How the batch is shared out: one part for each core but one, which the calling thread cleans while the threads
 * clean the rest (it would otherwise only wait for them).
 */
export function poolThreads(): { threads: number; local: boolean } {
  return { threads: Math.max(1, availableParallelism() - 1), local: true };
}

/**
 * Splits the documents, in order, into `parts` runs holding about the same amount of text, or text in proportion to
 * `weights` (one per part) when given.
 */
export function shareOut<T extends { raw: { text: string } }>(docs: readonly T[], parts: number, weights?: readonly number[]): T[][] {
  const total = docs.reduce((n, d) => n + d.raw.text.length, 0);
  const weight = Array.from({ length: parts }, (_, i) => weights?.[i] ?? 1);
  const sum = weight.reduce((a, b) => a + b, 0);
  // Where each part ends, as a share of the batch's text.
  let reached = 0;
  const ends = weight.map((w) => (reached += w / sum));
  const out: T[][] = Array.from({ length: parts }, () => []);
  let seen = 0;
  for (const d of docs) {
    // A document goes to the part its middle falls in.
    const middle = (seen + d.raw.text.length / 2) / Math.max(1, total);
    const part = ends.findIndex((end) => middle < end);
    out[part === -1 ? parts - 1 : part]?.push(d);
    seen += d.raw.text.length;
  }
  return out;
}

/**
 * How much of the batch the calling thread cleans beside each thread when it stores the batch's runs as they come
 * (preparedRuns): it also reads the files and stores every article, so it cleans less; the share evens the threads'
 * CPU on the bench's 2,000 articles.
 */
export const LOCAL_WEIGHT_WHILE_STORING = 0.55;

/** How many documents a thread hands back at a time when the batch is taken in runs. */
export const RUN_DOCUMENTS = 50;

/**
 * Cleans and prepares an import batch on several cores, with exactly the result of library/import-batch.ts
 * `prepareSlots` in the calling thread: every slot back in order, the same bytes. See preparedRuns.
 */
export async function prepareInPool(slots: readonly ReadSlot[], now: Date, options: RunOptions = {}): Promise<PreparedSlot[]> {
  const prepared: PreparedSlot[] = [];
  try {
    for await (const run of preparedRuns(slots, now, { ...options, localWeight: 1, runDocuments: Infinity })) prepared.push(...run);
  } catch (e) {
    if (e instanceof BatchCleanedAlone) return await e.again();
    throw e;
  }
  return prepared;
}

export interface RunOptions extends PoolOptions {
  /** The calling thread's part beside each thread's (default LOCAL_WEIGHT_WHILE_STORING). */
  localWeight?: number;
  /** How many documents a thread hands back at a time (default RUN_DOCUMENTS). */
  runDocuments?: number;
  /** Cleans every document as a batch of one (after the cleaner failed on one of the batch). */
  alone?: boolean;
}

/**
 * The batch cleaned and prepared on several cores, handed out in runs as they are ready, in the batch's order (all
 * the slots, each once), so that its caller stores the first ones while the threads clean the rest. Cleaned in two
 * steps around the one thing the cleaner learns from the whole batch, its repeated lines: each lane finds its
 * documents' outlets and lines, the calling thread puts the batch's repeated lines together, then each lane cleans
 * and prepares its documents, the calling thread its first ones. A cleaner failure on one document makes every
 * document be cleaned alone, as in one thread: should runs have been handed out already, the runs end with
 * BatchCleanedAlone, whose `again()` gives the whole batch cleaned that way. A file the cleaner or the library
 * refuses fails alone, named. Small batches stay in the calling thread. Threads whose runs were all taken are kept for
 * the process's next batch (keepThreads); they are terminated as the runs are abandoned or fail, or at once on
 * `signal`, which fails the runs with WorkCancelledError.
 */
export async function* preparedRuns(slots: readonly ReadSlot[], now: Date, options: RunOptions = {}): AsyncGenerator<PreparedSlot[]> {
  const docs = slots.flatMap((s, index): HeldDocument[] => (s.raw === undefined ? [] : [{ index, file: s.file, raw: s.raw }]));
  const shape = { ...poolThreads(), ...(options.threads === undefined ? {} : { threads: options.threads }), ...(options.local === undefined ? {} : { local: options.local }) };
  if (docs.length < POOL_MIN_DOCUMENTS || shape.threads < 1) {
    takeThreads(0, undefined);
    yield prepareSlots(slots, now);
    return;
  }
  const signal = options.signal;
  if (signal?.aborted) {
    takeThreads(0, undefined);
    throw new WorkCancelledError('import');
  }
  let stopReason: Error | null = null;
  // Whether the batch's runs were all handed out and taken, the threads then kept (keepThreads).
  let ended = false;
  let detach = (): void => undefined;
  const workers = takeThreads(shape.threads, options.start);
  const stop = (): void => {
    stopReason ??= new WorkCancelledError('import');
    for (const w of workers) void w.terminate();
  };
  signal?.addEventListener('abort', stop, { once: true });
  const unlessStopped = (): void => {
    if (stopReason !== null) throw stopReason;
  };
  try {
    // The calling thread's lane takes the first documents: they are stored first, while the threads still clean.
    const onThreads = workers.map((w) => threadLane(w, () => stopReason));
    detach = () => {
      for (const lane of onThreads) lane.detach();
    };
    const lanes = [...(shape.local ? [localLane()] : []), ...onThreads];
    const parts = shareOut(docs, lanes.length, lanes.map((_, i) => (shape.local && i === 0 ? (options.localWeight ?? LOCAL_WEIGHT_WHILE_STORING) : 1)));
    const found = await batchLines(lanes, shape.local, docs, parts);
    unlessStopped();
    const lines = [...found.values()];
    const repeated = repeatedLines(lines);
    const mode: CleanMode = options.alone === true || repeated === null ? 'alone' : 'batch';
    const cleaning = askThreadsFirst(lanes, (lane, i) => {
      // A document whose lines another lane found takes the outlet that lane read along: its cleaner would read it again.
      const part = (parts[i] ?? []).map((d) => {
        const f = found.get(d.index);
        const outlet = f?.lane === i ? undefined : f?.outlet;
        return { index: d.index, repeated: repeated?.get(d.index) ?? [], ...(outlet === undefined ? {} : { outlet }) };
      });
      // The calling thread cleans its part in one go (it could store nothing meanwhile); a thread's part comes in runs.
      const size = shape.local && i === 0 ? part.length : (options.runDocuments ?? RUN_DOCUMENTS);
      return inRuns(part, size).map((run) => lane.clean(now, mode, run));
    }).flat();
    // Every answer is awaited in turn below: one that fails before its turn must not count as unhandled meanwhile.
    for (const c of cleaning) c.catch(() => undefined);
    let next = 0;
    let handedOut = false;
    const ready = new Map<number, PreparedSlot>();
    for (const answer of cleaning) {
      const cleaned = await answer;
      unlessStopped();
      if (cleaned.some((c) => c.slot === undefined)) {
        if (!handedOut) {
          // Nothing handed out yet: the batch starts again, alone. This pool's threads are stopped first, or they
          // would clean on through the runs already queued for them beside the new pool's.
          stopReason = new Error('the batch is cleaned again, document by document');
          for (const w of workers) void w.terminate();
          return yield* preparedRuns(slots, now, { ...options, alone: true });
        }
        throw new BatchCleanedAlone(() => prepareInPool(slots, now, { ...options, alone: true }));
      }
      for (const c of cleaned) if (c.slot !== undefined) ready.set(c.index, c.slot);
      const run: PreparedSlot[] = [];
      for (; next < slots.length; next++) {
        const s = slots[next] as ReadSlot;
        const slot = s.raw === undefined ? { file: s.file, error: s.error ?? 'not read', code: s.code ?? 'unreadable' } : ready.get(next);
        if (slot === undefined) break;
        run.push(slot);
        ready.delete(next);
      }
      if (run.length > 0) {
        handedOut = true;
        yield run;
      }
    }
    // Slots after the last document read (files that could not be read).
    if (next < slots.length) yield slots.slice(next).map((s) => ({ file: s.file, error: s.error ?? 'not read', code: s.code ?? 'unreadable' }));
    // Every job asked of the threads was answered: they can serve the next batch.
    ended = stopReason === null && options.start === undefined;
  } finally {
    signal?.removeEventListener('abort', stop);
    detach();
    if (ended) keepThreads(workers);
    else {
      stopReason ??= new Error('the cleaning pool was closed');
      for (const w of workers) void w.terminate();
    }
  }
}

/** How many documents a lane finds the lines of at a time (batchLines). */
export const LINES_DOCUMENTS = 25;

type FoundLines = Awaited<ReturnType<Lane['lines']>>[number] & { lane: number };

/**
 * The first step of the batch: every document's lines (and outlet), found by whichever lane is free, so that no lane
 * waits for the others before the cleaning (with parts fixed in advance the calling thread waited for the thread, idle,
 * an eighth of the import's time on the bench's 2,000 articles: a thread starts later and colder, and other work on
 * the machine slows one more than another). Each lane first takes in the documents it will clean (`parts`, one per
 * lane); then the calling thread finds the lines of the batch's documents from the first on, LINES_DOCUMENTS at a
 * time, and the threads from the last on, two such runs asked ahead each, until they meet. A document whose lines one
 * lane found and another cleans is handed over with its outlet (preparedRuns).
 */
export async function batchLines(lanes: readonly Lane[], local: boolean, docs: readonly HeldDocument[], parts: readonly (readonly HeldDocument[])[]): Promise<Map<number, FoundLines>> {
  const found = new Map<number, FoundLines>();
  // The documents each lane holds (their text sent).
  const held = lanes.map(() => new Set<number>());
  let front = 0;
  let back = docs.length;
  let failure: { error: unknown } | null = null;
  const asked = new Set<Promise<void>>();
  const take = (lane: number, more: readonly HeldDocument[]): void => {
    const from = Math.max(front, back - LINES_DOCUMENTS);
    const run = docs.slice(from, back);
    back = from;
    if (run.length === 0 && more.length === 0) return;
    const finding = new Set(run.map((d) => d.index));
    // A document's text goes to a thread once: its part with its first job, another's document with the run asking it.
    const job = [...more.filter((d) => !finding.has(d.index)), ...run].map((d): LaneDocument => {
      const text = held[lane]?.has(d.index) === true ? {} : { raw: d.raw };
      held[lane]?.add(d.index);
      return { index: d.index, file: d.file, ...text, lines: finding.has(d.index) };
    });
    const answer = (lanes[lane] as Lane).lines(job).then(
      (a) => {
        for (const l of a) found.set(l.index, { ...l, lane });
        asked.delete(answer);
        take(lane, []);
      },
      (e: unknown) => {
        failure ??= { error: e };
        asked.delete(answer);
      },
    );
    asked.add(answer);
  };
  lanes.forEach((_, i) => {
    if (local && i === 0) return;
    take(i, parts[i] ?? []);
    take(i, []);
  });
  if (local) {
    const lane = lanes[0] as Lane;
    await lane.lines((parts[0] ?? []).map((d) => ({ ...d, lines: false })));
    while (front < back && failure === null) {
      const run = docs.slice(front, Math.min(back, front + LINES_DOCUMENTS));
      front += run.length;
      for (const l of await lane.lines(run.map((d) => ({ ...d, lines: true })))) found.set(l.index, { ...l, lane: 0 });
      // The threads' answers are taken (and their next runs asked) between the calling thread's runs.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  while (asked.size > 0 && failure === null) await Promise.race(asked);
  if (failure !== null) throw (failure as { error: unknown }).error;
  return found;
}

/** Asks every lane, the threads before the calling thread's lane (which answers at once), so that they work meanwhile. */
function askThreadsFirst<T>(lanes: readonly Lane[], ask: (lane: Lane, i: number) => T): T[] {
  const out: T[] = [];
  for (let i = lanes.length - 1; i >= 0; i--) out[i] = ask(lanes[i] as Lane, i);
  return out;
}

/** `items` in runs of `size`, in order (one run when `size` is Infinity; none when there are no items). */
function inRuns<T>(items: readonly T[], size: number): T[][] {
  if (items.length === 0) return [];
  if (!Number.isFinite(size)) return [[...items]];
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Each document's lines that the batch repeats, by its place in the batch; null when the cleaner failed on one. */
function repeatedLines(lines: readonly { index: number; lines?: DocumentLines }[]): Map<number, string[]> | null {
  const known = lines.flatMap((l) => (l.lines === undefined ? [] : [{ index: l.index, lines: l.lines }])).sort((a, b) => a.index - b.index);
  if (known.length !== lines.length) return null;
  const repeated = new Map<number, string[]>();
  repeatedAcross(known.map((k) => k.lines)).forEach((set, i) => repeated.set(known[i]?.index ?? -1, [...set]));
  return repeated;
}
