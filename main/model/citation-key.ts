/**
 * One key per cited sentence: its source and its quote. A point, an entry, a question and an actor cite a sentence by
 * these two fields, so sets and maps of citations across the stages meet on this key.
 */
export function citationKey(c: { readonly sourceId: string; readonly quote: string }): string {
  return `${c.sourceId}\u0000${c.quote}`;
}
