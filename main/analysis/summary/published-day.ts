import type { ArticleRecord } from '../../model/article.ts';

/** The day an article was published ('YYYY-MM-DD'), or null when its date is not a whole day or it has none. */
export function publishedDay(article: ArticleRecord | undefined): string | null {
  const p = article?.published ?? null;
  return p !== null && /^\d{4}-\d{2}-\d{2}$/u.test(p) ? p : null;
}
