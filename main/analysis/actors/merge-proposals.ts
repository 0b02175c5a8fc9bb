import { distance } from 'fastest-levenshtein';
import type { MergeProposal } from '../../model/brief.ts';
import { nameKey, nameSkeleton } from '../../text/gazetteer/name-key.ts';
import type { Group } from './group-mentions.ts';

/** Two spellings of one word: one or two letters apart (two only for long words), or the same skeleton. */
function variantWords(a: string, b: string): boolean {
  if (a === b) return false;
  const len = Math.min(a.length, b.length);
  if (len < 4) return false;
  const d = distance(a, b);
  if (d <= 1 || (d <= 2 && len >= 7)) return true;
  const sa = nameSkeleton(a);
  return sa.length >= 3 && sa === nameSkeleton(b);
}

/**
 * Whether two names are spelling variants of one: the same number of words, exactly one differing word,
 * and that word spelt nearly alike. For people that word may not be the first of several: two different
 * first names with one surname are two people («أحمد الشرع», «محمد الشرع»).
 */
export function variants(a: string, b: string, person: boolean): boolean {
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length !== wb.length) return false;
  const differing = wa.map((w, i) => (w === wb[i] ? -1 : i)).filter((i) => i >= 0);
  if (differing.length !== 1) return false;
  const i = differing[0] ?? 0;
  if (person && wa.length > 1 && i === 0) return false;
  return variantWords(wa[i] ?? '', wb[i] ?? '');
}

function sourcesOf(g: Group): string {
  return [...new Set(g.mentions.map((m) => m.sourceId))].join('، ');
}

/**
 * Proposed merges between actors whose names look like spellings of one name, never merged automatically.
 * Each pair is proposed on both actors; pairs the analyst rejected are never proposed again.
 */
export function proposeMerges(
  groups: readonly Group[],
  names: ReadonlyMap<Group, string>,
  rejected: readonly { a: string; b: string }[],
): Map<Group, MergeProposal[]> {
  const no = new Set(rejected.flatMap((r) => [`${nameKey(r.a)}|${nameKey(r.b)}`, `${nameKey(r.b)}|${nameKey(r.a)}`]));
  const out = new Map<Group, MergeProposal[]>();
  const buckets = new Map<string, Group[]>();
  for (const g of groups) {
    const name = names.get(g) ?? g.key;
    const k = `${g.type}:${nameKey(name).split(' ').length}`;
    buckets.set(k, [...(buckets.get(k) ?? []), g]);
  }
  for (const bucket of buckets.values()) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const a = bucket[i];
        const b = bucket[j];
        if (a === undefined || b === undefined || (a.entry !== null && b.entry !== null)) continue;
        const na = names.get(a) ?? a.key;
        const nb = names.get(b) ?? b.key;
        const ka = nameKey(na);
        const kb = nameKey(nb);
        if (no.has(`${ka}|${kb}`) || !variants(ka, kb, a.type === 'person')) continue;
        const evidence = `تهجئتان متقاربتان لاسم واحد على الأرجح: «${na}» (${sourcesOf(a)}) و«${nb}» (${sourcesOf(b)})`;
        out.set(a, [...(out.get(a) ?? []), { name: nb, evidence }]);
        out.set(b, [...(out.get(b) ?? []), { name: na, evidence }]);
      }
    }
  }
  return out;
}
