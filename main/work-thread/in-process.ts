// The errors from their own module: work-thread.ts's imports (the thread's messages) are not needed in process.
import { WorkCancelledError } from './work-errors.ts';
import type { BatchCleanedAlone, PreparedSlot } from '../library/import-batch.ts';
import type { WorkThread } from './work-thread.ts';
import type * as CleanPool from './clean-pool.ts';

/**
 * The work thread's jobs run in the calling thread, for a host that has nothing else to answer meanwhile: the CLI,
 * which runs one command and exits. It saves loading every module a second time in a thread (a brief from files
 * costs about 40 % more CPU through a thread). What it gives up is what only a thread can do: stopping a job that is
 * already running. A read is stopped between files (the reader hears the signal), a batch's cleaning pool is
 * terminated (the part this thread cleans finishes first, then nothing is returned), and every job not yet started is
 * refused once cancelled, as the CLI was before it called the API; the readers' own size and page limits still bound
 * each file.
 */
export function createInProcessWork(): WorkThread {
  const reads = new Set<AbortController>();
  const prepares = new Set<AbortController>();
  const cancelled = new Set<string>();
  const unlessCancelled = (kind: string): void => {
    if (cancelled.has(kind)) throw new WorkCancelledError(kind);
  };
  // The cleaning pool's module, once a batch (or the expectation of one) loaded it: close() ends the threads it keeps
  // warm for the next batch, and a host that never imported does not load it to close nothing.
  let pool: Promise<typeof CleanPool> | null = null;
  const loadPool = (): Promise<typeof CleanPool> => (pool ??= import('./clean-pool.ts'));
  return {
    async assemble(articles, options, onStage) {
      unlessCancelled('assemble');
      const { assembleBrief } = await import('../briefing/assemble.ts');
      return assembleBrief(articles, { ...options, ...(onStage ? { onStage } : {}) });
    },
    async exportBrief(brief, format, template) {
      unlessCancelled('export');
      const { exportBrief } = await import('../render/export/export-brief.ts');
      return exportBrief(brief, format, { template });
    },
    async readDocument(file, options = {}) {
      unlessCancelled('read');
      // Registered before the reader loads, so a cancel heard meanwhile stops this read too.
      const controller = new AbortController();
      reads.add(controller);
      try {
        const { readDocument } = await import('../ingest/read-document.ts');
        return await readDocument(file, { maxBytes: options.maxBytes, signal: controller.signal });
      } finally {
        reads.delete(controller);
      }
    },
    prepareImport(slots, now) {
      // A cancel already heard fails the promise, as WorkThread promises, rather than throwing here.
      if (cancelled.has('prepare')) return Promise.reject(new WorkCancelledError('prepare'));
      // A large batch is cleaned by a pool of threads as well as here, and handed out in runs that the import stores
      // as they come (this thread stores while the pool's threads clean): a cancel terminates the threads at once.
      // The job runs, for cancel(), from now until its runs end or are given up, even before the first is asked.
      const controller = new AbortController();
      prepares.add(controller);
      const pool = (async function* (): AsyncGenerator<PreparedSlot[]> {
        const { preparedRuns } = await loadPool();
        unlessCancelled('prepare');
        yield* preparedRuns(slots, now, { signal: controller.signal });
      })();
      const runs: AsyncIterableIterator<PreparedSlot[]> = {
        async next() {
          try {
            const run = await pool.next();
            if (run.done === true) prepares.delete(controller);
            return run;
          } catch (e) {
            if (isCleanedAgain(e)) {
              // The batch is cleaned again by `again()`, under this job's signal: the job runs until that ends, so a
              // cancel still reaches it.
              const { BatchCleanedAlone } = await import('../library/import-batch.ts');
              throw new BatchCleanedAlone(() => e.again().finally(() => prepares.delete(controller)));
            }
            prepares.delete(controller);
            throw e;
          }
        },
        async return() {
          prepares.delete(controller);
          return await pool.return(undefined);
        },
        [Symbol.asyncIterator]() {
          return runs;
        },
      };
      return Promise.resolve({ total: slots.length, runs });
    },
    cancel(kind) {
      cancelled.add(kind);
      const running = kind === 'read' ? reads : kind === 'prepare' ? prepares : new Set<AbortController>();
      for (const controller of running) controller.abort(new WorkCancelledError(kind === 'read' ? 'reading' : 'import'));
      return running.size > 0;
    },
    warm: () => Promise.resolve(),
    expectImport(files) {
      if (cancelled.has('prepare')) return;
      // Only a start: should it fail, prepareInPool starts the threads itself and meets the failure there.
      void loadPool().then(({ standbyPool }) => standbyPool(files)).catch(() => undefined);
    },
    // The pool's threads kept warm (or started ahead) for a next batch end with the host that would have used them.
    async close() {
      if (pool !== null) await (await pool).closeKeptThreads();
    },
  };
}

/** Whether the runs ended with the batch to clean again (import-batch.ts's BatchCleanedAlone, told by name: that module is loaded only when needed). */
function isCleanedAgain(e: unknown): e is BatchCleanedAlone {
  return e instanceof Error && e.name === 'BatchCleanedAlone' && typeof (e as Partial<BatchCleanedAlone>).again === 'function';
}
