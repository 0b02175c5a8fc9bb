import { errorText } from '../files/error-text.ts';
import { STORAGE_PROBLEM_TEXT, storageProblemOf, type StorageProblem } from './storage-problem.ts';

/**
 * A workspace that cannot be opened or used: the message names the file and the problem on one line,
 * so the CLI and the UI can show it as it is; `problem` names it for a translation when it is about storage.
 */
export class WorkspaceError extends Error {
  readonly file: string;
  readonly problem: StorageProblem | null;

  constructor(file: string, cause: unknown) {
    const problem = storageProblemOf(cause);
    super(`${file}: ${problem === null ? errorText(cause) : STORAGE_PROBLEM_TEXT[problem]}`, { cause });
    this.name = 'WorkspaceError';
    this.file = file;
    this.problem = problem;
  }
}

/** Something the analyst asked for that the workspace does not hold (an unknown article or topic). */
export class NotFoundError extends Error {
  constructor(what: string) {
    super(what);
    this.name = 'NotFoundError';
  }
}
