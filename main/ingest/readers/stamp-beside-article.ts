import { matchKey } from '../../text/arabic/index.ts';
import { findDates, namesDay } from '../../text/dates/index.ts';

// A line short enough to be a stamp, and one holding a figure: most lines are ruled out before the date grammar runs.
const MAX_STAMP_WORDS = 12;
const DATED = new Set(['date', 'hijri']);

/** Whether a short line holds a date that names its day (a stamp gives a day). */
function isStampLine(line: string): boolean {
  if (!/\p{N}/u.test(line) || line.split(/\s+/u).length > MAX_STAMP_WORDS) return false;
  return findDates(line).some((m) => DATED.has(m.kind) && namesDay(m.value));
}

/**
 * The page's stamp line under its headline when Readability left it out of the article: a theme's «post-meta» block
 * set beside the body («ali الأثنين 16 رجب 1447ﻫ 5-1-2026م») scores too low to join it, and the article loses the only
 * date the page gives it. Looked for in the page's whole text, within the three lines after the headline, only when
 * the article's own first lines hold no stamp; with the block's short lines between the headline and it (a writer
 * set over the date); null when there is none or the article already has it.
 */
export function stampBesideArticle(pageText: () => string, article: string, headline: string): string | null {
  const firstLines = article.split('\n').map((l) => l.trim()).filter((l) => l !== '').slice(0, 6);
  if (firstLines.some(isStampLine)) return null;
  const key = matchKey(headline);
  if (key === '') return null;
  const lines = pageText().split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const at = lines.findIndex((l) => matchKey(l).includes(key));
  if (at < 0) return null;
  const end = lines.slice(at + 1, at + 4).findIndex(isStampLine);
  if (end < 0) return null;
  const stamp = lines[at + 1 + end] ?? '';
  const stampKey = matchKey(stamp);
  if (article.split('\n').some((l) => matchKey(l) === stampKey)) return null;
  // The block's short lines above the stamp come back with it: the theme sets the writer there («site: name» over
  // the date), and Readability leaves the block out whole.
  const block = lines.slice(at + 1, at + 1 + end).filter((l) => l.split(/\s+/u).length <= MAX_STAMP_WORDS);
  return block.length === end ? [...block, stamp].join('\n') : stamp;
}

/**
 * The article with the stamp put back on the line after its headline; at its top when no line is the headline (a
 * paragraph that holds the headline's words is the story's, and a stamp under it would read as the story's date).
 */
export function withStampAfterHeadline(article: string, headline: string, stamp: string): string {
  const lines = article.split('\n');
  const key = matchKey(headline);
  const at = lines.slice(0, 10).findIndex((l) => key !== '' && matchKey(l) === key);
  const after = at < 0 ? 0 : at + 1;
  return [...lines.slice(0, after), stamp, ...lines.slice(after)].join('\n');
}
