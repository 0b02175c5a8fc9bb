/**
 * Names found by any close spelling, measured as PostgreSQL's pg_trgm measures them
 * (https://www.postgresql.org/docs/15/pgtrgm.html), so that the local store and the team library rank the same
 * names alike: the local store computes it here, the team library asks the server (postgres/name-search.ts).
 */

/** pg_trgm's default `similarity_threshold`: a name at least this similar to the query is a match. */
export const NAME_SIMILARITY = 0.3;

/** A stored thing found by its name, with how similar its name key is to the query's (0–1, three decimals). */
export interface NameMatch<T> {
  item: T;
  similarity: number;
}

/**
 * The trigram set of a text as pg_trgm builds it: lower-cased, cut into words of letters and digits, each word padded
 * with two spaces before and one after, every three consecutive characters once.
 */
export function trigrams(text: string): Set<string> {
  const set = new Set<string>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const chars = [' ', ' ', ...word, ' '];
    for (let i = 0; i + 3 <= chars.length; i++) set.add(chars.slice(i, i + 3).join(''));
  }
  return set;
}

/** pg_trgm's `similarity(a, b)`: shared trigrams over all the trigrams of both. */
export function trigramSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * The items whose key is at least NAME_SIMILARITY like the query's key, most similar first, then by id: what the team
 * library's `key % query ORDER BY similarity(key, query) DESC, id` gives. Similarity is compared in single precision,
 * as the server computes it, so ties fall alike.
 */
export function rankByName<T>(queryKey: string, items: readonly T[], keyOf: (item: T) => string, idOf: (item: T) => number, limit: number): NameMatch<T>[] {
  const query = trigrams(queryKey);
  return items
    .map((item) => ({ item, exact: Math.fround(trigramSimilarity(query, trigrams(keyOf(item)))) }))
    .filter((m) => m.exact >= Math.fround(NAME_SIMILARITY))
    .sort((a, b) => b.exact - a.exact || idOf(a.item) - idOf(b.item))
    .slice(0, limit)
    .map((m) => ({ item: m.item, similarity: roundSimilarity(m.exact) }));
}

/** Three decimals: what both stores report, so that the server's single precision and ours print alike. */
export function roundSimilarity(x: number): number {
  return Math.round(x * 1000) / 1000;
}
