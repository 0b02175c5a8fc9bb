import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './command.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs with errors turned into one-line usage errors. */
export function parseFlags<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
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
