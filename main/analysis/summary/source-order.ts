import type { ArticleRecord } from '../../model/article.ts';

/**
 * The order in which sources are read: by publication date (a partial ISO date sorts before its
 * refinements: «2025» < «2025-04» < «2025-04-08»), undated ones («--MM-DD» included) last, then as given.
 * Returns the rank of each article index.
 */
export function sourceRanks(articles: readonly ArticleRecord[]): number[] {
  const dated = (a: ArticleRecord): string | null => (a.published !== null && /^\d{4}/.test(a.published) ? a.published : null);
  const order = articles
    .map((a, i) => ({ i, date: dated(a) }))
    .sort((x, y) => {
      if (x.date !== y.date) {
        if (x.date === null) return 1;
        if (y.date === null) return -1;
        return x.date < y.date ? -1 : 1;
      }
      return x.i - y.i;
    });
  const ranks = new Array<number>(articles.length).fill(0);
  order.forEach((o, rank) => (ranks[o.i] = rank));
  return ranks;
}
