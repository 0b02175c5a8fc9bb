import { z } from 'zod';
import { Basis, RemovedLine, type ArticleRecord } from '../model/article.ts';
import { ArticleSummary, CorrectableField, StoredArticle } from './stored-article.ts';

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

export interface ArticleRow {
  id: string;
  file: string;
  title_basis: string;
  outlet_basis: string;
  author_basis: string;
  published_basis: string;
  language: string;
  language_basis: string;
  format: string;
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

function basis(raw: string, field: CorrectableField, corrected: readonly CorrectableField[]): Basis {
  return corrected.includes(field) ? 'explicit' : Basis.parse(raw);
}

/** A summary row to an ArticleSummary, validated: the workspace is a file, and files cross a boundary. */
export function toSummary(row: ArticleRow): ArticleSummary {
  const corrected = correctedFields(row.corrections);
  return ArticleSummary.parse({
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
  });
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
