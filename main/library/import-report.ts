import { z } from 'zod';

export const ImportStatus = z.enum(['imported', 'duplicate', 'near-duplicate', 'failed']);
export type ImportStatus = z.infer<typeof ImportStatus>;

/** What happened to one file of an import batch. */
export const ImportEntry = z.object({
  file: z.string(),
  status: ImportStatus,
  /** The stored article (for a duplicate: the one already there). */
  id: z.string().optional(),
  /** For a duplicate or near-duplicate: the article it repeats. */
  duplicateOf: z.string().optional(),
  /** For a near-duplicate: the shingle Jaccard similarity. */
  similarity: z.number().optional(),
  /** For a failure: the problem in one line. */
  error: z.string().optional(),
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
