/**
 * Continuous LexRank (Erkan & Radev 2004, JAIR 22): PageRank over the sentence-similarity graph, keeping
 * edges whose cosine reaches the threshold (0.1) and weighting them by it, with damping 0.85, by power
 * iteration. Returns one centrality per sentence, scaled so that the mean is 1.
 *
 * `neighbours(i, threshold)`, when given, names every j whose similarity with i may reach the threshold
 * (a superset, in any order; see SimilarityIndex), so the graph is built without the all-pairs scan but
 * with the same edges in the same order.
 */
export function lexRank(
  n: number,
  similarity: (i: number, j: number) => number,
  options: { threshold?: number; damping?: number; maxIterations?: number; tolerance?: number; neighbours?: (i: number, threshold: number) => Iterable<number> } = {},
): number[] {
  const threshold = options.threshold ?? 0.1;
  const damping = options.damping ?? 0.85;
  const maxIterations = options.maxIterations ?? 200;
  const tolerance = options.tolerance ?? 1e-10;
  if (n === 0) return [];
  // Row-normalised weights, kept sparse: most sentence pairs share nothing.
  const edges: { to: number; w: number }[][] = [];
  for (let i = 0; i < n; i++) edges.push([]);
  const rowSum = new Array<number>(n).fill(0);
  const later = (i: number): Iterable<number> => {
    if (!options.neighbours) return Array.from({ length: Math.max(0, n - i - 1) }, (_, k) => i + 1 + k);
    return [...new Set(options.neighbours(i, threshold))].filter((j) => j > i && j < n).sort((a, b) => a - b);
  };
  for (let i = 0; i < n; i++) {
    for (const j of later(i)) {
      const s = similarity(i, j);
      if (s < threshold) continue;
      edges[i]?.push({ to: j, w: s });
      edges[j]?.push({ to: i, w: s });
      rowSum[i] = (rowSum[i] ?? 0) + s;
      rowSum[j] = (rowSum[j] ?? 0) + s;
    }
  }
  let p = new Array<number>(n).fill(1 / n);
  for (let iter = 0; iter < maxIterations; iter++) {
    const next = new Array<number>(n).fill((1 - damping) / n);
    let dangling = 0;
    for (let i = 0; i < n; i++) {
      const pi = p[i] ?? 0;
      const sum = rowSum[i] ?? 0;
      // A sentence linked to nothing spreads its weight evenly (the usual dangling-node rule).
      if (sum === 0) {
        dangling += pi;
        continue;
      }
      for (const e of edges[i] ?? []) next[e.to] = (next[e.to] ?? 0) + (damping * pi * e.w) / sum;
    }
    for (let i = 0; i < n; i++) next[i] = (next[i] ?? 0) + (damping * dangling) / n;
    let delta = 0;
    for (let i = 0; i < n; i++) delta += Math.abs((next[i] ?? 0) - (p[i] ?? 0));
    p = next;
    if (delta < tolerance) break;
  }
  return p.map((x) => x * n);
}
