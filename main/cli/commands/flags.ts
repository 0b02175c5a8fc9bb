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

/**
 * The first flag of `args` that strict parseArgs refuses, and why; null if none is found (then its message is used).
 * Read from parseArgs's own tokens (parsed leniently), so flags are split exactly as parseArgs splits them.
 */
export function flagError(args: readonly string[], options: Options): FlagError | null {
  const known = Object.keys(options).map((name) => `--${name}`);
  const { tokens } = parseArgs({ args: [...args], options, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = options[token.name];
    if (option === undefined) return new FlagError(token.rawName, 'unknown', known);
    if (option.type === 'boolean' && token.value !== undefined) return new FlagError(token.rawName, 'takes-no-value', known);
    // Lenient parsing takes the next word as the value even when it looks like a flag; strict parsing refuses that
    // (a lone "-" is a value to both).
    const valueIsAFlag = !token.inlineValue && token.value !== undefined && token.value.length > 1 && token.value.startsWith('-');
    if (option.type === 'string' && (token.value === undefined || valueIsAFlag)) return new FlagError(token.rawName, 'needs-value', known);
  }
  return null;
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
