import { commands } from './commands.ts';
import { UsageError, type CliIo, type Command } from './commands/command.ts';
import { closestName } from './commands/closest-name.ts';
import { FlagError } from './commands/flags.ts';
import { OutputRefusedError } from '../files/output-file.ts';

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length), 4);
  return [
    'mawjaz — the Mawjaz (موجز) briefing desk on the command line',
    '',
    'Usage: mawjaz <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `mawjaz <command> --help` for the options of one command.',
  ].join('\n');
}

function processIo(): CliIo {
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort(new Error('cancelled by the user (Ctrl-C)')));
  return {
    out: (line) => process.stdout.write(line + '\n'),
    err: (line) => process.stderr.write(line + '\n'),
    isTty: Boolean(process.stderr.isTTY),
    signal: controller.signal,
  };
}

/**
 * A usage error as one sentence that ends with the command's usage, and for a mistyped flag the flag it most
 * likely meant.
 */
async function usageProblem(e: UsageError, command: Command): Promise<string> {
  let sentence = e.message;
  if (e instanceof FlagError && e.problem === 'unknown') {
    const meant = await closestName(e.flag, e.known);
    sentence += meant === null ? ` (the flags are ${e.known.join(', ') || 'none'})` : ` (did you mean ${meant}?)`;
  }
  return sentence.includes(command.usage) ? sentence : `${sentence}; usage: ${command.usage}`;
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    const meant = await closestName(name, commands.map((c) => c.name));
    const hint = meant === null ? '' : ` (did you mean "${meant}"?)`;
    io.err(`mawjaz: unknown command "${name}"${hint}. Run \`mawjaz --help\` for the list.`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`Usage: ${command.usage}\n\n${command.summary}${command.notes === undefined ? '' : `\n\n${command.notes}`}`);
    return 0;
  }
  try {
    return await command.run(rest, { ...io, calls: command.calls });
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`mawjaz ${name}: ${await usageProblem(e, command)}`);
      return 2;
    }
    // An output that would lose an input or the analyst's edits is the user's choice of file: exit code 2, nothing written.
    if (e instanceof OutputRefusedError) {
      io.err(`mawjaz ${name}: ${e.message}`);
      return 2;
    }
    io.err(`mawjaz ${name}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}
