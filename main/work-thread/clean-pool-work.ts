import { batchLinesOf, batchOutletOf, cleanArticle, rememberOutlet } from '../ingest/clean-article.ts';
import type { DocumentLines } from '../ingest/clean/repeated-lines.ts';
import { prepareCleaned, prepareSlots, type PreparedSlot } from '../library/import-batch.ts';
import type { RawDocument } from '../model/raw-document.ts';
import type { CleanMode, ReadOutlet } from './clean-pool-messages.ts';

/** A document of the batch a lane of the pool holds: its place in the batch, the file asked for, what was read. */
export interface HeldDocument {
  index: number;
  file: string;
  raw: RawDocument;
}

/** Takes into `held` the documents of a lines job that come with their text (one the lane holds already comes without). */
export function holdDocuments(held: Map<number, HeldDocument>, docs: readonly { index: number; file: string; raw?: RawDocument | undefined }[]): void {
  for (const d of docs) if (d.raw !== undefined) held.set(d.index, { index: d.index, file: d.file, raw: d.raw });
}

/** The held documents of `docs`, in order: each was taken in with its text, now or in an earlier job. */
export function heldOnes(held: ReadonlyMap<number, HeldDocument>, docs: readonly { index: number }[]): HeldDocument[] {
  return docs.map((d) => {
    const doc = held.get(d.index);
    if (doc === undefined) throw new Error(`document ${String(d.index)} of the batch was never handed to this lane`);
    return doc;
  });
}

/**
 * The first step of a lane's part of the batch (library/import-batch.ts cleanAll, split in two): what the batch
 * needs of each document to find its repeated lines, and the outlet read on the way (for the lane that cleans it,
 * should that be another). No lines where the cleaner failed on the document, which makes the batch be cleaned
 * document by document, as cleanAll does when the batch's cleaning throws.
 */
export function linesOfHeld(docs: readonly HeldDocument[]): { index: number; lines?: DocumentLines; outlet?: ReadOutlet }[] {
  return docs.map(({ index, raw }) => {
    try {
      const lines = batchLinesOf(raw);
      const { value, basis } = batchOutletOf(raw);
      return { index, lines, outlet: { value, basis } };
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
  held: ReadonlyMap<number, HeldDocument>, now: Date, mode: CleanMode, docs: readonly { index: number; repeated: readonly string[]; outlet?: ReadOutlet }[],
): { index: number; slot?: PreparedSlot }[] {
  // The cleaner takes the day (YYYY-MM-DD) it resolves relative dates against, as cleanAll gives it.
  const day = now.toISOString().slice(0, 10);
  const docsHeld = heldOnes(held, docs);
  return docs.map(({ index, repeated, outlet }, i) => {
    const doc = docsHeld[i] as HeldDocument;
    if (mode === 'alone') return { index, slot: prepareSlots([{ file: doc.file, raw: doc.raw }], now)[0] };
    if (outlet !== undefined) rememberOutlet(doc.raw, outlet);
    try {
      return { index, slot: prepareCleaned(doc.file, cleanArticle(doc.raw, { now: day, repeatedLines: new Set(repeated) }), doc.raw) };
    } catch {
      return { index };
    }
  });
}
