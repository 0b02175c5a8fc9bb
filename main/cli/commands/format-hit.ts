import type { SearchHit } from '../../api/contract.ts';
import type { TextRange } from '../../library/snippet.ts';
import type { ArticleSummary } from '../../library/stored-article.ts';

const BOLD = '\u001b[1m';
const RESET = '\u001b[22m';

/**
 * Marks the highlighted ranges of `text`: ANSI bold on a terminal, «…» otherwise. Article text is printed as
 * text, never interpreted; whitespace runs (paragraph breaks inside a snippet) become single spaces.
 */
export function markRanges(text: string, ranges: readonly TextRange[], tty: boolean): string {
  const [open, close] = tty ? [BOLD, RESET] : ['«', '»'];
  // Words matched side by side («الحشد الشعبي») are marked as one run.
  const runs: TextRange[] = [];
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    const prev = runs[runs.length - 1];
    if (prev && r.start >= prev.end && /^\s*$/u.test(text.slice(prev.end, r.start))) prev.end = r.end;
    else if (!prev || r.start >= prev.end) runs.push({ ...r });
  }
  let out = '';
  let at = 0;
  for (const r of runs) {
    out += text.slice(at, r.start) + open + text.slice(r.start, r.end) + close;
    at = r.end;
  }
  out += text.slice(at);
  return out.replace(/\s+/gu, ' ').trim();
}

/** The one-line heading of an article: title (or file), outlet, date, id. */
export function articleHeading(a: ArticleSummary, title: string = a.title ?? a.file): string {
  const meta = [a.outlet, a.published].filter((x): x is string => x !== null).join(', ');
  return `${title}${meta === '' ? '' : ` — ${meta}`}  [${a.id}]`;
}

/** A search hit as two lines: numbered heading with the title matches marked, then the snippet. */
export function formatHit(hit: SearchHit, rank: number, tty: boolean): string[] {
  const a = hit.article;
  const title = a.title === null ? a.file : markRanges(a.title, hit.titleHighlights, tty);
  const s = hit.snippet;
  const snippet = `${s.cutBefore ? '…' : ''}${markRanges(s.text, s.highlights, tty)}${s.cutAfter ? '…' : ''}`;
  return [`${String(rank)}. ${articleHeading(a, title)}`, `   ${snippet}`];
}
