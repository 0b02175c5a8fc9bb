import type { Token } from '../arabic/index.ts';

/**
 * A stretch of `text` from token `from` on, at most `maxWords` words, cut exactly from the text (so it reads
 * as the source wrote it), closing punctuation dropped, «…» added when shortened.
 */
export function snippet(text: string, tokens: readonly Token[], from: number, maxWords = 18): string {
  const first = tokens[from];
  if (!first) return '';
  const lastIndex = Math.min(tokens.length, from + maxWords) - 1;
  const last = tokens[lastIndex];
  if (!last) return '';
  const cut = lastIndex < tokens.length - 1;
  let out = text.slice(first.start, cut ? last.end : text.length).trim();
  out = out.replace(/[\s.!؟?…؛:,،"»”'’)(\]]+$/u, '');
  // Keep quotation marks balanced once the end is cut away.
  const opens = (out.match(/[«“]/g) ?? []).length;
  const closes = (out.match(/[»”]/g) ?? []).length;
  if (opens > closes) out = out.replace(/[«“](?!.*[«“])/u, '');
  return cut ? `${out}…` : out;
}

/** Index of the first token after `from` that opens a «أن/إن» clause (the content of a report), or -1. */
export function thatClause(tokens: readonly Token[], from: number): number {
  for (let i = from; i < tokens.length; i++) {
    const k = tokens[i]?.key;
    if (k === 'ان' || k === 'بان' || k === 'وان' || k === 'فان') return i + 1 < tokens.length ? i + 1 : -1;
  }
  return -1;
}
