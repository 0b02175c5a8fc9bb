import { Worker } from 'node:worker_threads';
import type { AssembleOptions, AssemblyStage } from '../briefing/assemble.ts';
import type { Brief } from '../model/brief.ts';
import type { ArticleRecord } from '../model/article.ts';
import { IngestError, IngestErrorCode } from '../ingest/ingest-error.ts';
import type { RawDocument } from '../model/raw-document.ts';
import type { PreparedSlot, ReadSlot } from '../library/import-batch.ts';
import type { ExportFormat } from '../render/export-brief.ts';
import { TemplateError } from '../render/load-template.ts';
import { errorText } from '../files/error-text.ts';
import { WorkAnswer, type ReceivedWorkAnswer, type WorkJob } from './messages.ts';

export class WorkCancelledError extends Error {
  constructor(what: string) {
    super(`the ${what} was cancelled`);
    this.name = 'WorkCancelledError';
  }
}

/** A duration for a message: "60", "0.3". */
export function seconds(ms: number): string {
  return (ms / 1000).toLocaleString('en', { maximumFractionDigits: 1 });
}

/** A job ran past its time budget; the thread was stopped and a fresh one started. */
export class WorkTimedOutError extends Error {
  constructor(what: string, budgetMs: number) {
    super(`the ${what} took longer than ${seconds(budgetMs)} s and was stopped`);
    this.name = 'WorkTimedOutError';
  }
}

/** What each kind of job is called in errors. */
const WHAT: Readonly<Record<WorkJob['kind'], string>> = { assemble: 'assembly', export: 'export', read: 'reading', prepare: 'import' };

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
   * Cleans and prepares an import batch on the thread (library/import-batch.ts `prepareSlots`); past `budgetMs`
   * the thread is stopped and this rejects with WorkTimedOutError.
   */
  prepareImport(slots: readonly ReadSlot[], now: Date, options?: { budgetMs?: number }): Promise<PreparedSlot[]>;
  /** Stops the job of that kind under way (its promise rejects with WorkCancelledError); false when none runs. */
  cancel(kind: WorkJob['kind']): boolean;
  /**
   * Starts the thread now, so that loading its code overlaps with whatever comes before the first job; resolves
   * once it is loaded.
   */
  warm(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts the thread: from the bundled JavaScript of the built app (scripts/build-electron.mjs writes it next to the
 * API worker), or in development and tests from the TypeScript source, through tsx registered inside the thread
 * (Node 20 does not hand its loader hooks to workers).
 */
function startThread(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./work-thread-worker.js', import.meta.url));
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(new URL('./worker.ts', import.meta.url).href);
  return new Worker(`import(${tsx}).then((m) => m.register()).then(() => import(${entry}))`, { eval: true });
}

/** The thread's error rebuilt on this side, so the API can tell a bad template or a file-system failure apart. */
function threadError(failed: Extract<ReceivedWorkAnswer, { kind: 'failed' }>): Error {
  if (failed.name === 'TemplateError') return new TemplateError(failed.message);
  const code = IngestErrorCode.safeParse(failed.code);
  if (failed.name === 'IngestError' && code.success && failed.file !== undefined) return new IngestError(failed.file, code.data, failed.problem ?? failed.message);
  return Object.assign(new Error(failed.message), failed.code === undefined ? {} : { code: failed.code });
}

type Job = WorkJob extends infer J ? (J extends WorkJob ? Omit<J, 'id'> : never) : never;

/**
 * One thread for the long work of the API — assembling and exporting — kept between jobs (its caches and loaded
 * fonts make the next job cheaper), one job at a time in the order asked. A cancel terminates the thread at once;
 * a fresh one loads for the next job. A thread that fails or stops on its own is dropped and replaced the same way:
 * its failure is the running job's, never the process's.
 */
export function createWorkThread(): WorkThread {
  let worker: Worker | null = null;
  let running: { kind: WorkJob['kind']; cancel: () => void } | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let nextId = 1;
  let closed = false;
  // Jobs asked for while another runs wait their turn; a cancel or a close rejects them at once.
  const waiting = new Set<{ kind: WorkJob['kind']; reject: (e: Error) => void }>();

  function thread(): Worker {
    if (worker === null) {
      const w = startThread();
      // Always listened to: an 'error' without a listener would bring the whole process down.
      const drop = (): void => {
        if (worker === w) worker = null;
      };
      w.on('error', drop);
      w.on('exit', drop);
      // An idle thread must not keep the process (the CLI, a test) alive.
      w.unref();
      worker = w;
    }
    return worker;
  }

  function run<T>(job: Job, settle: (answer: ReceivedWorkAnswer) => T | undefined, options: { onStage?: (stage: AssemblyStage) => void; budgetMs?: number } = {}): Promise<T> {
    const id = nextId++;
    const w = thread();
    const what = WHAT[job.kind];
    return new Promise<T>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let startBudget = (): void => undefined;
      const finish = (): void => {
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        running = null;
      };
      const lost = (e: Error): void => {
        finish();
        if (worker === w) worker = null;
        reject(e);
      };
      const onMessage = (message: unknown): void => {
        const parsed = WorkAnswer.safeParse(message);
        if (!parsed.success) {
          lost(new Error(`the work thread sent a malformed answer: ${errorText(parsed.error)}`));
          void w.terminate();
          return;
        }
        const answer = parsed.data;
        if (answer.id !== id || answer.kind === 'ready') return;
        if (answer.kind === 'stage') {
          options.onStage?.(answer.stage);
          return;
        }
        if (answer.kind === 'started') {
          startBudget();
          return;
        }
        finish();
        const value = settle(answer);
        if (value !== undefined) resolve(value);
        else reject(answer.kind === 'failed' ? threadError(answer) : new Error(`unexpected answer ${answer.kind} to a ${what}`));
      };
      const onError = (e: Error): void => lost(e);
      const onExit = (code: number): void => lost(new Error(`the work thread stopped (exit code ${String(code)})`));
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
      const stop = (e: Error): void => {
        w.off('exit', onExit);
        lost(e);
        void w.terminate();
        // A fresh thread loads at once, ready for the analyst's next request.
        if (!closed) thread();
      };
      running = { kind: job.kind, cancel: () => stop(new WorkCancelledError(what)) };
      // The budget is the job's own: its clock starts when the thread says it started (its code loaded — a fresh
      // thread after a stop loads first), so loading never counts against the file.
      startBudget = (): void => {
        const budgetMs = options.budgetMs;
        if (budgetMs !== undefined && timer === undefined) timer = setTimeout(() => stop(new WorkTimedOutError(what, budgetMs)), budgetMs);
      };
      // Keep the process alive while the thread works for it.
      w.ref();
      w.postMessage({ ...job, id });
    }).finally(() => w.unref());
  }

  function enqueue<T>(kind: WorkJob['kind'], start: () => Promise<T>): Promise<T> {
    const what = WHAT[kind];
    if (closed) return Promise.reject(new WorkCancelledError(what));
    let ticket: { kind: WorkJob['kind']; reject: (e: Error) => void } | null = null;
    const cancelled = new Promise<never>((_, reject) => {
      ticket = { kind, reject };
      waiting.add(ticket);
    });
    const started = queue.then(() => {
      if (ticket === null || !waiting.delete(ticket)) return cancelled; // cancelled while it waited
      return start();
    });
    const result = Promise.race([started, cancelled]);
    queue = started.catch(() => undefined);
    return result;
  }

  function cancelWaiting(kind: WorkJob['kind'] | null): boolean {
    let any = false;
    for (const ticket of [...waiting]) {
      if (kind !== null && ticket.kind !== kind) continue;
      waiting.delete(ticket);
      ticket.reject(new WorkCancelledError(WHAT[ticket.kind]));
      any = true;
    }
    return any;
  }

  return {
    assemble: (articles, options, onStage) =>
      enqueue('assemble', () =>
        run(
          { kind: 'assemble', articles, options: { now: options.now, title: options.title, topics: options.topics, corrections: options.corrections } },
          (a) => (a.kind === 'assembled' ? a.brief : undefined),
          { onStage },
        ),
      ),
    exportBrief: (brief, format, template) =>
      enqueue('export', () => run({ kind: 'export', brief, format, template }, (a) => (a.kind === 'exported' ? a.bytes : undefined))),
    readDocument: (file, options = {}) =>
      enqueue('read', () => run({ kind: 'read', file, maxBytes: options.maxBytes }, (a) => (a.kind === 'document' ? a.raw : undefined), { budgetMs: options.budgetMs })).catch(
        (e: unknown) => {
          if (e instanceof WorkTimedOutError) throw new IngestError(file, 'timed-out', `reading took longer than ${seconds(options.budgetMs ?? 0)} s and was stopped; the rest of the batch goes on`);
          throw e;
        },
      ),
    prepareImport: (slots, now, options = {}) =>
      enqueue('prepare', () => run({ kind: 'prepare', slots: [...slots], now: now.toISOString() }, (a) => (a.kind === 'prepared' ? a.slots : undefined), options)),
    cancel(kind) {
      let cancelled = cancelWaiting(kind);
      if (running !== null && running.kind === kind) {
        running.cancel();
        cancelled = true;
      }
      return cancelled;
    },
    warm() {
      const w = thread();
      return new Promise<void>((resolve) => {
        const done = (): void => {
          w.off('message', onMessage);
          w.off('error', done);
          w.off('exit', done);
          resolve();
        };
        const onMessage = (message: unknown): void => {
          if (WorkAnswer.safeParse(message).data?.kind === 'ready') done();
        };
        w.on('message', onMessage);
        // A thread that fails while loading is dropped (see thread()); the next job starts another one.
        w.on('error', done);
        w.on('exit', done);
      });
    },
    async close() {
      closed = true;
      cancelWaiting(null);
      running?.cancel();
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
