/**
 * Second-order Viterbi decoding: a tag's score reads the two tags before it (a weight per tag trigram, beside the
 * first-order transitions), so a name's length and shape («B I I» against «B I») is scored as a whole. The same
 * illegal transitions as viterbi.ts are excluded. States are pairs (tag before, tag): T² of them per token.
 */
import { legalTransition, START, TAG_COUNT } from './tags.ts';

const T = TAG_COUNT;
/** The trigram weights' size: (T + 1) tags two back (START before the second token), (T + 1) one back, T now. */
export const TRIGRAM_SIZE = (T + 1) * (T + 1) * T;

/** The index of trigram (q, p, t) in the trigram weights: q two back and p one back, either START. */
export function trigramIndex(q: number, p: number, t: number): number {
  return (q * (T + 1) + p) * T + t;
}

/** The best legal tag sequence of `n` tokens under emissions, first-order transitions and trigram weights. */
export function viterbiSecondOrder(n: number, emissions: Float64Array, transitions: ArrayLike<number>, trigrams: ArrayLike<number>): number[] {
  if (n === 0) return [];
  // score[(i * (T + 1) + p) * T + t]: the best score of tokens 0..i with tag p at i − 1 (START at i = 0) and t at i.
  const S = (T + 1) * T;
  const score = new Float64Array(n * S).fill(-Infinity);
  const back = new Int8Array(n * S);
  for (let t = 0; t < T; t++) {
    if (legalTransition(START, t)) score[START * T + t] = (emissions[t] ?? 0) + (transitions[START * T + t] ?? 0) + (trigrams[trigramIndex(START, START, t)] ?? 0);
  }
  for (let i = 1; i < n; i++) {
    for (let p = 0; p < T; p++) {
      for (let t = 0; t < T; t++) {
        if (!legalTransition(p, t)) continue;
        let best = -Infinity;
        let arg = 0;
        const qs = i === 1 ? [START] : RANGE;
        for (const q of qs) {
          const prev = score[((i - 1) * (T + 1) + q) * T + p] ?? -Infinity;
          if (prev === -Infinity) continue;
          const s = prev + (trigrams[trigramIndex(q, p, t)] ?? 0);
          if (s > best) { best = s; arg = q; }
        }
        if (best === -Infinity) continue;
        score[(i * (T + 1) + p) * T + t] = best + (transitions[p * T + t] ?? 0) + (emissions[i * T + t] ?? 0);
        back[(i * (T + 1) + p) * T + t] = arg;
      }
    }
  }
  let bestP: number = START;
  let bestT = 0;
  let best = -Infinity;
  const lastPs = n === 1 ? [START] : RANGE;
  for (const p of lastPs) for (let t = 0; t < T; t++) {
    const s = score[((n - 1) * (T + 1) + p) * T + t] ?? -Infinity;
    if (s > best) { best = s; bestP = p; bestT = t; }
  }
  const out = new Array<number>(n);
  out[n - 1] = bestT;
  if (n > 1) out[n - 2] = bestP;
  for (let i = n - 1; i >= 2; i--) out[i - 2] = back[(i * (T + 1) + (out[i - 1] ?? 0)) * T + (out[i] ?? 0)] ?? 0;
  return out;
}

const RANGE = Array.from({ length: T }, (_, k) => k);
