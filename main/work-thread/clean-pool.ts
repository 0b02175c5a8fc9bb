import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { errorText } from '../files/error-text.ts';
import { repeatedAcross, type DocumentLines } from '../ingest/clean/repeated-lines.ts';
import { prepareSlots, type PreparedSlot, type ReadSlot } from '../library/import-batch.ts';
import { PoolAnswer, type CleanMode, type PoolJob } from './clean-pool-messages.ts';
import { cleanHeld, linesOfHeld, type HeldDocument } from './clean-pool-work.ts';
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

/** Starts a thread of the pool (clean-pool-worker.ts; in the build, clean-pool-worker.js). */
export function startCleaningThread(): Worker {
  return startWorker(new URL('./clean-pool-worker.ts', import.meta.url), 'clean-pool-worker');
}

/** Threads started ahead of a batch (standbyPool), unreferenced so that they never keep the process alive. */
let standby: Worker[] = [];

/**
 * Starts the pool's threads now, for a batch of `documents` about to be read: loading their code (about a third of
 * a second) then overlaps with the reading instead of following it. The next prepareInPool takes them.
 */
export function standbyPool(documents: number): void {
  if (documents < POOL_MIN_DOCUMENTS || standby.length > 0) return;
  standby = Array.from({ length: poolThreads().threads }, () => {
    const w = startCleaningThread();
    w.unref();
    return w;
  });
}

/** The threads started ahead, `count` of them (the rest terminated), or as many fresh ones as `start` gives. */
function takeThreads(count: number, start: (() => Worker) | undefined): Worker[] {
  const ready = start === undefined ? standby.splice(0, count) : [];
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

/** A part of the pool: a thread, or the calling thread itself; each step answers for the documents it is given. */
interface Lane {
  lines(docs: readonly HeldDocument[]): Promise<{ index: number; lines?: DocumentLines }[]>;
  clean(now: Date, mode: CleanMode, docs: readonly { index: number; repeated: string[] }[]): Promise<{ index: number; slot?: PreparedSlot }[]>;
}

function localLane(): Lane {
  const held = new Map<number, HeldDocument>();
  return {
    lines(docs) {
      for (const d of docs) held.set(d.index, d);
      return Promise.resolve(linesOfHeld(docs));
    },
    clean: (now, mode, docs) => Promise.resolve(cleanHeld(held, now, mode, docs)),
  };
}

/**
 * A lane on thread `w`, one job at a time. A thread that errs or stops fails the job under way and every later one
 * (with `stopped()`'s reason when the pool stopped it).
 */
function threadLane(w: Worker, stopped: () => Error | null): Lane {
  let waiting: { resolve: (a: PoolAnswer) => void; reject: (e: Error) => void } | null = null;
  let lost: Error | null = null;
  const fail = (e: Error): void => {
    lost ??= stopped() ?? e;
    waiting?.reject(lost);
    waiting = null;
  };
  w.on('message', (message: unknown) => {
    const parsed = PoolAnswer.safeParse(message);
    if (!parsed.success) {
      fail(new Error(`a cleaning thread sent a malformed answer: ${errorText(parsed.error)}`));
      void w.terminate();
      return;
    }
    const answer = parsed.data;
    if (answer.kind === 'failed') fail(new Error(`a cleaning thread failed: ${answer.message}`));
    else waiting?.resolve(answer);
    waiting = null;
  });
  w.on('error', (e) => fail(new Error(`a cleaning thread failed: ${errorText(e)}`)));
  w.on('exit', (code) => fail(new Error(`a cleaning thread stopped (exit code ${String(code)})`)));
  const ask = (job: PoolJob): Promise<PoolAnswer> =>
    new Promise<PoolAnswer>((resolve, reject) => {
      if (lost !== null) {
        reject(lost);
        return;
      }
      waiting = { resolve, reject };
      w.postMessage(job);
    });
  return {
    async lines(docs) {
      const a = await ask({ kind: 'lines', docs: docs.map((d) => ({ index: d.index, file: d.file, raw: d.raw })) });
      if (a.kind !== 'lines') throw new Error(`a cleaning thread answered ${a.kind} to the batch's lines`);
      return a.docs;
    },
    async clean(now, mode, docs) {
      const a = await ask({ kind: 'clean', now: now.toISOString(), mode, docs: [...docs] });
      if (a.kind !== 'cleaned') throw new Error(`a cleaning thread answered ${a.kind} to a cleaning`);
      return a.docs;
    },
  };
}

/** Splits the documents, in order, into `parts` runs of about the same amount of text. */
export function shareOut<T extends { raw: { text: string } }>(docs: readonly T[], parts: number): T[][] {
  const total = docs.reduce((n, d) => n + d.raw.text.length, 0);
  const out: T[][] = Array.from({ length: parts }, () => []);
  let seen = 0;
  for (const d of docs) {
    // A document goes to the part its middle falls in.
    const part = Math.min(parts - 1, Math.floor(((seen + d.raw.text.length / 2) / Math.max(1, total)) * parts));
    out[part]?.push(d);
    seen += d.raw.text.length;
  }
  return out;
}

/**
 * Cleans and prepares an import batch on several cores, with exactly the result of library/import-batch.ts
 * `prepareSlots` in the calling thread: every slot back in order, the same bytes. The batch is cleaned in two steps
 * around the one thing the cleaner learns from the whole batch, its repeated lines: each lane finds its documents'
 * outlets and lines, the calling thread puts the batch's repeated lines together, then each lane cleans and prepares
 * its documents. A cleaner failure on one document makes every document be cleaned alone, as in one thread; a file
 * the cleaner or the library refuses fails alone, named. Small batches stay in the calling thread.
 */
export async function prepareInPool(slots: readonly ReadSlot[], now: Date, options: PoolOptions = {}): Promise<PreparedSlot[]> {
  const docs = slots.flatMap((s, index): HeldDocument[] => (s.raw === undefined ? [] : [{ index, file: s.file, raw: s.raw }]));
  const shape = { ...poolThreads(), ...(options.threads === undefined ? {} : { threads: options.threads }), ...(options.local === undefined ? {} : { local: options.local }) };
  if (docs.length < POOL_MIN_DOCUMENTS || shape.threads < 1) {
    takeThreads(0, undefined);
    return prepareSlots(slots, now);
  }
  const signal = options.signal;
  if (signal?.aborted) {
    takeThreads(0, undefined);
    throw new WorkCancelledError('import');
  }
  let stopReason: Error | null = null;
  const workers = takeThreads(shape.threads, options.start);
  const stop = (): void => {
    stopReason ??= new WorkCancelledError('import');
    for (const w of workers) void w.terminate();
  };
  signal?.addEventListener('abort', stop, { once: true });
  try {
    // The threads' lanes first, so that they work while the calling thread cleans its own part.
    const lanes = [...workers.map((w) => threadLane(w, () => stopReason)), ...(shape.local ? [localLane()] : [])];
    const parts = shareOut(docs, lanes.length);
    const lines = (await Promise.all(lanes.map((lane, i) => lane.lines(parts[i] ?? [])))).flat();
    if (stopReason !== null) throw stopReason;
    const slotsByIndex = await cleanParts(lanes, parts, now, lines);
    if (stopReason !== null) throw stopReason;
    return slots.map((s, index) => slotsByIndex.get(index) ?? { file: s.file, error: s.error ?? 'not read', code: s.code ?? 'unreadable' });
  } finally {
    signal?.removeEventListener('abort', stop);
    stopReason ??= new Error('the cleaning pool was closed');
    for (const w of workers) void w.terminate();
  }
}

/** The second step on every lane: in 'batch' mode with the repeated lines, or 'alone' when the cleaner failed on one. */
async function cleanParts(
  lanes: readonly Lane[], parts: readonly HeldDocument[][], now: Date, lines: readonly { index: number; lines?: DocumentLines }[],
): Promise<Map<number, PreparedSlot>> {
  const known = lines.flatMap((l) => (l.lines === undefined ? [] : [{ index: l.index, lines: l.lines }])).sort((a, b) => a.index - b.index);
  const repeated = new Map<number, string[]>();
  if (known.length === lines.length) repeatedAcross(known.map((k) => k.lines)).forEach((set, i) => repeated.set(known[i]?.index ?? -1, [...set]));
  const run = async (mode: CleanMode): Promise<{ index: number; slot?: PreparedSlot }[]> =>
    (await Promise.all(lanes.map((lane, i) => lane.clean(now, mode, (parts[i] ?? []).map((d) => ({ index: d.index, repeated: repeated.get(d.index) ?? [] })))))).flat();
  let cleaned = await run(known.length === lines.length ? 'batch' : 'alone');
  if (cleaned.some((c) => c.slot === undefined)) cleaned = await run('alone');
  return new Map(cleaned.flatMap((c) => (c.slot === undefined ? [] : [[c.index, c.slot] as const])));
}
