import { ZodError } from 'zod';
import { describeZodError } from './describe-zod-error.ts';

/**
 * One line for an error: what crosses to the CLI and the UI, never a stack trace. A zod error names its first
 * offending field (its own message is a JSON dump of every issue).
 */
export function errorText(e: unknown): string {
  if (e instanceof ZodError) return describeZodError(e);
  return (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? 'unknown error';
}
