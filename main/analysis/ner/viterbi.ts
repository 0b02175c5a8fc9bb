/**
 * First-order Viterbi decoding over the tag set (tags.ts), with illegal transitions (O → I-X, B-X → I-Y,
 * a sentence opening on I-X) excluded rather than merely penalised.
 */
import { legalTransition, START, TAG_COUNT, TAGS } from './tags.ts';

const LEGAL: boolean[] = [];
for (let prev = 0; prev <= TAG_COUNT; prev++) for (let next = 0; next < TAG_COUNT; next++) LEGAL[prev * TAG_COUNT + next] = legalTransition(prev, next);

/**
 * The forward pass: score[i * T + t] is the best score of a legal sequence of tokens 0..i ending in tag t; where
 * `back` is given, it receives each best previous tag.
 */
function forward(n: number, emissions: Float64Array, transitions: ArrayLike<number>, back: Int8Array | null): Float64Array {
  const T = TAG_COUNT;
  const score = new Float64Array(n * T);
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
      if (back !== null) back[i * T + t] = arg;
    }
  }
  return score;
}

/**
 * The best legal tag sequence for `n` tokens. `emissions[i * TAG_COUNT + t]` scores tag t at token i;
 * `transitions[prev * TAG_COUNT + next]` scores a transition, row START holding the first tag's.
 */
export function viterbi(n: number, emissions: Float64Array, transitions: ArrayLike<number>): number[] {
  if (n === 0) return [];
  const T = TAG_COUNT;
  const back = new Int8Array(n * T);
  const score = forward(n, emissions, transitions, back);
  let last = 0;
  for (let t = 1; t < T; t++) if ((score[(n - 1) * T + t] ?? -Infinity) > (score[(n - 1) * T + last] ?? -Infinity)) last = t;
  const out = new Array<number>(n);
  out[n - 1] = last;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * T + (out[i] ?? 0)] ?? 0;
  return out;
}

// The tags of actors (persons, organisations, places); O and MISC are not.
const ACTOR_TAG = TAGS.map((t) => t !== 'O' && !t.endsWith('MISC'));

/**
 * How sure the decoder is that each token is no actor's: the best score of a legal sequence that tags it O or
 * MISC minus the best score of one that gives it a person's, organisation's or place's tag (max-marginals from a
 * forward and a backward pass). Positive where the best sequence keeps the token outside (large where only a much
 * worse sequence would not); negative where it tags the token as an actor, by as much as the tagger is sure of it.
 */
export function outsideMargins(n: number, emissions: Float64Array, transitions: ArrayLike<number>): Float64Array {
  const T = TAG_COUNT;
  const out = new Float64Array(n);
  if (n === 0) return out;
  const alpha = forward(n, emissions, transitions, null);
  const beta = new Float64Array(n * T);
  // beta[i][t]: the best score of tokens after i given tag t at i (0 at the last token).
  for (let i = n - 2; i >= 0; i--) {
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      for (let next = 0; next < T; next++) {
        if (!LEGAL[t * T + next]) continue;
        const s = (transitions[t * T + next] ?? 0) + (emissions[(i + 1) * T + next] ?? 0) + (beta[(i + 1) * T + next] ?? 0);
        if (s > best) best = s;
      }
      beta[i * T + t] = best;
    }
  }
  for (let i = 0; i < n; i++) {
    let outside = -Infinity;
    let actor = -Infinity;
    for (let t = 0; t < T; t++) {
      const s = (alpha[i * T + t] ?? -Infinity) + (beta[i * T + t] ?? -Infinity);
      if (ACTOR_TAG[t] === true) actor = Math.max(actor, s);
      else outside = Math.max(outside, s);
    }
    out[i] = outside - actor;
  }
  return out;
}
