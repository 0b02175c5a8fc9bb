import { commands } from './commands.ts';
import { UsageError, type CliIo } from './commands/command.ts';

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

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`mawjaz: unknown command "${name}". Run \`mawjaz --help\` for the list.`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`Usage: ${command.usage}\n\n${command.summary}`);
    return 0;
  }
  try {
    return await command.run(rest, { ...io, calls: command.calls });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    io.err(`mawjaz ${name}: ${message}`);
    return e instanceof UsageError ? 2 : 1;
  }
}
