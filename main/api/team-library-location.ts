import { z } from 'zod';

/** Whether `text` is a URL at all: a postgres:// prefix with a bad host or port after it is not one. */
function parsesAsUrl(text: string): boolean {
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * A team library's address as the analyst types it, postgres://user@host:port/database, its password apart: the
 * settings view's `app:useTeamLibrary` and the API's `library:check` parse it alike. It must be a URL, since every
 * host reads it as one (the password store's key, the server's name): a bad one is refused here, not thrown there.
 */
export const TeamLibraryLocation = z
  .string()
  .trim()
  .min(1)
  .max(2000)
  .regex(/^postgres(?:ql)?:\/\//i, 'a postgres:// address')
  .refine(parsesAsUrl, 'a postgres:// address with a valid host and port');

/** What trying a team library answers: where it is (host:port/database) and what it holds. */
export const LibraryHolds = z.object({ server: z.string(), articles: z.number().int(), briefs: z.number().int() });
