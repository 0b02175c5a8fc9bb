import { createHash } from 'node:crypto';
import { matchKey } from '../text/arabic/index.ts';

/**
 * The article's id: the first 16 hex digits of SHA-256 over the matching key of its cleaned body, so the
 * same article imported twice — from HTML and from pasted text, with other diacritics or stray controls —
 * gets the same id. Runs of whitespace are folded first: line layout is not part of the article.
 */
export function articleId(body: string): string {
  const key = matchKey(body);
  return createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 16);
}
