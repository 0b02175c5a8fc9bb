import { batchLinesOf, cleanArticle } from '../ingest/clean-article.ts';
import type { DocumentLines } from '../ingest/clean/repeated-lines.ts';
import { prepareCleaned, prepareSlots, type PreparedSlot } from '../library/import-batch.ts';
import type { RawDocument } from '../model/raw-document.ts';
import type { CleanMode } from './clean-pool-messages.ts';

/** A document of the batch a lane of the pool holds: its place in the batch, the file asked for, what was read. */
export interface HeldDocument {
  index: number;
  file: string;
  raw: RawDocument;
}

/**
 * The first step of a lane's part of the batch (library/import-batch.ts cleanAll, split in two): what the batch
 * needs of each document to find its repeated lines. No lines where the cleaner failed on the document, which
 * makes the batch be cleaned document by document, as cleanAll does when the batch's cleaning throws.
 */
export function linesOfHeld(docs: readonly HeldDocument[]): { index: number; lines?: DocumentLines }[] {
  return docs.map(({ index, raw }) => {
    try {
      return { index, lines: batchLinesOf(raw) };
    } catch {
      return { index };
    }
  });
}

/**
 * The second step: cleans and prepares each held document, in 'batch' mode with the lines the batch repeats (as
 * cleanBatch would; no slot where the cleaner failed, so the pool falls back to 'alone'), in 'alone' mode as a
 * batch of one, exactly as library/import-batch.ts prepares a batch the cleaner failed on.
 */
export function cleanHeld(
  held: ReadonlyMap<number, HeldDocument>, now: Date, mode: CleanMode, docs: readonly { index: number; repeated: readonly string[] }[],
): { index: number; slot?: PreparedSlot }[] {
  // The cleaner takes the day (YYYY-MM-DD) it resolves relative dates against, as cleanAll gives it.
  const day = now.toISOString().slice(0, 10);
  return docs.map(({ index, repeated }) => {
    const doc = held.get(index);
    if (doc === undefined) throw new Error(`document ${String(index)} of the batch was never handed to this thread`);
    if (mode === 'alone') return { index, slot: prepareSlots([{ file: doc.file, raw: doc.raw }], now)[0] };
    try {
      return { index, slot: prepareCleaned(doc.file, cleanArticle(doc.raw, { now: day, repeatedLines: new Set(repeated) }), doc.raw) };
    } catch {
      return { index };
    }
  });
}
