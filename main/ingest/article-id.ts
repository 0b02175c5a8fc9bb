import { matchKey } from '../text/arabic/index.ts';
import { sha256Hex } from '../text/sha256.ts';
import { lineKey } from './lines/line-key.ts';

/**
 * The article's id: the first 16 hex digits of SHA-256 over the matching key of its cleaned body, so the
 * same article imported twice — from HTML and from pasted text, with other diacritics or stray controls —
 * gets the same id. Runs of whitespace are folded first: line layout is not part of the article.
 */
export function articleId(body: string): string {
  return idOfKey(matchKey(body));
}

/**
 * articleId of the body that joins `lines` with blank lines, from the lines' own keys: the cleaner has keyed every
 * line already (lineKey, memoised), so the body is not folded a second time. The same id, since matchKey folds code
 * point by code point and a run of spaces to one: the key of lines joined by whitespace is their non-empty keys
 * joined by one space (tests/unit/ingest/article-id.test.ts checks it on every fixture).
 */
export function articleIdOfLines(lines: readonly string[]): string {
  return idOfKey(lines.map(lineKey).filter((k) => k !== '').join(' '));
}

function idOfKey(key: string): string {
  return sha256Hex(key).slice(0, 16);
}
