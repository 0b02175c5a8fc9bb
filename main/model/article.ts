import { z } from 'zod';

/** How a metadata value was established. */
export const Basis = z.enum(['explicit', 'inferred', 'unknown']);
export type Basis = z.infer<typeof Basis>;

/**
 * A partial date as the sources support it: a full day, a month, a year, or a month and day
 * whose year is unknown ("--MM-DD", as in ISO 8601:2000).
 */
export const PartialDate = z.string().regex(/^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$/, 'expected YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD');
export type PartialDate = z.infer<typeof PartialDate>;

export const SourceFormat = z.enum(['txt', 'md', 'html', 'docx', 'pdf', 'paste']);
export type SourceFormat = z.infer<typeof SourceFormat>;

/** A line the cleaner took out of the article, kept so the analyst can see and restore it. */
export const RemovedLine = z.object({
  line: z.number().int().nonnegative(),
  text: z.string(),
  reason: z.string(),
});
export type RemovedLine = z.infer<typeof RemovedLine>;

/**
 * The article record: what `mawjaz clean` writes, what the library stores and what a Brief cites.
 * The field names up to "removed" are a public contract (README, tools/check-cli-contract.mjs).
 */
export const ArticleRecord = z.object({
  id: z.string().min(1),
  file: z.string(),
  title: z.string().nullable(),
  titleBasis: Basis,
  outlet: z.string().nullable(),
  outletBasis: Basis,
  author: z.string().nullable(),
  authorBasis: Basis,
  published: PartialDate.nullable(),
  publishedBasis: Basis,
  language: z.string(),
  languageBasis: Basis,
  body: z.string(),
  removed: z.array(RemovedLine),
  format: SourceFormat,
  encoding: z.string(),
  url: z.string().nullable(),
});
export type ArticleRecord = z.infer<typeof ArticleRecord>;

/** The article as a Brief lists it among its sources: the record without its text. */
export const SourceRecord = ArticleRecord.omit({ body: true, removed: true });
export type SourceRecord = z.infer<typeof SourceRecord>;
