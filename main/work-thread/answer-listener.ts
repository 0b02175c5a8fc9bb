import type { Worker } from 'node:worker_threads';
import { errorText } from '../files/error-text.ts';
import type { AssemblyStage } from '../briefing/assemble.ts';
import { WorkAnswer, type ReceivedWorkAnswer } from './messages.ts';

/** What a running job does with each answer of the thread meant for it. */
export interface AnswerHandlers {
  /** The thread sent something that is not a WorkAnswer: it cannot be trusted any further. */
  malformed(error: Error): void;
  /** A part of the analysis starts. */
  stage?(stage: AssemblyStage): void;
  /** The job's code is loaded and its work begins. */
  started(): void;
  /** The job's outcome: its result, or why it failed. */
  settled(answer: Exclude<ReceivedWorkAnswer, { kind: 'ready' | 'stage' | 'started' }>): void;
}

/**
 * A 'message' listener for job `id`: parses what the thread sends like any other input and hands the job's own
 * answers on; 'ready' and other jobs' answers are ignored.
 */
export function answerListener(id: number, handlers: AnswerHandlers): (message: unknown) => void {
  return (message) => {
    const parsed = WorkAnswer.safeParse(message);
    if (!parsed.success) {
      handlers.malformed(new Error(`the work thread sent a malformed answer: ${errorText(parsed.error)}`));
      return;
    }
    const answer = parsed.data;
    if (answer.id !== id || answer.kind === 'ready') return;
    if (answer.kind === 'stage') handlers.stage?.(answer.stage);
    else if (answer.kind === 'started') handlers.started();
    else handlers.settled(answer);
  };
}

/** Resolves once the thread says it has loaded its code, or once it fails or stops (the next job starts another). */
export function threadReady(w: Worker): Promise<void> {
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
    w.on('error', done);
    w.on('exit', done);
  });
}
