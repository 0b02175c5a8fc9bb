/**
 * Maximal Marginal Relevance (Carbonell & Goldstein 1998), §4 step 6: repeatedly pick the candidate with
 * the best λ·relevance − (1−λ)·(max similarity to what is already picked). Relevance is scaled to [0, 1].
 *
 * Stopping: always up to `min` (when there are enough candidates that are not near-repeats), then up to
 * `max` only while candidates still add something: relevance of at least `minRelevance` and no similarity
 * to a picked sentence above `maxRedundancy`. Near-repeats (similarity ≥ `repeat`) are never picked.
 * A candidate that brings in a source not yet covered gets `coverageBonus` (source coverage).
 * Ties go to the lower index, so the selection is deterministic.
 */
export function selectMmr(
  relevance: readonly number[],
  similarity: (i: number, j: number) => number,
  sourcesOf: (i: number) => readonly string[],
  options: {
    min: number; max: number; lambda?: number; repeat?: number; maxRedundancy?: number; minRelevance?: number; coverageBonus?: number;
    eligible?: (i: number, picked: readonly number[]) => boolean;
    /** Candidates of weight whatever their relevance: past `min`, the relevance floor does not apply to them. */
    weighty?: (i: number) => boolean;
  },
): number[] {
  const lambda = options.lambda ?? 0.7;
  const repeat = options.repeat ?? 0.6;
  const maxRedundancy = options.maxRedundancy ?? 0.4;
  const minRelevance = options.minRelevance ?? 0.3;
  const coverageBonus = options.coverageBonus ?? 0.2;
  const top = Math.max(0, ...relevance);
  const rel = relevance.map((r) => (top > 0 ? r / top : 0));
  const picked: number[] = [];
  const covered = new Set<string>();
  const redundancy = rel.map(() => 0);
  while (picked.length < options.max) {
    let best = -1;
    let bestScore = -Infinity;
    for (let i = 0; i < rel.length; i++) {
      if (picked.includes(i) || (redundancy[i] ?? 0) >= repeat) continue;
      if (options.eligible && !options.eligible(i, picked)) continue;
      const r = rel[i] ?? 0;
      if (picked.length >= options.min && ((r < minRelevance && options.weighty?.(i) !== true) || (redundancy[i] ?? 0) > maxRedundancy)) continue;
      const fresh = sourcesOf(i).some((s) => !covered.has(s)) ? coverageBonus : 0;
      const score = lambda * r - (1 - lambda) * (redundancy[i] ?? 0) + fresh;
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    if (best < 0) break;
    picked.push(best);
    for (const s of sourcesOf(best)) covered.add(s);
    for (let i = 0; i < rel.length; i++) redundancy[i] = Math.max(redundancy[i] ?? 0, similarity(i, best));
  }
  return picked;
}
