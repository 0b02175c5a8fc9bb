import { isStopword, lightStem, wordKeys } from '../../text/arabic/index.ts';

/**
 * The share of an item's content words that must stand in the sentences it cites for the quotes to support it.
 * A third: on the seeds' brief every assembled point and timeline entry keeps at least 0.9 of its words in its
 * quotes, while each point set against another point's quotes (the same story, so shared names) keeps at most 0.28.
 */
export const SUPPORTED_SHARE = 1 / 3;

/** The content words of a text as light stems: stopwords and one-letter keys say nothing about support. */
export function contentStems(text: string): Set<string> {
  return new Set(wordKeys(text).filter((k) => k.length > 1 && !isStopword(k)).map((k) => lightStem(k)));
}

/**
 * How much of `text` its quotes carry: the share (0 to 1) of its content words found, as light stems (so «الحكومة»
 * and «حكومته» meet), in at least one quote. A text with no content word is carried by any quote.
 */
export function citedShare(text: string, quotes: readonly string[]): number {
  if (quotes.length === 0) return 0;
  const words = contentStems(text);
  if (words.size === 0) return 1;
  const cited = contentStems(quotes.join('\n'));
  let found = 0;
  for (const w of words) if (cited.has(w)) found++;
  return found / words.size;
}

/** Whether an item's quotes still support its text: some quote left, and enough of its words in them. */
export function isSupported(text: string, quotes: readonly string[]): boolean {
  return citedShare(text, quotes) >= SUPPORTED_SHARE;
}
