/**
 * A first-order linear-chain CRF (Lafferty, McCallum & Pereira 2001) over the same hashed features, tags and
 * forbidden transitions as the perceptron (perceptron.ts), trained to maximise the conditional log-likelihood with
 * an L2 penalty by stochastic gradient descent in the manner of CRFsuite's l2sgd: the step decays as
 * step / (1 + step · λ · t) (Bottou 2010) and the penalty is applied to all weights at once through a common scale,
 * so a sentence's update touches only its own features (here the scale shrinks before the sentence's gradient is
 * taken, not after it: a difference of one step's decay). It returns the perceptron's TrainedWeights: the tagger
 * decodes a CRF with the same Viterbi over the same scores. Deterministic: the same sentences, options and seed
 * give the same weights (sentences are visited in a seeded order, and sums run in one order).
 */
import { featureRows, hiddenWord, vocabulary } from './perceptron.ts';
import type { TrainedWeights, TrainingSentence } from './perceptron.ts';
import { seededPermutation } from './seeded-shuffle.ts';
import { legalTransition, START, TAG_COUNT } from './tags.ts';

export interface CrfOptions {
  epochs: number;
  seed: number;
  minCount: number;
  /** As the perceptron's: the share of token occurrences whose own-word features are hidden in an epoch. */
  wordDropout: number;
  /** As the perceptron's: the share for the tokens a gold person tag covers, when set. */
  personDropout?: number;
  /** The L2 penalty c: the objective is the negative log-likelihood of all sentences plus c · ‖w‖². */
  l2: number;
  /** The first step of SGD; later steps decay with the number of sentences seen. */
  step: number;
  /** Whether the weights returned are the mean over all steps (averaged SGD) rather than the last step's. */
  average: boolean;
}

const T = TAG_COUNT;
// exp(transition) where legal, 0 where forbidden: the forbidden sequences get no probability mass.
const LEGAL = Float64Array.from({ length: (T + 1) * T }, (_, k) => (legalTransition(Math.floor(k / T), k % T) ? 1 : 0));

/** A sentence's tag probabilities and its log-likelihood under the current weights (forward-backward). */
interface Marginals {
  logLikelihood: number;
  /** P(tag t at token i) at i * T + t. */
  unary: Float64Array;
  /** P(tag p at i-1, tag t at i) summed over i ≥ 1 at p * T + t, and P(first tag t) in row START. */
  pairs: Float64Array;
}

/**
 * The marginals of one sentence given each token's tag scores (`emissions[i * T + t]`) and the transition scores
 * (row START for the first tag), by the scaled forward-backward recursions (Rabiner 1989): each position's
 * forward vector is normalised, and log Z is the sum of the logs of the normalisers.
 */
export function marginals(emissions: Float64Array, transitions: ArrayLike<number>, tags: readonly number[]): Marginals {
  const n = tags.length;
  const psi = new Float64Array(n * T);
  const shift = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let max = -Infinity;
    for (let t = 0; t < T; t++) max = Math.max(max, emissions[i * T + t] ?? 0);
    shift[i] = max;
    for (let t = 0; t < T; t++) psi[i * T + t] = Math.exp((emissions[i * T + t] ?? 0) - max);
  }
  const m = new Float64Array((T + 1) * T);
  for (let k = 0; k < m.length; k++) m[k] = (LEGAL[k] ?? 0) * Math.exp(transitions[k] ?? 0);
  const alpha = new Float64Array(n * T);
  const norm = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let t = 0; t < T; t++) {
      let inflow = 0;
      if (i === 0) inflow = m[START * T + t] ?? 0;
      else for (let p = 0; p < T; p++) inflow += (alpha[(i - 1) * T + p] ?? 0) * (m[p * T + t] ?? 0);
      const a = inflow * (psi[i * T + t] ?? 0);
      alpha[i * T + t] = a;
      sum += a;
    }
    norm[i] = sum;
    for (let t = 0; t < T; t++) alpha[i * T + t] = (alpha[i * T + t] ?? 0) / sum;
  }
  const beta = new Float64Array(n * T);
  for (let t = 0; t < T; t++) beta[(n - 1) * T + t] = 1;
  for (let i = n - 2; i >= 0; i--) {
    for (let p = 0; p < T; p++) {
      let out = 0;
      for (let t = 0; t < T; t++) out += (m[p * T + t] ?? 0) * (psi[(i + 1) * T + t] ?? 0) * (beta[(i + 1) * T + t] ?? 0);
      beta[i * T + p] = out / (norm[i + 1] ?? 1);
    }
  }
  const unary = new Float64Array(n * T);
  for (let k = 0; k < unary.length; k++) unary[k] = (alpha[k] ?? 0) * (beta[k] ?? 0);
  const pairs = new Float64Array((T + 1) * T);
  for (let t = 0; t < T; t++) pairs[START * T + t] = unary[t] ?? 0;
  for (let i = 1; i < n; i++) {
    const c = norm[i] ?? 1;
    for (let p = 0; p < T; p++) {
      const a = alpha[(i - 1) * T + p] ?? 0;
      if (a === 0) continue;
      for (let t = 0; t < T; t++) pairs[p * T + t] = (pairs[p * T + t] ?? 0) + (a * (m[p * T + t] ?? 0) * (psi[i * T + t] ?? 0) * (beta[i * T + t] ?? 0)) / c;
    }
  }
  let logZ = 0;
  for (let i = 0; i < n; i++) logZ += Math.log(norm[i] ?? 1) + (shift[i] ?? 0);
  let gold = 0;
  for (let i = 0; i < n; i++) {
    const tag = tags[i] ?? 0;
    gold += (emissions[i * T + tag] ?? 0) + (transitions[(i === 0 ? START : (tags[i - 1] ?? 0)) * T + tag] ?? 0);
  }
  return { logLikelihood: gold - logZ, unary, pairs };
}

/** Each token's tag scores: the sum of its feature rows' weights, times `scale`. */
function emissionsOf(rows: readonly Int32Array[], weights: Float64Array, scale: number): Float64Array {
  const out = new Float64Array(rows.length * T);
  rows.forEach((token, i) => {
    for (const r of token) for (let t = 0; t < T; t++) out[i * T + t] = (out[i * T + t] ?? 0) + (weights[r * T + t] ?? 0);
    for (let t = 0; t < T; t++) out[i * T + t] = (out[i * T + t] ?? 0) * scale;
  });
  return out;
}

/** Where a sentence's gradient is added, times `gain`: row r's tag t at r * T + t, and the transitions. */
export interface GradientTarget {
  weights: Float64Array;
  transitions: Float64Array;
  gain: number;
}

/**
 * The log-likelihood of one sentence (its tokens' feature rows and gold tags) under `scale` times the weights and
 * transitions (the SGD's common scale), and its gradient added to each target times its gain: the gold features'
 * counts minus their expected counts under the model.
 */
export function sentenceGradient(
  rows: readonly Int32Array[],
  tags: readonly number[],
  weights: Float64Array,
  transitions: Float64Array,
  scale: number,
  targets: readonly GradientTarget[],
): number {
  const scaled = Float64Array.from(transitions, (x) => x * scale);
  const { logLikelihood, unary, pairs } = marginals(emissionsOf(rows, weights, scale), scaled, tags);
  for (const { weights: w, transitions: tw, gain } of targets) {
    rows.forEach((token, i) => {
      const gold = tags[i] ?? 0;
      for (const r of token) {
        for (let t = 0; t < T; t++) w[r * T + t] = (w[r * T + t] ?? 0) - gain * (unary[i * T + t] ?? 0);
        w[r * T + gold] = (w[r * T + gold] ?? 0) + gain;
      }
      const prev = i === 0 ? START : (tags[i - 1] ?? 0);
      tw[prev * T + gold] = (tw[prev * T + gold] ?? 0) + gain;
    });
    for (let k = 0; k < pairs.length; k++) tw[k] = (tw[k] ?? 0) - gain * (pairs[k] ?? 0);
  }
  return logLikelihood;
}

/**
 * Trains on `sentences`; `onEpoch` sees the weights after each epoch (averaged where `average` says) and the epoch's
 * penalised negative log-likelihood (summed as the sentences were visited, so a trend, not the exact objective).
 */
export function trainCrf(
  sentences: readonly TrainingSentence[],
  options: CrfOptions,
  onEpoch?: (epoch: number, weights: TrainedWeights, loss: number) => void,
): TrainedWeights {
  const hashes = vocabulary(sentences, options.minCount);
  const rowOf = new Map<number, number>();
  hashes.forEach((h, r) => rowOf.set(h, r));
  const data = sentences.map((s) => ({ ...featureRows(s.features, rowOf, s.lexical), tags: s.tags }));
  // The weights after step k are scale_k · v_k: the penalty's shrinking of every weight is a change of scale alone.
  const v = new Float64Array(hashes.length * T);
  const tv = new Float64Array((T + 1) * T);
  let scale = 1;
  // Averaging (Polyak & Juditsky 1992), lazily as the perceptron's timestamp trick does: the sum of the weights
  // over all steps is scales · v − u, where scales sums each step's scale and u gathers each update of v times the
  // scales summed before it.
  const u = new Float64Array(options.average ? v.length : 0);
  const tu = new Float64Array(options.average ? tv.length : 0);
  let scales = 0;
  const lambda = (2 * options.l2) / Math.max(1, data.length);
  // A first step this long would flip the weights' sign; and with it below 1, the scale after t steps is about
  // 1 / (1 + step · λ · t), far from underflowing in any number of epochs this corpus could take.
  if (options.step * lambda >= 1) throw new Error(`the CRF's first step ${options.step} times its penalty per sentence ${lambda} is not below 1`);
  let seen = 0;
  const current = (): TrainedWeights => {
    if (!options.average || seen === 0) return { hashes, weights: Float64Array.from(v, (x) => x * scale), transitions: Float64Array.from(tv, (x) => x * scale) };
    return { hashes, weights: Float64Array.from(v, (x, k) => (scales * x - (u[k] ?? 0)) / seen), transitions: Float64Array.from(tv, (x, k) => (scales * x - (tu[k] ?? 0)) / seen) };
  };
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    let loss = 0;
    for (const index of seededPermutation(data.length, options.seed + epoch)) {
      const s = data[index];
      if (s === undefined || s.rows.length === 0) continue;
      const rows = s.rows.map((token, i) => (hiddenWord(options, epoch, index, i, s.tags[i]) ? token.subarray(s.lexicalRows[i] ?? 0) : token));
      const eta = options.step / (1 + options.step * lambda * seen);
      scale *= 1 - eta * lambda;
      const targets = [{ weights: v, transitions: tv, gain: eta / scale }];
      if (options.average) targets.push({ weights: u, transitions: tu, gain: (scales * eta) / scale });
      loss -= sentenceGradient(rows, s.tags, v, tv, scale, targets);
      scales += scale;
      seen++;
    }
    let norm2 = 0;
    for (const x of v) norm2 += x * x;
    for (const x of tv) norm2 += x * x;
    onEpoch?.(epoch, current(), loss + options.l2 * norm2 * scale * scale);
  }
  return current();
}
