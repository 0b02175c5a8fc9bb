import { queryForms, tokenise } from '../text/arabic/index.ts';

export interface ParsedQuery {
  /** The normalised query terms, in order. */
  terms: string[];
  /** Whether the last term matches as a prefix (the user is still typing it). */
  prefixLast: boolean;
  /**
   * For each term, the forms any of which it matches (queryForms: «والحشد» → والحشد، الحشد), the term first; the term
   * alone where it stands for itself (a topic's keywords: literalQuery).
   */
  forms: string[][];
}

/**
 * Splits what the analyst typed into normalised terms: the same normalisation as the index (search-text.ts), and
 * each term's forms without the clitics written on it, so «والحشد» finds what «الحشد» finds in either store.
 */
export function parseQuery(query: string, options: { prefix?: boolean } = {}): ParsedQuery {
  const terms = tokenise(query).map((t) => t.key);
  const prefixLast = options.prefix === true && terms.length > 0;
  return { terms, prefixLast, forms: terms.map((t, i) => queryForms(t, !(prefixLast && i === terms.length - 1))) };
}

/** A query whose terms each stand for themselves (a topic's name and keywords, searched as written), the last a prefix if asked. */
export function literalQuery(terms: string[], prefixLast = false): ParsedQuery {
  return { terms, prefixLast, forms: terms.map((t) => [t]) };
}

// Keys hold only letters, marks and digits (with . and , inside numbers), but quoting keeps FTS5 syntax
// characters and its keywords (AND, OR, NOT, NEAR) from ever being read as operators.
function quote(term: string): string {
  return `"${term.replaceAll('"', '""')}"`;
}

/**
 * The FTS5 MATCH expression for a parsed query: every term must match, as any of its forms; the last one as a prefix
 * if asked. FTS5's bm25() sums over every phrase of the expression, ORed or not, as postgres/bm25.ts sums its keys.
 */
export function matchExpression(q: ParsedQuery): string | null {
  if (q.terms.length === 0) return null;
  const last = q.terms.length - 1;
  return q.forms
    .map((forms, i) => {
      const each = forms.map((f) => (q.prefixLast && i === last ? `${quote(f)}*` : quote(f)));
      return each.length === 1 ? (each[0] ?? '') : `(${each.join(' OR ')})`;
    })
    .join(' AND ');
}

/** A MATCH expression where any of several phrases may match (topic keywords): each phrase's words must all match. */
export function anyOfExpression(phrases: readonly string[]): string | null {
  const groups = phrases
    .map((p) => tokenise(p).map((t) => quote(t.key)))
    .filter((g) => g.length > 0)
    .map((g) => (g.length === 1 ? (g[0] ?? '') : `(${g.join(' AND ')})`));
  return groups.length === 0 ? null : groups.join(' OR ');
}
