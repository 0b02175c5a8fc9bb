import { lineKey } from '../lines/line-key.ts';
import { splitLines } from '../lines/split-lines.ts';

export interface BatchDocument {
  text: string;
  /** The outlet found before cleaning (see detectOutlet), or null. */
  outlet: string | null;
}

/**
 * What the batch needs to know of one document to find its repeated lines: the keys of its lines (unique, in
 * order of first appearance) and a fingerprint of the whole text. Computed per document, so that a pool of
 * threads can compute it in parallel and hand it to `repeatedAcross`.
 */
export interface DocumentLines {
  keys: string[];
  fingerprint: string;
  /** The outlet found before cleaning (see detectOutlet), or null. */
  outlet: string | null;
}

// Across outlets only short lines count: two outlets may well carry the same wire headline or paragraph.
const BATCH_WIDE_MAX_WORDS = 6;

/**
 * The line keys and fingerprint of one document of a batch (see DocumentLines). The fingerprint is the whole text's
 * key, `lineKey(doc.text)`, put together from its lines' keys rather than keyed again: the key folds each code point
 * on its own, line breaks and the controls splitLines strips are whitespace or dropped alike, and runs of whitespace
 * fold to one space, so the whole text's key is its lines' non-empty keys joined by a space. (Keying the whole text a
 * second time was a third of this function's cost, and filled lineKey's memo with texts no one asks for again.)
 */
export function documentLines(doc: BatchDocument): DocumentLines {
  const keys = new Set<string>();
  const inOrder: string[] = [];
  for (const line of splitLines(doc.text)) {
    const key = lineKey(line.text);
    if (key.length === 0) continue;
    keys.add(key);
    inOrder.push(key);
  }
  return { keys: [...keys], fingerprint: inOrder.join(' '), outlet: doc.outlet };
}

/**
 * For each document of a batch, the keys of its lines that recur in other documents: any line found in
 * two or more articles of the same outlet (menus, «اقرأ أيضا», newsletter prompts — Pomikálek 2011, §4),
 * and short lines found in two or more articles of the whole batch. Identical documents count once, so an
 * article imported twice does not strip itself.
 */
export function findRepeatedLines(docs: readonly BatchDocument[]): ReadonlySet<string>[] {
  return repeatedAcross(docs.map(documentLines));
}

/** findRepeatedLines from each document's lines, computed beforehand (see documentLines). */
export function repeatedAcross(docs: readonly DocumentLines[]): ReadonlySet<string>[] {
  const byOutlet = new Map<string, Map<string, Set<string>>>();
  const batch = new Map<string, Set<string>>();
  const groups = docs.map((doc) => (doc.outlet === null ? null : lineKey(doc.outlet)));
  docs.forEach((doc, i) => {
    const group = groups[i] ?? null;
    for (const key of doc.keys) {
      if (group !== null) {
        const counts = byOutlet.get(group) ?? new Map<string, Set<string>>();
        byOutlet.set(group, counts);
        counts.set(key, (counts.get(key) ?? new Set()).add(doc.fingerprint));
      }
      if (key.split(' ').length <= BATCH_WIDE_MAX_WORDS) batch.set(key, (batch.get(key) ?? new Set()).add(doc.fingerprint));
    }
  });
  return docs.map((doc, i) => {
    const out = new Set<string>();
    const group = groups[i] === null ? undefined : byOutlet.get(groups[i] ?? '');
    for (const key of doc.keys) {
      if ((group?.get(key)?.size ?? 0) >= 2 || (batch.get(key)?.size ?? 0) >= 2) out.add(key);
    }
    return out;
  });
}
