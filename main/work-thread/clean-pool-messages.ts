import { z } from 'zod';
import { Basis } from '../model/article.ts';
import { RawDocument } from '../model/raw-document.ts';
import { PreparedSlot } from './messages.ts';

// The messages between the import's cleaning pool (clean-pool.ts) and its threads (clean-pool-worker.ts): both
// ends parse what they receive. Each document is known by its place in the batch, `index`.

const DocumentLines = z.object({ keys: z.array(z.string()), fingerprint: z.string(), outlet: z.string().nullable() });

/**
 * A document's outlet as the lane that found its lines read it (clean-article.ts outletOf), handed to the lane that
 * cleans it when that is another: the cleaner reads it again otherwise.
 */
export const ReadOutlet = z.object({ value: z.string().nullable(), basis: Basis });
export type ReadOutlet = z.infer<typeof ReadOutlet>;

/**
 * How a document is cleaned: 'batch' with the lines the whole batch repeats (the cleaner's normal way), 'alone'
 * as a batch of one (the way every document is cleaned once the cleaner has failed on one of the batch).
 */
export const CleanMode = z.enum(['batch', 'alone']);
export type CleanMode = z.infer<typeof CleanMode>;

export const PoolJob = z.discriminatedUnion('kind', [
  /**
   * Takes documents into the thread (`raw` left out of one it holds already) and answers what the batch needs to find
   * its repeated lines of each whose `lines` is true (the others the thread only cleans, their lines found by another lane).
   */
  z.object({ kind: z.literal('lines'), docs: z.array(z.object({ index: z.number().int(), file: z.string(), raw: RawDocument.optional(), lines: z.boolean() })) }),
  /**
   * Cleans and prepares documents the thread took in; `repeated` is each one's repeated lines in 'batch' mode, `outlet`
   * its outlet where another lane found its lines.
   */
  z.object({
    kind: z.literal('clean'),
    now: z.string(),
    mode: CleanMode,
    docs: z.array(z.object({ index: z.number().int(), repeated: z.array(z.string()), outlet: ReadOutlet.optional() })),
  }),
  /**
   * Drops every document the thread holds: its batch has ended and the thread is kept for the next one. Unanswered, so
   * that the next batch's lane, which counts answers, meets only its own.
   */
  z.object({ kind: z.literal('forget') }),
]);
export type PoolJob = z.input<typeof PoolJob>;

export const PoolAnswer = z.discriminatedUnion('kind', [
  /** `lines` is missing where the cleaner failed on the document (the batch is then cleaned document by document). */
  z.object({ kind: z.literal('lines'), docs: z.array(z.object({ index: z.number().int(), lines: DocumentLines.optional(), outlet: ReadOutlet.optional() })) }),
  /** `slot` is missing where the cleaner failed on the document in 'batch' mode. */
  z.object({ kind: z.literal('cleaned'), docs: z.array(z.object({ index: z.number().int(), slot: PreparedSlot.optional() })) }),
  /** The thread could not do the job at all (a bug, not a bad file: bad files fail one by one in the answers). */
  z.object({ kind: z.literal('failed'), message: z.string() }),
]);
export type PoolAnswer = z.input<typeof PoolAnswer>;
