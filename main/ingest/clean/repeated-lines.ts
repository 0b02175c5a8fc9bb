import { lineKey } from '../lines/line-key.ts';
import { splitLines } from '../lines/split-lines.ts';

export interface BatchDocument {
  text: string;
  /** The outlet found before cleaning (see detectOutlet), or null. */
  outlet: string | null;
}

// Across outlets only short lines count: two outlets may well carry the same wire headline or paragraph.
const BATCH_WIDE_MAX_WORDS = 6;

/**
 * For each document of a batch, the keys of its lines that recur in other documents: any line found in
 * two or more articles of the same outlet (menus, «اقرأ أيضا», newsletter prompts — Pomikálek 2011, §4),
 * and short lines found in two or more articles of the whole batch. Identical documents count once, so an
 * article imported twice does not strip itself.
 */
export function findRepeatedLines(docs: readonly BatchDocument[]): ReadonlySet<string>[] {
  const keysOf = docs.map((d) => new Set(splitLines(d.text).map((l) => lineKey(l.text)).filter((k) => k.length > 0)));
  const fingerprint = docs.map((d) => lineKey(d.text));
  const byOutlet = new Map<string, Map<string, Set<string>>>();
  const batch = new Map<string, Set<string>>();
  docs.forEach((doc, i) => {
    const group = doc.outlet === null ? null : lineKey(doc.outlet);
    for (const key of keysOf[i]!) {
      if (group !== null) {
        const counts = byOutlet.get(group) ?? new Map<string, Set<string>>();
        byOutlet.set(group, counts);
        counts.set(key, (counts.get(key) ?? new Set()).add(fingerprint[i]!));
      }
      if (key.split(' ').length <= BATCH_WIDE_MAX_WORDS) batch.set(key, (batch.get(key) ?? new Set()).add(fingerprint[i]!));
    }
  });
  return docs.map((doc, i) => {
    const out = new Set<string>();
    const group = doc.outlet === null ? undefined : byOutlet.get(lineKey(doc.outlet));
    for (const key of keysOf[i]!) {
      if ((group?.get(key)?.size ?? 0) >= 2 || (batch.get(key)?.size ?? 0) >= 2) out.add(key);
    }
    return out;
  });
}
