import { z } from 'zod';
import { RemovedLine, type ArticleRecord, type Basis, type SourceFormat } from '../model/article.ts';
import { CorrectableField, StoredArticle, type ArticleSummary } from './stored-article.ts';

/**
 * The columns article queries select: the record, the corrected values, the near-duplicate link and the ids of
 * the article's topics (one indexed subquery per row, so a list never needs a second call per article or topic).
 */
export const ARTICLE_COLUMNS = `a.id, a.file, a.title_basis, a.outlet_basis, a.author_basis, a.published_basis,
  a.language, a.language_basis, a.format, a.encoding, a.url, a.content_hash, a.imported_at, a.corrections,
  a.eff_title, a.eff_outlet, a.eff_author, a.eff_published, n.duplicate_of, n.similarity,
  (SELECT group_concat(link.topic_id) FROM article_topics link WHERE link.article_id = a.id) AS topic_ids`;

/** The join that goes with ARTICLE_COLUMNS, after the article view aliased a. */
export const NEAR_JOIN = 'LEFT JOIN near_duplicates n ON n.article_id = a.id';

/** The FROM clause that goes with ARTICLE_COLUMNS. */
export const ARTICLE_FROM = `article_view a ${NEAR_JOIN}`;

/** A row as the store wrote it (the types are what it wrote; the parse happens where rows leave, see toSummary). */
export interface ArticleRow {
  id: string;
  file: string;
  title_basis: Basis;
  outlet_basis: Basis;
  author_basis: Basis;
  published_basis: Basis;
  language: string;
  language_basis: Basis;
  format: SourceFormat;
  encoding: string;
  url: string | null;
  content_hash: string;
  imported_at: string;
  corrections: string | null;
  eff_title: string | null;
  eff_outlet: string | null;
  eff_author: string | null;
  eff_published: string | null;
  duplicate_of: string | null;
  similarity: number | null;
  /** The topic ids, comma-separated (group_concat); null when the article has none. */
  topic_ids: string | null;
  body?: string;
  removed?: string;
}

const CorrectionKeys = z.record(z.string(), z.unknown()).transform((o) => Object.keys(o).filter((k) => CorrectableField.safeParse(k).success));

function correctedFields(json: string | null): CorrectableField[] {
  if (json === null) return [];
  return CorrectionKeys.parse(JSON.parse(json)) as CorrectableField[];
}

function topicIds(list: string | null): number[] {
  if (list === null || list === '') return [];
  return list.split(',').map(Number).sort((x, y) => x - y);
}

function basis(raw: Basis, field: CorrectableField, corrected: readonly CorrectableField[]): Basis {
  return corrected.includes(field) ? 'explicit' : raw;
}

/**
 * A summary row to an ArticleSummary, not validated here. The workspace is a file, and files cross a boundary,
 * so its rows are parsed once — where they leave: a listing and a search hit go out only through the API, whose
 * response schema parses the whole page (z.array(ArticleSummary)); toStored, whose articles feed the analysis
 * without crossing the API, parses its own. Parsing each row here as well cost a listing as much again.
 */
export function toSummary(row: ArticleRow): ArticleSummary {
  const corrected = correctedFields(row.corrections);
  return {
    id: row.id,
    file: row.file,
    title: row.eff_title,
    titleBasis: basis(row.title_basis, 'title', corrected),
    outlet: row.eff_outlet,
    outletBasis: basis(row.outlet_basis, 'outlet', corrected),
    author: row.eff_author,
    authorBasis: basis(row.author_basis, 'author', corrected),
    published: row.eff_published,
    publishedBasis: basis(row.published_basis, 'published', corrected),
    language: row.language,
    languageBasis: row.language_basis,
    format: row.format,
    encoding: row.encoding,
    url: row.url,
    importedAt: row.imported_at,
    contentHash: row.content_hash,
    corrected,
    nearDuplicateOf: row.duplicate_of === null ? null : { of: row.duplicate_of, similarity: row.similarity ?? 0 },
    topics: topicIds(row.topic_ids),
  };
}

/** A full row (with body and removed lines) to a StoredArticle. */
export function toStored(row: ArticleRow): StoredArticle {
  return StoredArticle.parse({
    ...toSummary(row),
    body: row.body ?? '',
    removed: z.array(RemovedLine).parse(JSON.parse(row.removed ?? '[]')),
  });
}

/** The columns of the articles table for a record, in the order INSERT_ARTICLE names them. */
export function recordValues(r: ArticleRecord): unknown[] {
  return [
    r.id, r.file, r.title, r.titleBasis, r.outlet, r.outletBasis, r.author, r.authorBasis, r.published, r.publishedBasis,
    r.language, r.languageBasis, r.body, JSON.stringify(r.removed), r.format, r.encoding, r.url,
  ];
}
