/**
 * Near-duplicate sentences across sources (§4 step 3): syndicated wire copy is carried by several outlets
 * with small edits, and must count once. Two sentences are near-duplicates when the Jaccard similarity of
 * their word 3-shingles reaches the threshold (0.7); clusters are the connected components of that relation.
 */

/** The word n-shingles of a sequence of matching keys; shorter sequences give one shingle of the whole. */
export function shingles(keys: readonly string[], n = 3): Set<string> {
  const out = new Set<string>();
  if (keys.length === 0) return out;
  if (keys.length < n) {
    out.add(keys.join(' '));
    return out;
  }
  for (let i = 0; i + n <= keys.length; i++) out.add(keys.slice(i, i + n).join(' '));
  return out;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const s of a.size <= b.size ? a : b) if ((a.size <= b.size ? b : a).has(s)) shared++;
  return shared / (a.size + b.size - shared);
}

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
  const index = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const s of set) {
      const list = index.get(s);
      if (list) list.push(i);
      else index.set(s, [i]);
    }
  });
  sets.forEach((set, i) => {
    const seen = new Set<number>();
    for (const s of set) {
      for (const j of index.get(s) ?? []) {
        if (j >= i || seen.has(j)) continue;
        seen.add(j);
        const other = sets[j];
        if (other && find(i) !== find(j) && jaccard(set, other) >= threshold) parent[Math.max(find(i), find(j))] = Math.min(find(i), find(j));
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
