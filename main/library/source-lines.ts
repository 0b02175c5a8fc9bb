/**
 * The article's lines in their original order, story and removed together, rebuilt from what the record keeps:
 * the body (one story line per paragraph, in order) and the removed lines with their line numbers. The story
 * lines' own numbers are not stored, so they are estimated: they fill, in order, the numbers the removed lines
 * leave free — every other number when all removed lines share a parity (text with a blank line between
 * paragraphs), every number otherwise. A removed line thus returns between the story lines it stood between
 * whenever the text's layout is regular.
 */
import type { RemovedLine } from '../model/article.ts';

export interface SourceLine {
  line: number;
  text: string;
  /** Why the cleaner took the line out, or null for a story line. */
  reason: string | null;
}

/** The story lines of a body: its paragraphs, as the cleaner joined them. */
export function storyParagraphs(body: string): string[] {
  return body === '' ? [] : body.split('\n\n');
}

/** The body's and the removed lines, merged in (estimated) original order. */
export function sourceLines(body: string, removed: readonly RemovedLine[]): SourceLine[] {
  const taken = new Set(removed.map((r) => r.line));
  const parities = new Set(removed.map((r) => r.line % 2));
  const stride = removed.length >= 2 && parities.size === 1 ? 2 : 1;
  const offset = stride === 2 ? (removed[0]?.line ?? 0) % 2 : 0;
  const out: SourceLine[] = removed.map((r) => ({ line: r.line, text: r.text, reason: r.reason }));
  let next = offset;
  for (const text of storyParagraphs(body)) {
    while (taken.has(next)) next += stride;
    out.push({ line: next, text, reason: null });
    taken.add(next);
    next += stride;
  }
  return out.sort((a, b) => a.line - b.line);
}
