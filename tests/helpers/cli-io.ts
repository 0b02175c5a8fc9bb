import type { CliIo } from '../../main/cli/commands/command.ts';
import { main } from '../../main/cli/main.ts';

/** A CLI's output captured line by line (not a terminal, never cancelled), for tests that run `main` in process. */
export function captureIo(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l), isTty: false, signal: new AbortController().signal };
}

/** Runs `mawjaz argv…` in process and gives its stdout's lines; a non-zero exit throws with the command and its stderr. */
export async function runCli(argv: string[]): Promise<string[]> {
  const io = captureIo();
  const code = await main(argv, io);
  if (code !== 0) throw new Error(`mawjaz ${argv.join(' ')} → ${String(code)}: ${io.stderr.join('\n')}`);
  return io.stdout;
}
