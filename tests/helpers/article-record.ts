import type { ArticleRecord } from '../../main/model/article.ts';

/**
 * A valid ArticleRecord around `body`, as the cleaner makes one from a plain-text file with no metadata found
 * (Arabic, inferred from the text); a test sets what it needs through `overrides`.
 */
export function articleRecord(id: string, body: string, overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    id,
    file: `${id}.txt`,
    title: null,
    titleBasis: 'unknown',
    outlet: null,
    outletBasis: 'unknown',
    author: null,
    authorBasis: 'unknown',
    published: null,
    publishedBasis: 'unknown',
    language: 'ar',
    languageBasis: 'inferred',
    body,
    removed: [],
    format: 'txt',
    encoding: 'utf-8',
    url: null,
    ...overrides,
  };
}

/** An outlet's dated article of `lines` (one paragraph each), its outlet «صحيفة <id>», its date stated. */
export function datedArticle(id: string, published: string, lines: readonly string[]): ArticleRecord {
  return articleRecord(id, lines.join('\n\n'), { outlet: `صحيفة ${id}`, published, publishedBasis: 'explicit' });
}
