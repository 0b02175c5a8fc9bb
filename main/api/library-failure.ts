import { LibraryProblem } from '../library/postgres/library-problem.ts';
import type { LibraryFailure } from './result.ts';

/**
 * A team library error's problem and what it is about (its host:port/database, or the password file or location a
 * LibrarySecretError names), or null for any other error. Read by name and fields, not by class, so that the team
 * library's code loads only when a library is opened.
 */
export function libraryFailureOf(e: unknown): LibraryFailure | null {
  if (!(e instanceof Error) || (e.name !== 'TeamLibraryError' && e.name !== 'LibrarySecretError')) return null;
  const fields = e as Error & { problem?: unknown; server?: unknown; subject?: unknown };
  const problem = LibraryProblem.safeParse(fields.problem);
  const about = typeof fields.server === 'string' ? fields.server : typeof fields.subject === 'string' ? fields.subject : null;
  return problem.success && about !== null ? { problem: problem.data, about } : null;
}
