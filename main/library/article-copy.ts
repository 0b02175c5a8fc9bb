import { z } from 'zod';
import { ArticleRecord, RemovedLine } from '../model/article.ts';
import { MetadataCorrection } from './stored-article.ts';

/**
 * An article as a copy between two stores needs it: the record exactly as it was imported (no correction applied,
 * so the copy can still be reverted to it), and the analyst's corrections apart — the metadata fields corrected and
 * the story lines moved. A StoredArticle cannot give this: it has the corrections applied and the original reason of
 * a line put back is gone.
 */
export const ArticleCopy = z.object({
  record: ArticleRecord,
  contentHash: z.string(),
  importedAt: z.string(),
  /** The corrected fields only; a field corrected to «none» is there with null. */
  corrections: MetadataCorrection,
  /** Line number → in the story (true) or taken out (false): only the lines the analyst moved. */
  lines: z.record(z.string().regex(/^\d+$/), z.boolean()),
});
export type ArticleCopy = z.infer<typeof ArticleCopy>;

/**
 * The query both stores run for an ArticleCopy (`$1`, the article's id; the local store turns it into `?`). The
 * tables are the same in both schemas (migrations.ts, postgres/migrations.ts).
 */
export const ARTICLE_COPY_SQL = `SELECT a.id, a.file, a.title, a.title_basis, a.outlet, a.outlet_basis, a.author, a.author_basis,
  a.published, a.published_basis, a.language, a.language_basis, a.body, a.removed, a.format, a.encoding, a.url,
  a.content_hash, a.imported_at, c.fields AS corrections, l.lines AS lines
  FROM articles a LEFT JOIN metadata_corrections c ON c.article_id = a.id LEFT JOIN line_corrections l ON l.article_id = a.id
  WHERE a.id = $1`;

/** A row of ARTICLE_COPY_SQL, as either store returns it (JSON columns as text). */
export interface ArticleCopyRow {
  id: string;
  file: string;
  title: string | null;
  title_basis: string;
  outlet: string | null;
  outlet_basis: string;
  author: string | null;
  author_basis: string;
  published: string | null;
  published_basis: string;
  language: string;
  language_basis: string;
  body: string;
  removed: string;
  format: string;
  encoding: string;
  url: string | null;
  content_hash: string;
  imported_at: string;
  corrections: string | null;
  lines: string | null;
}

const Fields = z.record(z.string(), z.unknown());

/** A row to an ArticleCopy, parsed: a store is a boundary, and a damaged row must name itself, not travel on. */
export function toArticleCopy(row: ArticleCopyRow): ArticleCopy {
  const fields = row.corrections === null ? {} : Fields.parse(JSON.parse(row.corrections));
  return ArticleCopy.parse({
    record: {
      id: row.id,
      file: row.file,
      title: row.title,
      titleBasis: row.title_basis,
      outlet: row.outlet,
      outletBasis: row.outlet_basis,
      author: row.author,
      authorBasis: row.author_basis,
      published: row.published,
      publishedBasis: row.published_basis,
      language: row.language,
      languageBasis: row.language_basis,
      body: row.body,
      removed: z.array(RemovedLine).parse(JSON.parse(row.removed)),
      format: row.format,
      encoding: row.encoding,
      url: row.url,
    },
    contentHash: row.content_hash,
    importedAt: row.imported_at,
    // Only the fields a correction can name: a key from a newer Mawjaz is not carried into a store that cannot read it.
    corrections: Object.fromEntries(Object.entries(fields).filter(([k]) => MetadataCorrection.keyof().safeParse(k).success)),
    lines: row.lines === null ? {} : JSON.parse(row.lines),
  });
}
