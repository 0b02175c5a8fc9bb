/**
 * A workspace that cannot be opened or used: the message names the file and the problem on one line,
 * so the CLI and the UI can show it as it is.
 */
export class WorkspaceError extends Error {
  readonly file: string;

  constructor(file: string, problem: string, options?: { cause?: unknown }) {
    super(`${file}: ${problem}`, options);
    this.name = 'WorkspaceError';
    this.file = file;
  }
}

/** Something the analyst asked for that the workspace does not hold (an unknown article or topic). */
export class NotFoundError extends Error {
  constructor(what: string) {
    super(what);
    this.name = 'NotFoundError';
  }
}
