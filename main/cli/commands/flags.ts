import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './command.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What is wrong with one flag: main.ts turns it into a sentence with "did you mean" and the command's usage. */
export class FlagError extends UsageError {
  constructor(
    readonly flag: string,
    readonly problem: 'unknown' | 'needs-value' | 'takes-no-value',
    readonly known: readonly string[],
  ) {
    super(problem === 'unknown' ? `unknown flag ${flag}` : problem === 'needs-value' ? `${flag} needs a value` : `${flag} takes no value`);
    this.name = 'FlagError';
  }
}

/**
 * node:util parseArgs with its errors turned into a FlagError naming the flag: parseArgs's own messages are
 * written for programmers (its error says where to put `--`), and they name no command.
 */
export function parseFlags<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw flagError(args, options) ?? new UsageError(e instanceof Error ? e.message : String(e));
  }
}

/** The first flag of `args` that parseArgs refuses, and why; null if none is found (then its message is used). */
export function flagError(args: readonly string[], options: Options): FlagError | null {
  const known = Object.keys(options).map((name) => `--${name}`);
  const byShort = new Map<string, string>(Object.entries(options).flatMap(([name, o]) => (o.short === undefined ? [] : [[`-${o.short}`, name] as const])));
  const end = args.indexOf('--');
  const flags = end === -1 ? args : args.slice(0, end);
  for (let i = 0; i < flags.length; i++) {
    const arg = flags[i]!;
    if (!arg.startsWith('-') || arg === '-') continue;
    const [flag = arg, value]: [string, string | undefined] = arg.startsWith('--') ? splitOnce(arg, '=') : [arg, undefined];
    const name = flag.startsWith('--') ? flag.slice(2) : byShort.get(flag);
    const option = name === undefined ? undefined : options[name];
    if (option === undefined) return new FlagError(flag, 'unknown', known);
    if (option.type === 'boolean' && value !== undefined) return new FlagError(flag, 'takes-no-value', known);
    if (option.type === 'string' && value === undefined) {
      const next = flags[i + 1];
      if (next === undefined || next.startsWith('-')) return new FlagError(flag, 'needs-value', known);
      i++;
    }
  }
  return null;
}

function splitOnce(text: string, sep: string): [string, string | undefined] {
  const at = text.indexOf(sep);
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/** A --date flag: YYYY-MM-DD, checked to be a real day. */
export function parseDateFlag(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!ok) throw new UsageError(`--date expects a day as YYYY-MM-DD, got "${value}"`);
  return value;
}

/** Today as YYYY-MM-DD (UTC): the clock, read only at the CLI's edge. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
