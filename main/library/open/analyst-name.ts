import { z } from 'zod';

/** The variable that names the analyst working, for a team library's change log (who saved, undid, refused). */
export const ANALYST_VARIABLE = 'MAWJAZ_ANALYST';

const AnalystName = z.string().trim().min(1).max(100).regex(/^[^\p{Cc}]+$/u, 'no control characters');

/**
 * The analyst's name as the environment gives it, or undefined when it gives none (or one that is no name: empty,
 * too long, with control characters). Only what the analyst chose to say: never the operating system's user name,
 * which may be a shared account's; without a name the library records the connection's user, as before.
 */
export function analystName(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const parsed = AnalystName.safeParse(env[ANALYST_VARIABLE]);
  return parsed.success ? parsed.data : undefined;
}
