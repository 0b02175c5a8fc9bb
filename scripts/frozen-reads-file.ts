// The file `npm run frozen-rules-reads` writes: per studied set, the commit whose rules read it and what they read.
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const FrozenReads = z.record(
  z.string(),
  z.object({ commit: z.string().regex(/^[0-9a-f]{7,40}$/u), pages: z.record(z.string(), z.object({ title: z.string().nullable(), outlet: z.string().nullable() })) }),
);
export type FrozenReads = z.infer<typeof FrozenReads>;

/** The frozen rules' reads in `file`; a file that cannot be read or parsed throws one sentence naming it. */
export function readFrozenReads(file: string): FrozenReads {
  try {
    return FrozenReads.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (e) {
    throw new Error(`${file} is not the frozen rules' reads (${e instanceof Error ? e.message.split('\n')[0] : String(e)}): run npm run frozen-rules-reads.`, { cause: e });
  }
}

export const FrozenAuthorPages = z.record(z.string(), z.object({ author: z.string().nullable() }));
/** What `npm run frozen-author-reads` writes: per studied set, the commit whose rules read it and the author they read on each page. */
export const FrozenAuthorReads = z.record(z.string(), z.object({ commit: z.string().regex(/^[0-9a-f]{7,40}$/u), pages: FrozenAuthorPages }));
export type FrozenAuthorReads = z.infer<typeof FrozenAuthorReads>;

/** The frozen rules' authors in `file`; a file that cannot be read or parsed throws one sentence naming it. */
export function readFrozenAuthors(file: string): FrozenAuthorReads {
  try {
    return FrozenAuthorReads.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (e) {
    throw new Error(`${file} is not the frozen rules' authors (${e instanceof Error ? e.message.split('\n')[0] : String(e)}): run npm run frozen-author-reads.`, { cause: e });
  }
}
