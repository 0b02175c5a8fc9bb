/** A run of text, marked (a search match, the quoted sentence) or not. */
export interface TextRun {
  text: string;
  marked: boolean;
}

/**
 * Text cut into runs at marked ranges: the search snippets and the quoted sentence of a citation. Ranges are
 * [start, end) UTF-16 offsets; overlapping or out-of-range ones are clipped, empty ones dropped. Pure, so the
 * cutting is tested without a page; marked-text.ts shows the runs.
 */
export function markRanges(text: string, ranges: ReadonlyArray<readonly [number, number]>): TextRun[] {
  const out: TextRun[] = [];
  const sorted = [...ranges].filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  let at = 0;
  for (const [start, end] of sorted) {
    const s = Math.max(start, at);
    const e = Math.min(end, text.length);
    if (e <= s) continue;
    if (s > at) out.push({ text: text.slice(at, s), marked: false });
    out.push({ text: text.slice(s, e), marked: true });
    at = e;
  }
  if (at < text.length) out.push({ text: text.slice(at), marked: false });
  return out;
}
