import type { z } from 'zod';

/** One line naming the first offending field: "sizes.body: expected number, received string". */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid data';
  const where = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem${error.issues.length > 2 ? 's' : ''})` : '';
  return `${where}: ${issue.message}${more}`;
}
