import type { Token } from '../../text/arabic/index.ts';
import { contentTerms } from '../summary/bag-of-words.ts';

// Words on each side of a figure that say what it is about («عبر … معبر رفح»).
export const WINDOW = 8;

/**
 * The content terms (Light10 stems, no stopwords) within a window of tokens around [from, to), leaving out
 * the span itself and any terms in `exclude` (the counted noun, the ordinal): what a figure or an ordinal is about.
 */
export function contextTerms(text: string, tokens: readonly Token[], from: number, to: number, exclude: readonly string[] = []): Set<string> {
  const left = tokens[Math.max(0, from - WINDOW)];
  const right = tokens[Math.min(tokens.length, to + WINDOW) - 1];
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!first || !last) return new Set();
  const before = left ? text.slice(left.start, first.start) : '';
  const after = right && right.end > last.end ? text.slice(last.end, right.end) : '';
  const drop = new Set(exclude);
  return new Set([...contentTerms(before), ...contentTerms(after)].filter((t) => !drop.has(t)));
}

export function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const t of a) if (b.has(t)) n++;
  return n;
}
