import { z } from 'zod';
import { ArticleRecord, PartialDate } from '../model/article.ts';

/** The metadata an analyst may correct by hand. */
export const CorrectableField = z.enum(['title', 'outlet', 'author', 'published']);
export type CorrectableField = z.infer<typeof CorrectableField>;

/** An analyst's correction: a field left out is not corrected; null means "there is none" (e.g. no author). */
export const MetadataCorrection = z
  .object({
    title: z.string().trim().min(1).nullable().optional(),
    outlet: z.string().trim().min(1).nullable().optional(),
    author: z.string().trim().min(1).nullable().optional(),
    published: PartialDate.nullable().optional(),
  })
  .strict();
export type MetadataCorrection = z.infer<typeof MetadataCorrection>;

/** The article this one republishes or updates, and how much of their text they share (shingle Jaccard). */
export const NearDuplicateLink = z.object({ of: z.string(), similarity: z.number().min(0).max(1) });
export type NearDuplicateLink = z.infer<typeof NearDuplicateLink>;

/**
 * An article as the library holds it: the imported record with the analyst's corrections applied
 * (a corrected field has basis 'explicit' and is listed in `corrected`), plus library bookkeeping.
 */
export const StoredArticle = ArticleRecord.extend({
  importedAt: z.string(),
  contentHash: z.string(),
  corrected: z.array(CorrectableField),
  nearDuplicateOf: NearDuplicateLink.nullable(),
  /** The line number of each body paragraph, in order (see source-lines.ts). */
  storyLines: z.array(z.number().int().nonnegative()).optional(),
  /** Lines the analyst put back into the story or took out of it. */
  movedLines: z.array(z.number().int().nonnegative()).optional(),
});
export type StoredArticle = z.infer<typeof StoredArticle>;

/** An article in a list: everything but its text, with the ids of its topics (ascending). */
export const ArticleSummary = StoredArticle.omit({ body: true, removed: true, storyLines: true, movedLines: true }).extend({ topics: z.array(z.number().int()) });
export type ArticleSummary = z.infer<typeof ArticleSummary>;

export const ArticleSort = z.enum(['published-desc', 'published-asc', 'imported-desc', 'imported-asc', 'title']);
export type ArticleSort = z.infer<typeof ArticleSort>;

/** Filters for listing articles. Dates compare by the span a partial date covers: «2025-04» is within April. */
export const ArticleQuery = z.object({
  topic: z.number().int().optional(),
  outlet: z.string().optional(),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  sort: ArticleSort.optional(),
  limit: z.number().int().positive().optional(),
  offset: z.number().int().nonnegative().optional(),
});
export type ArticleQuery = z.infer<typeof ArticleQuery>;
