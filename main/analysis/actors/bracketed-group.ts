import type { SentenceScan } from './sentence-scan.ts';

/** The sentence's text after its last word (a closing bracket, a full stop, or nothing). */
export function trailingText(s: SentenceScan): string {
  const last = s.words[s.words.length - 1];
  return last === undefined ? '' : s.scan.sentenceText.slice(last.end - s.scan.sentenceStart);
}

/**
 * The end (exclusive) of the words in brackets that open right at word `from` («(» just before it, «)» right after
 * the last), at most `max` words and no bracket between them; null when word `from` opens no such group.
 */
export function bracketedGroupEnd(s: SentenceScan, from: number, max: number): number | null {
  const { words } = s;
  if (!/\(\s*$/u.test(words[from]?.gap ?? '')) return null;
  for (let to = from + 1; to <= words.length && to - from <= max; to++) {
    const after = to < words.length ? (words[to]?.gap ?? '') : trailingText(s);
    if (/^\s*\)/u.test(after)) return to;
    if (/[()]/u.test(after)) return null;
  }
  return null;
}
