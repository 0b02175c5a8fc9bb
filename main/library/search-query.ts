import { tokenise } from '../text/arabic/index.ts';

export interface ParsedQuery {
  /** The normalised query terms, in order. */
  terms: string[];
  /** Whether the last term matches as a prefix (the user is still typing it). */
  prefixLast: boolean;
}

/** Splits what the analyst typed into normalised terms: the same normalisation as the index (search-text.ts). */
export function parseQuery(query: string, options: { prefix?: boolean } = {}): ParsedQuery {
  const terms = tokenise(query).map((t) => t.key);
  return { terms, prefixLast: options.prefix === true && terms.length > 0 };
}

// Keys hold only letters, marks and digits (with . and , inside numbers), but quoting keeps FTS5 syntax
// characters and its keywords (AND, OR, NOT, NEAR) from ever being read as operators.
function quote(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

/** The FTS5 MATCH expression for a parsed query: every term must match; the last one as a prefix if asked. */
export function matchExpression(q: ParsedQuery): string | null {
  if (q.terms.length === 0) return null;
  return q.terms.map((t, i) => (q.prefixLast && i === q.terms.length - 1 ? `${quote(t)}*` : quote(t))).join(' AND ');
}

/** A MATCH expression where any of several phrases may match (topic keywords): each phrase's words must all match. */
export function anyOfExpression(phrases: readonly string[]): string | null {
  const groups = phrases
    .map((p) => tokenise(p).map((t) => quote(t.key)))
    .filter((g) => g.length > 0)
    .map((g) => (g.length === 1 ? (g[0] ?? '') : `(${g.join(' AND ')})`));
  return groups.length === 0 ? null : groups.join(' OR ');
}
