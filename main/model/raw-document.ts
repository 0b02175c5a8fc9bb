import { z } from 'zod';
import { SourceFormat } from './article.ts';

/** Metadata a format itself declares (HTML meta tags, DOCX core properties, PDF info). */
export const DeclaredMetadata = z.object({
  title: z.string().optional(),
  outlet: z.string().optional(),
  author: z.string().optional(),
  /** An ISO 8601 date or date-time string as the document gives it. */
  published: z.string().optional(),
  url: z.string().optional(),
  language: z.string().optional(),
  /**
   * The names a page gives its site outside its text (a logo's alt text, og:site_name, application-name, the title tag's
   * suffix, JSON-LD's publisher): for the outlet's citation only.
   */
  siteNames: z.array(z.string()).optional(),
});
export type DeclaredMetadata = z.infer<typeof DeclaredMetadata>;
/** The declared fields that hold one string each (all but siteNames). */
export type DeclaredField = Exclude<keyof DeclaredMetadata, 'siteNames'>;

/** What a reader makes of one input: text lines in reading order, before any cleaning. */
export const RawDocument = z.object({
  file: z.string(),
  format: SourceFormat,
  encoding: z.string(),
  text: z.string(),
  declared: DeclaredMetadata,
});
export type RawDocument = z.infer<typeof RawDocument>;
