// The files `npm run frozen-rules-reads` and `npm run frozen-author-reads` write: per studied set, the commit whose
// rules read it and what they read on each page (titles and outlets in one file, authors in another).
import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** Per studied set: the commit whose rules read it, and per page the fields `page` holds. */
function frozenFile<P extends z.ZodTypeAny>(page: P) {
  return z.record(z.string(), z.object({ commit: z.string().regex(/^[0-9a-f]{7,40}$/u), pages: z.record(z.string(), page) }));
}

export const FrozenTitleOutletPage = z.object({ title: z.string().nullable(), outlet: z.string().nullable() });
export const FrozenReads = frozenFile(FrozenTitleOutletPage);
export type FrozenReads = z.infer<typeof FrozenReads>;

export const FrozenAuthorPage = z.object({ author: z.string().nullable() });
export const FrozenAuthorReads = frozenFile(FrozenAuthorPage);
export type FrozenAuthorReads = z.infer<typeof FrozenAuthorReads>;

/** `file` parsed by `schema`; a file that cannot be read or parsed throws one sentence naming it and the command that writes it. */
function readFrozen<S extends z.ZodTypeAny>(schema: S, file: string, what: string, command: string): z.infer<S> {
  try {
    return schema.parse(JSON.parse(readFileSync(file, 'utf8'))) as z.infer<S>;
  } catch (e) {
    throw new Error(`${file} is not ${what} (${e instanceof Error ? e.message.split('\n')[0] : String(e)}): run npm run ${command}.`, { cause: e });
  }
}

/** The frozen rules' titles and outlets in `file`. */
export function readFrozenReads(file: string): FrozenReads {
  return readFrozen(FrozenReads, file, "the frozen rules' reads", 'frozen-rules-reads');
}

/** The frozen rules' authors in `file`. */
export function readFrozenAuthors(file: string): FrozenAuthorReads {
  return readFrozen(FrozenAuthorReads, file, "the frozen rules' authors", 'frozen-author-reads');
}

export const FrozenOutletPage = z.object({ outlet: z.string().nullable() });
export const FrozenStudiedReads = frozenFile(FrozenOutletPage);
export type FrozenStudiedReads = z.infer<typeof FrozenStudiedReads>;

/** The outlets the rules read on each studied held-out set before they were mended on it, in `file`. */
export function readFrozenStudiedReads(file: string): FrozenStudiedReads {
  return readFrozen(FrozenStudiedReads, file, "the studied sets' frozen outlets", 'frozen-studied-reads');
}
