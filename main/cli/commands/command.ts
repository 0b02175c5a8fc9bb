import type { Method } from '../../api/contract.ts';

/** Where a command writes: injected so tests can capture output and pin the clock. */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Progress drawing goes to stderr only when it is a terminal. */
  isTty: boolean;
  /** A signal that fires on Ctrl-C, for cancelling long work. */
  signal: AbortSignal;
  /** The API calls the running command declared (`Command.calls`); cli-api.ts refuses any other. Set by main.ts. */
  calls?: readonly Method[];
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** Optional: what `mawjaz <command> --help` says after the summary (how to go on, what is refused); not in usage errors. */
  notes?: string;
  /**
   * The API methods the command calls (in process, through cli-api.ts), checked at each call: the contract test
   * reads this table, so it says truly which of the contract's methods the CLI reaches.
   */
  calls: readonly Method[];
  run: (args: string[], io: CliIo) => Promise<number>;
}

/** An error the user caused (bad flag, missing file): printed as one line, exit code 2. */
export class UsageError extends Error {}
