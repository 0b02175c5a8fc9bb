import { IngestError, IngestErrorCode } from '../ingest/readers/ingest-error.ts';
import { TemplateError } from '../render/load-template.ts';
import type { ReceivedWorkAnswer, WorkJob } from './messages.ts';

/** What each kind of job is called in errors. */
export const JOB_NAME: Readonly<Record<WorkJob['kind'], string>> = { assemble: 'assembly', export: 'export', read: 'reading', prepare: 'import' };

/** A job was cancelled, while it ran or while it waited its turn. */
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

/** The thread's error rebuilt on this side, so the API can tell a bad template or a file-system failure apart. */
export function threadError(failed: Extract<ReceivedWorkAnswer, { kind: 'failed' }>): Error {
  if (failed.name === 'TemplateError') return new TemplateError(failed.message);
  const code = IngestErrorCode.safeParse(failed.code);
  if (failed.name === 'IngestError' && code.success && failed.file !== undefined) return new IngestError(failed.file, code.data, failed.problem ?? failed.message);
  return Object.assign(new Error(failed.message), failed.code === undefined ? {} : { code: failed.code });
}
