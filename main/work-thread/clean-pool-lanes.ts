import type { Worker } from 'node:worker_threads';
import { errorText } from '../files/error-text.ts';
import type { DocumentLines } from '../ingest/clean/repeated-lines.ts';
import type { PreparedSlot } from '../library/import-batch.ts';
import type { RawDocument } from '../model/raw-document.ts';
import { PoolAnswer, type CleanMode, type PoolJob, type ReadOutlet } from './clean-pool-messages.ts';
import { cleanHeld, heldOnes, holdDocuments, linesOfHeld, type HeldDocument } from './clean-pool-work.ts';

/**
 * A document a lane takes in for the batch's two steps (`raw` left out when the lane holds it already); `lines` says
 * whether the lane finds its lines.
 */
export interface LaneDocument {
  index: number;
  file: string;
  raw?: RawDocument;
  lines: boolean;
}

/** A document a lane cleans: its repeated lines, and its outlet when another lane found its lines. */
export interface CleanedDocument {
  index: number;
  repeated: string[];
  outlet?: ReadOutlet;
}

/**
 * A part of the pool: a thread, or the calling thread itself. The first step takes in the documents the lane cleans
 * or finds the lines of and answers the lines (and outlet) of those asked; the second cleans those it is given.
 */
export interface Lane {
  lines(docs: readonly LaneDocument[]): Promise<{ index: number; lines?: DocumentLines; outlet?: ReadOutlet }[]>;
  clean(now: Date, mode: CleanMode, docs: readonly CleanedDocument[]): Promise<{ index: number; slot?: PreparedSlot }[]>;
}

/** The calling thread's lane: it answers at once, holding its documents between the two steps. */
export function localLane(): Lane {
  const held = new Map<number, HeldDocument>();
  return {
    lines(docs) {
      holdDocuments(held, docs);
      return Promise.resolve(linesOfHeld(heldOnes(held, docs.filter((d) => d.lines))));
    },
    clean: (now, mode, docs) => Promise.resolve(cleanHeld(held, now, mode, docs)),
  };
}

/**
 * A lane on thread `w`. Jobs may be asked before the earlier ones are answered (a part cleaned in runs is asked all
 * at once, so the thread never waits on the calling thread between runs): the thread answers them in the order
 * asked. A thread that errs or stops fails every job under way or asked later (with `stopped()`'s reason when the
 * pool stopped it). `detach()` takes the lane's listeners off the thread, which the pool may keep for another batch.
 */
export function threadLane(w: Worker, stopped: () => Error | null): Lane & { detach(): void } {
  const waiting: { resolve: (a: PoolAnswer) => void; reject: (e: Error) => void }[] = [];
  let lost: Error | null = null;
  const fail = (e: Error): void => {
    lost ??= stopped() ?? e;
    for (const job of waiting.splice(0)) job.reject(lost);
  };
  const onMessage = (message: unknown): void => {
    const parsed = PoolAnswer.safeParse(message);
    if (!parsed.success) {
      fail(new Error(`a cleaning thread sent a malformed answer: ${errorText(parsed.error)}`));
      void w.terminate();
      return;
    }
    const answer = parsed.data;
    if (answer.kind === 'failed') fail(new Error(`a cleaning thread failed: ${answer.message}`));
    else waiting.shift()?.resolve(answer);
  };
  const onError = (e: unknown): void => fail(new Error(`a cleaning thread failed: ${errorText(e)}`));
  const onExit = (code: number): void => fail(new Error(`a cleaning thread stopped (exit code ${String(code)})`));
  w.on('message', onMessage);
  w.on('error', onError);
  w.on('exit', onExit);
  const ask = (job: PoolJob): Promise<PoolAnswer> =>
    new Promise<PoolAnswer>((resolve, reject) => {
      if (lost !== null) {
        reject(lost);
        return;
      }
      waiting.push({ resolve, reject });
      w.postMessage(job);
    });
  return {
    async lines(docs) {
      const a = await ask({ kind: 'lines', docs: [...docs] });
      if (a.kind !== 'lines') throw new Error(`a cleaning thread answered ${a.kind} to the batch's lines`);
      return a.docs;
    },
    async clean(now, mode, docs) {
      const a = await ask({ kind: 'clean', now: now.toISOString(), mode, docs: [...docs] });
      if (a.kind !== 'cleaned') throw new Error(`a cleaning thread answered ${a.kind} to a cleaning`);
      return a.docs;
    },
    detach() {
      w.off('message', onMessage);
      w.off('error', onError);
      w.off('exit', onExit);
    },
  };
}
