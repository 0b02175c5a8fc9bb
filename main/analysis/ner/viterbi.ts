/**
 * First-order Viterbi decoding over the tag set (tags.ts), with illegal transitions (O → I-X, B-X → I-Y,
 * a sentence opening on I-X) excluded rather than merely penalised.
 */
import { legalTransition, START, TAG_COUNT } from './tags.ts';

const LEGAL: boolean[] = [];
for (let prev = 0; prev <= TAG_COUNT; prev++) for (let next = 0; next < TAG_COUNT; next++) LEGAL[prev * TAG_COUNT + next] = legalTransition(prev, next);

/**
 * The best legal tag sequence for `n` tokens. `emissions[i * TAG_COUNT + t]` scores tag t at token i;
 * `transitions[prev * TAG_COUNT + next]` scores a transition, row START holding the first tag's.
 */
export function viterbi(n: number, emissions: Float64Array, transitions: ArrayLike<number>): number[] {
  if (n === 0) return [];
  const T = TAG_COUNT;
  const score = new Float64Array(n * T);
  const back = new Int8Array(n * T);
  for (let t = 0; t < T; t++) score[t] = LEGAL[START * T + t] ? (emissions[t] ?? 0) + (transitions[START * T + t] ?? 0) : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (!LEGAL[p * T + t]) continue;
        const s = (score[(i - 1) * T + p] ?? -Infinity) + (transitions[p * T + t] ?? 0);
        if (s > best) { best = s; arg = p; }
      }
      score[i * T + t] = best + (emissions[i * T + t] ?? 0);
      back[i * T + t] = arg;
    }
  }
  let last = 0;
  for (let t = 1; t < T; t++) if ((score[(n - 1) * T + t] ?? -Infinity) > (score[(n - 1) * T + last] ?? -Infinity)) last = t;
  const out = new Array<number>(n);
  out[n - 1] = last;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * T + (out[i] ?? 0)] ?? 0;
  return out;
}
