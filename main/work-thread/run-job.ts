import type { Worker } from 'node:worker_threads';
import type { AssemblyStage } from '../briefing/assemble.ts';
import { answerListener } from './answer-listener.ts';
import type { ReceivedWorkAnswer, WorkJob } from './messages.ts';
import { JOB_NAME, threadError, WorkCancelledError, WorkTimedOutError } from './work-errors.ts';

/** A job as asked, before the id its answers will carry. */
export type Job = WorkJob extends infer J ? (J extends WorkJob ? Omit<J, 'id'> : never) : never;

/** The job under way: its kind, and how to stop it. */
export interface RunningJob {
  kind: WorkJob['kind'];
  cancel: () => void;
}

export interface RunOptions {
  /** Hears each part of the analysis as it starts. */
  onStage?: (stage: AssemblyStage) => void;
  /** The job's time budget, counted from when the thread says it started. */
  budgetMs?: number;
}

/** What a job tells the thread's owner: it runs or is done, its thread is lost, its thread was stopped. */
export interface RunHooks {
  running(job: RunningJob | null): void;
  lost(): void;
  stopped(): void;
}

/**
 * Runs one job on thread `w`: posts it, hands on its stages, starts its time budget when the thread says it
 * started, and settles with what `settle` makes of the answer (undefined: the wrong kind of answer). A thread that
 * errs, stops or sends a malformed answer loses the job; a cancel or a spent budget terminates the thread.
 */
export function runJob<T>(
  w: Worker, job: Job, id: number, settle: (answer: ReceivedWorkAnswer) => T | undefined, options: RunOptions, hooks: RunHooks,
): Promise<T> {
  const what = JOB_NAME[job.kind];
  return new Promise<T>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (): void => {
      clearTimeout(timer);
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
      hooks.running(null);
    };
    const lost = (e: Error): void => {
      finish();
      hooks.lost();
      reject(e);
    };
    const stop = (e: Error): void => {
      w.off('exit', onExit);
      lost(e);
      void w.terminate();
      hooks.stopped();
    };
    const onMessage = answerListener(id, {
      malformed(e) {
        lost(e);
        void w.terminate();
      },
      stage: options.onStage,
      // The budget is the job's own: its clock starts when the thread says it started (its code loaded — a fresh
      // thread after a stop loads first), so loading never counts against the file.
      started() {
        const budgetMs = options.budgetMs;
        if (budgetMs !== undefined && timer === undefined) timer = setTimeout(() => stop(new WorkTimedOutError(what, budgetMs)), budgetMs);
      },
      settled(answer) {
        finish();
        const value = settle(answer);
        if (value !== undefined) resolve(value);
        else reject(answer.kind === 'failed' ? threadError(answer) : new Error(`unexpected answer ${answer.kind} to a ${what}`));
      },
    });
    const onError = (e: Error): void => lost(e);
    const onExit = (code: number): void => lost(new Error(`the work thread stopped (exit code ${String(code)})`));
    w.on('message', onMessage);
    w.on('error', onError);
    w.on('exit', onExit);
    hooks.running({ kind: job.kind, cancel: () => stop(new WorkCancelledError(what)) });
    // Keep the process alive while the thread works for it.
    w.ref();
    w.postMessage({ ...job, id });
  }).finally(() => w.unref());
}
