import type { RemovedReason } from '../../model/removed-reason.ts';
import { lineKey } from '../lines/line-key.ts';

// «… سيخفف الضغط على المستشفى الجامعي...»: the excerpt a page prints of its own story, cut with an ellipsis.
const ELLIPSIS = /\s*(?:\.{2,}|…)\s*$/u;

/**
 * Marks as 'story-teaser' each kept line that ends with an ellipsis and whose words (six or more) open a later kept
 * line: the page's excerpt of the story printed above its stamp, which the story then prints whole. Kept, it would
 * start the story above the article's own date and duplicate its first sentence.
 */
export function markStoryTeasers(lines: { text: string; reason: RemovedReason | null }[]): void {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const end = line.text.trimEnd();
    if (line.reason !== null || !(end.endsWith('…') || end.endsWith('..'))) continue;
    const key = lineKey(line.text.replace(ELLIPSIS, ''));
    if (key.split(' ').length < 6) continue;
    if (lines.some((l, j) => j > i && l.reason === null && lineKey(l.text).startsWith(key))) line.reason = 'story-teaser';
  }
}
