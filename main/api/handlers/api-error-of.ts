import { ZodError } from 'zod';
import { EmptySelectionError } from '../../briefing/select-articles.ts';
import { errorText } from '../../files/error-text.ts';
import { isIngestError } from '../../ingest/readers/ingest-error.ts';
import { ExchangeError } from '../../library/exchange/exchange-error.ts';
import { ImportCancelledError } from '../../library/import-cancelled.ts';
import { OUTPUT_PROBLEM_TEXT, STORAGE_PROBLEM_TEXT, storageProblemOf } from '../../library/storage-problem.ts';
import { TopicError } from '../../library/topic-error.ts';
import { NotFoundError, WorkspaceError } from '../../library/workspace-error.ts';
import { TemplateError } from '../../render/load-template.ts';
import { WorkCancelledError, WorkTimedOutError } from '../../work-thread/work-errors.ts';
import { ImportBusyError } from './import-busy-error.ts';
import { libraryFailureOf } from '../library-failure.ts';
import type { ApiError } from '../result.ts';

/**
 * The Result error for anything a handler threw, for every host of the API (create-api.ts, and
 * create-files-api.ts without a workspace). A storage failure met while working (a full disk, a drive gone, a
 * file turned read-only) is `unwritable` and names the file it hit: the file-system path the error carries (an export
 * being written), else `target` — the workspace, or with kind `output` (a host with no workspace) the file it writes.
 * The problem is worded for a workspace only when the file it hit is the workspace or one of its side files (-wal,
 * -journal); an export or a JSON written elsewhere is called a file. Each error class comes from a small module of its
 * own, so a host that serves a few calls loads no more than it uses.
 */
export function apiErrorOf(e: unknown, target: string, kind: 'workspace' | 'output' = 'workspace'): ApiError {
  if (e instanceof ZodError) return { code: 'invalid-request', message: errorText(e) };
  if (e instanceof EmptySelectionError) return { code: 'invalid-request', message: errorText(e) };
  if (e instanceof TemplateError) return { code: 'invalid-request', message: errorText(e) };
  if (e instanceof ExchangeError) return { code: 'invalid-request', message: errorText(e) };
  if (e instanceof NotFoundError) return { code: 'not-found', message: errorText(e) };
  if (e instanceof TopicError || e instanceof ImportBusyError) return { code: 'conflict', message: errorText(e) };
  // A team library that cannot be reached or refused us, or its password refused: the sentence names the server only.
  const library = libraryFailureOf(e);
  if (library !== null && e instanceof Error) return { code: 'io', message: e.message, library };
  if (e instanceof WorkCancelledError) return { code: 'cancelled', message: errorText(e) };
  if (e instanceof WorkTimedOutError) return { code: 'io', message: errorText(e) };
  if (e instanceof ImportCancelledError) return { code: 'cancelled', message: errorText(e) };
  if (isIngestError(e)) return { code: 'io', message: errorText(e) };
  if (e instanceof WorkspaceError) return { code: 'unwritable', message: errorText(e), file: e.file, ...(e.problem ? { problem: e.problem } : {}) };
  const problem = storageProblemOf(e);
  if (problem !== null) {
    const file = typeof e === 'object' && e !== null && 'path' in e && typeof e.path === 'string' ? e.path : target;
    const onWorkspace = kind === 'workspace' && file.startsWith(target);
    return { code: 'unwritable', message: `${file}: ${(onWorkspace ? STORAGE_PROBLEM_TEXT : OUTPUT_PROBLEM_TEXT)[problem]}`, file, problem };
  }
  return { code: 'internal', message: errorText(e) };
}
