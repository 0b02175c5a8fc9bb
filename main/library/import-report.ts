import { z } from 'zod';
import { IngestErrorCode } from '../ingest/readers/ingest-error.ts';

export const ImportStatus = z.enum(['imported', 'duplicate', 'near-duplicate', 'failed']);
export type ImportStatus = z.infer<typeof ImportStatus>;

/**
 * Why a file of a batch failed, as a code the UI says in the analyst's language: the reader's code
 * (IngestErrorCode), or a step after reading — the cleaner failed ('not-cleaned'), an uploaded file's name could not
 * be used ('upload-name') or the file could not be put aside for reading ('upload-failed'), or the batch never
 * reached the host ('not-sent', set by the page).
 */
export const ImportFailure = z.enum([...IngestErrorCode.options, 'not-cleaned', 'upload-name', 'upload-failed', 'not-sent']);
export type ImportFailure = z.infer<typeof ImportFailure>;

/** What happened to one file of an import batch. */
export const ImportEntry = z.object({
  file: z.string(),
  status: ImportStatus,
  /** The stored article (for a duplicate: the one already there). */
  id: z.string().optional(),
  /** For a duplicate or near-duplicate: the article it repeats. */
  duplicateOf: z.string().optional(),
  /** For a duplicate or near-duplicate: how the analyst knows the article it repeats (its title, else its file's name). */
  duplicateOfName: z.string().optional(),
  /** For a near-duplicate: the shingle Jaccard similarity. */
  similarity: z.number().optional(),
  /** For a failure: the problem in one line (English, for the CLI and logs). */
  error: z.string().optional(),
  /** For a failure: the problem as a code, beside `error`. */
  code: ImportFailure.optional(),
});
export type ImportEntry = z.infer<typeof ImportEntry>;

/** An import batch's report: a line per file and the totals. */
export const ImportReport = z.object({
  entries: z.array(ImportEntry),
  totals: z.object({
    files: z.number().int(),
    imported: z.number().int(),
    duplicate: z.number().int(),
    'near-duplicate': z.number().int(),
    failed: z.number().int(),
  }),
});
export type ImportReport = z.infer<typeof ImportReport>;
