import { foldSpaces, wordKeys } from '../text/arabic/index.ts';
import { sha256Hex } from '../text/sha256.ts';

/**
 * The identity of an article's text for exact-duplicate detection: sha256 of its normalised words.
 * Spelling variants (hamza seats, ta marbuta, diacritics), spacing and punctuation do not change it,
 * so the same article scraped twice, or saved once as HTML and once as text, is stored once.
 */
export function contentHash(body: string): string {
  return hashKeys(wordKeys(body));
}

/** contentHash from the body's word keys, for callers that have already tokenised it. */
export function hashKeys(keys: readonly string[]): string {
  return sha256Hex(keys.join(' '));
}

/**
 * The identity of a document as read, before cleaning: sha256 of its text with whitespace runs folded.
 * No tokenising: it only needs to recognise the same file read again.
 */
export function sourceHash(text: string): string {
  // foldSpaces is `replace(/\s+/gu, ' ').trim()` in one pass (its test says so), and the text itself when nothing folds.
  return sha256Hex(foldSpaces(text));
}
