// A conditional logit model (McFadden 1974): one choice among each group's candidates, each candidate scored by a
// weighted sum of its features and chosen with softmax probability. Fitted by full-batch gradient descent on the
// log-likelihood of the right candidates with an L2 penalty: no sampling and no shuffling, so the same groups in the
// same order give the same weights, bit for bit.

/** One group to choose in: its candidates' features and which of them are right (several may be). */
export interface ChoiceGroup {
  candidates: readonly { features: ReadonlyMap<string, number>; right: boolean }[];
}

export interface FitSettings {
  iterations: number;
  learningRate: number;
  /** The L2 penalty on every weight. */
  l2: number;
}

/** The score of a candidate under `weights` (features the weights do not name count nothing). */
export function choiceScore(features: ReadonlyMap<string, number>, weights: ReadonlyMap<string, number>): number {
  let s = 0;
  for (const [name, v] of features) s += (weights.get(name) ?? 0) * v;
  return s;
}

function softmax(scores: readonly number[]): number[] {
  const top = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - top));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/**
 * Weights that make the right candidates likely: gradient descent on the groups that have a right candidate (the
 * others teach nothing about which line to take). Weights are rounded to six decimals, so they print the same.
 */
export function fitChoice(groups: readonly ChoiceGroup[], settings: FitSettings): Map<string, number> {
  const usable = groups.filter((g) => g.candidates.some((c) => c.right) && g.candidates.length > 1);
  const names = [...new Set(usable.flatMap((g) => g.candidates.flatMap((c) => [...c.features.keys()])))].sort();
  const weights = new Map(names.map((n) => [n, 0]));
  for (let it = 0; it < settings.iterations; it++) {
    const grad = new Map(names.map((n) => [n, 0]));
    for (const g of usable) {
      const p = softmax(g.candidates.map((c) => choiceScore(c.features, weights)));
      const rightMass = g.candidates.reduce((s, c, i) => s + (c.right ? (p[i] ?? 0) : 0), 0);
      g.candidates.forEach((c, i) => {
        // d/dw log Σ_right p = Σ_c (p(c | right) − p(c)) x_c
        const target = c.right ? (p[i] ?? 0) / rightMass : 0;
        const delta = target - (p[i] ?? 0);
        if (delta !== 0) for (const [name, v] of c.features) grad.set(name, (grad.get(name) ?? 0) + delta * v);
      });
    }
    for (const name of names) {
      const w = weights.get(name) ?? 0;
      weights.set(name, w + settings.learningRate * ((grad.get(name) ?? 0) / usable.length - settings.l2 * w));
    }
  }
  return new Map(names.map((n) => [n, Math.round((weights.get(n) ?? 0) * 1e6) / 1e6]));
}

/** The index of the best-scored candidate (the first of equals), or -1 when there is none. */
export function bestChoice(candidates: readonly { features: ReadonlyMap<string, number> }[], weights: ReadonlyMap<string, number>): number {
  let best = -1;
  let top = -Infinity;
  candidates.forEach((c, i) => {
    const s = choiceScore(c.features, weights);
    if (s > top) {
      top = s;
      best = i;
    }
  });
  return best;
}
