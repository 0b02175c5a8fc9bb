/**
 * Where a cited sentence stands in an article's cleaned body, as a [start, end) range. Citations quote the body
 * exactly, but a quote may have crossed a line break or carry doubled spaces, so whitespace runs are matched
 * loosely when the exact text is not found.
 */
export function findQuote(body: string, quote: string): [number, number] | null {
  const q = quote.trim();
  if (q === '') return null;
  const exact = body.indexOf(q);
  if (exact >= 0) return [exact, exact + q.length];
  const escaped = q.split(/\s+/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const loose = new RegExp(escaped.join('\\s+'), 'u').exec(body);
  return loose ? [loose.index, loose.index + loose[0].length] : null;
}

/** The body's paragraphs with their offsets, so a range over the body can be marked paragraph by paragraph. */
export function paragraphs(body: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    if (m[0].trim() !== '') out.push({ text: m[0], start: m.index });
  }
  return out;
}
