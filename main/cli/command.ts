/** Where a command writes: injected so tests can capture output and pin the clock. */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Progress drawing goes to stderr only when it is a terminal. */
  isTty: boolean;
  /** A signal that fires on Ctrl-C, for cancelling long work. */
  signal: AbortSignal;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run: (args: string[], io: CliIo) => Promise<number>;
}

/** An error the user caused (bad flag, missing file): printed as one line, exit code 2. */
export class UsageError extends Error {}
