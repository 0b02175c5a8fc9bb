import type { AssembleOptions, AssemblyStage } from '../briefing/assemble.ts';
import type { Brief } from '../model/brief.ts';
import type { ArticleRecord } from '../model/article.ts';
import { IngestError } from '../ingest/readers/ingest-error.ts';
import type { RawDocument } from '../model/raw-document.ts';
import type { PreparedRuns, PreparedSlot, ReadSlot } from '../library/import-batch.ts';
import type { ExportFormat } from '../render/export/export-brief.ts';
import { threadReady } from './answer-listener.ts';
import { jobQueue } from './job-queue.ts';
import type { ReceivedWorkAnswer, WorkJob } from './messages.ts';
import { runJob, type Job, type RunningJob, type RunOptions } from './run-job.ts';
import { threadHolder } from './thread-holder.ts';
import { seconds, WorkTimedOutError } from './work-errors.ts';

// The errors a job rejects with, imported by the API from here with the thread itself.
export { WorkCancelledError, WorkTimedOutError, seconds } from './work-errors.ts';

export interface WorkThread {
  /** Assembles a brief on the thread; `onStage` hears each part of the analysis as it starts. */
  assemble(articles: ArticleRecord[], options: Omit<AssembleOptions, 'onStage'>, onStage?: (stage: AssemblyStage) => void): Promise<Brief>;
  /** Renders a brief into document bytes on the thread. */
  exportBrief(brief: Brief, format: ExportFormat, template: string): Promise<Uint8Array>;
  /**
   * Reads one file to import on the thread. A refusal rejects with the reader's IngestError; reading past
   * `budgetMs` stops the thread and rejects with an IngestError 'timed-out' naming the file.
   */
  readDocument(file: string, options?: { maxBytes?: number; budgetMs?: number }): Promise<RawDocument>;
  /**
   * Cleans and prepares an import batch on the thread (library/import-batch.ts `prepareSlots`), whole or in runs as they are ready; past `budgetMs`
   * the thread is stopped and this rejects with WorkTimedOutError.
   */
  prepareImport(slots: readonly ReadSlot[], now: Date, options?: { budgetMs?: number }): Promise<PreparedSlot[] | PreparedRuns>;
  /** Stops the job of that kind under way (its promise rejects with WorkCancelledError); false when none runs. */
  cancel(kind: WorkJob['kind']): boolean;
  /**
   * Starts the thread now, so that loading its code overlaps with whatever comes before the first job; resolves
   * once it is loaded.
   */
  warm(): Promise<void>;
  /**
   * Told, as an import begins, how many files it will read: a batch large enough for the cleaning pool has its
   * threads started while the files are read.
   */
  expectImport(files: number): void;
  close(): Promise<void>;
}

/** A read past its budget, as the IngestError that names the file (the rest of the batch goes on). */
function readTimedOut(file: string, budgetMs: number | undefined): (e: unknown) => never {
  return (e) => {
    if (e instanceof WorkTimedOutError) throw new IngestError(file, 'timed-out', `reading took longer than ${seconds(budgetMs ?? 0)} s and was stopped; the rest of the batch goes on`);
    throw e;
  };
}

/**
 * One thread for the long work of the API — assembling and exporting — kept between jobs (its caches and loaded
 * fonts make the next job cheaper), one job at a time in the order asked. A cancel terminates the thread at once;
 * a fresh one loads for the next job. A thread that fails or stops on its own is dropped and replaced the same way:
 * its failure is the running job's, never the process's.
 */
export function createWorkThread(): WorkThread {
  const holder = threadHolder();
  const queue = jobQueue();
  let running: RunningJob | null = null;
  let nextId = 1;

  function run<T>(job: Job, settle: (answer: ReceivedWorkAnswer) => T | undefined, options: RunOptions = {}): Promise<T> {
    const id = nextId++;
    const w = holder.get();
    return runJob(w, job, id, settle, options, {
      running: (current) => {
        running = current;
      },
      lost: () => holder.drop(w),
      // A fresh thread loads at once, ready for the analyst's next request.
      stopped: () => {
        if (!queue.closed) holder.get();
      },
    });
  }

  return {
    assemble: (articles, options, onStage) =>
      queue.enqueue('assemble', () =>
        run(
          { kind: 'assemble', articles, options: { now: options.now, title: options.title, topics: options.topics, corrections: options.corrections, ...(options.included ? { included: [...options.included] } : {}) } },
          (a) => (a.kind === 'assembled' ? a.brief : undefined),
          { onStage },
        ),
      ),
    exportBrief: (brief, format, template) =>
      queue.enqueue('export', () => run({ kind: 'export', brief, format, template }, (a) => (a.kind === 'exported' ? a.bytes : undefined))),
    readDocument: (file, options = {}) =>
      queue.enqueue('read', () => run({ kind: 'read', file, maxBytes: options.maxBytes }, (a) => (a.kind === 'document' ? a.raw : undefined), { budgetMs: options.budgetMs }))
        .catch(readTimedOut(file, options.budgetMs)),
    prepareImport: (slots, now, options = {}) =>
      queue.enqueue('prepare', () => run({ kind: 'prepare', slots: [...slots], now: now.toISOString() }, (a) => (a.kind === 'prepared' ? a.slots : undefined), options)),
    cancel(kind) {
      let cancelled = queue.cancelWaiting(kind);
      if (running !== null && running.kind === kind) {
        running.cancel();
        cancelled = true;
      }
      return cancelled;
    },
    // A thread that fails while loading is dropped (see threadHolder); the next job starts another one. Async so a
    // Worker that cannot be created (holder.get() throws at once) is a rejection like any other failure to warm.
    warm: async () => threadReady(holder.get()),
    // The pool of a batch cleaned on this thread starts inside it, with the batch's first step: starting it ahead
    // would need a job of its own on the thread; the CLI's in-process work starts it ahead (in-process.ts).
    expectImport: () => undefined,
    async close() {
      queue.close();
      running?.cancel();
      const w = holder.take();
      // The cleaning pool's threads, kept warm for a next batch, are the thread's own: Node ends them with it.
      if (w) await w.terminate();
    },
  };
}
