/**
 * Near-duplicate sentences across sources (§4 step 3): syndicated wire copy is carried by several outlets
 * with small edits, and must count once. Two sentences are near-duplicates when the Jaccard similarity of
 * their word 3-shingles reaches the threshold (0.7); clusters are the connected components of that relation.
 */
import { jaccard } from '../../text/similarity/shingles.ts';
import { postings } from './postings.ts';

export { shingles } from '../../text/similarity/shingles.ts';

// Two sentences without a single shingle share no wording to count once: never near-duplicates.
const NOTHING_TO_COMPARE = 0;

/**
 * Groups items whose shingle sets are near-duplicates. Returns clusters of indices, each sorted, the
 * clusters ordered by their first index. Candidate pairs come from an inverted index on shingles, so
 * unrelated sentences are never compared.
 */
export function nearDuplicateClusters(sets: readonly ReadonlySet<string>[], threshold = 0.7): number[][] {
  const parent = sets.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    while (parent[i] !== r) {
      const next = parent[i] ?? r;
      parent[i] = r;
      i = next;
    }
    return r;
  };
  const index = postings(sets, (set) => set);
  sets.forEach((set, i) => {
    const seen = new Set<number>();
    for (const s of set) {
      for (const j of index.get(s) ?? []) {
        if (j >= i || seen.has(j)) continue;
        seen.add(j);
        const other = sets[j];
        if (other && find(i) !== find(j) && jaccard(set, other, NOTHING_TO_COMPARE) >= threshold) parent[Math.max(find(i), find(j))] = Math.min(find(i), find(j));
      }
    }
  });
  const groups = new Map<number, number[]>();
  sets.forEach((_, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  });
  return [...groups.values()].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
}
