import type { Brief, Citation } from '../../model/brief.ts';

/**
 * How every exporter cites: by the number of a source in the brief's source list (1-based, the list's order).
 * Returns, for citations, the numbers of the sources they come from, each once, in ascending order (review 27,
 * finding 16: «7، 5، 3، 1» made a reader hunt the list; the point's wording is its first citation's, which the quotes
 * of Word's notes still give); a citation of a source the brief does not list has no number.
 */
export function sourceNumbering(brief: Brief): (citations: readonly Citation[]) => number[] {
  const numberOf = new Map(brief.sources.map((source, index) => [source.id, index + 1]));
  return (citations) => [...new Set(citations.map((c) => numberOf.get(c.sourceId) ?? 0).filter((n) => n > 0))].sort((a, b) => a - b);
}
