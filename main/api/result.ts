import { z } from 'zod';
import { StorageProblem } from '../library/storage-problem.ts';
import { LibraryProblem } from '../library/postgres/library-problem.ts';

// What every API call answers and every long call reports, apart from the contract's table so that the hosts that
// only pass answers along (the Electron main process, the utility process's messages) parse them without loading
// the schemas of every call.

/** Error codes the UI translates; never raw stack traces. */
export const ErrorCode = z.enum(['invalid-request', 'not-found', 'conflict', 'io', 'unwritable', 'cancelled', 'internal']);
export type ErrorCode = z.infer<typeof ErrorCode>;

/**
 * Why a team library cannot be used, and what it is about (its host:port/database, the location without its
 * secret, or the password file), apart from the English sentence so that the UI says it in its own words.
 */
export const LibraryFailure = z.object({ problem: LibraryProblem, about: z.string() });
export type LibraryFailure = z.infer<typeof LibraryFailure>;

/**
 * A failed call: a code, a one-line message in English that names the file, and for storage failures the file and
 * the problem apart (for a team library's, `library`), so the UI can say them in the analyst's language.
 */
export const ApiError = z.object({
  code: ErrorCode,
  message: z.string(),
  file: z.string().optional(),
  problem: StorageProblem.optional(),
  library: LibraryFailure.optional(),
});
export type ApiError = z.infer<typeof ApiError>;
export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** A Result whose value is checked later, against the schema of the call that made it. */
export const AnyResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: ApiError }),
]);

/** Progress events pushed by long calls (import, assembly, export). */
export const Progress = z.object({ task: z.string(), done: z.number().int(), total: z.number().int(), label: z.string() });
export type Progress = z.infer<typeof Progress>;
