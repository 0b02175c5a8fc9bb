/**
 * Fits the same-event pair scorer (event-pair-model.ts): L2-regularised logistic regression by Newton's method
 * (iteratively reweighted least squares) from zero weights, a fixed number of steps — no random start and no
 * example order, so the same examples give the same weights, bit for bit. The threshold is the one that gives the
 * training pairs their best F1 under the mode the model is used in.
 */
import { scorePair, type PairModel } from './event-pair-model.ts';
import { PAIR_FEATURES, type PairFeature } from './event-pair-features.ts';

export interface PairExample {
  features: readonly number[];
  /** The pair tells one event. */
  same: boolean;
  /** The hand-written rules join it. */
  rules: boolean;
}

export interface FitSettings {
  l2: number;
  iterations: number;
  mode: PairModel['mode'];
  /** The features the model may weigh; the others keep weight 0 (fewer weights to fit from a few hundred pairs). All when absent. */
  only?: readonly PairFeature[];
  /** The candidate floor the examples were recorded with, which the model is then used with (event-pair-decider.ts). */
  candidateFloor?: number;
}

/** The examples with the features outside `only` set to 0: under the penalty their weights then stay exactly 0. */
function restrict(examples: readonly PairExample[], only: readonly PairFeature[] | undefined): readonly PairExample[] {
  if (!only) return examples;
  const keep = PAIR_FEATURES.map((f) => only.includes(f));
  return examples.map((e) => ({ ...e, features: e.features.map((x, k) => (keep[k] === true ? x : 0)) }));
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small: one row per feature). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, r) => [...row, b[r] ?? 0]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]?.[c] ?? 0) > Math.abs(m[pivot]?.[c] ?? 0)) pivot = r;
    [m[c], m[pivot]] = [m[pivot] as number[], m[c] as number[]];
    const p = m[c]?.[c] ?? 0;
    if (Math.abs(p) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = (m[r]?.[c] ?? 0) / p;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) (m[r] as number[])[k] = (m[r]?.[k] ?? 0) - f * (m[c]?.[k] ?? 0);
    }
  }
  return m.map((row, r) => (Math.abs(row[r] ?? 0) < 1e-12 ? 0 : (row[n] ?? 0) / (row[r] ?? 1)));
}

/** Logistic regression weights (bias first) by Newton steps on the penalised log-likelihood; the bias is not penalised. */
function fitLogistic(examples: readonly PairExample[], l2: number, iterations: number): number[] {
  const d = (examples[0]?.features.length ?? 0) + 1;
  const w = new Array<number>(d).fill(0);
  const x = (e: PairExample): number[] => [1, ...e.features];
  for (let it = 0; it < iterations; it++) {
    const grad = w.map((wk, k) => (k === 0 ? 0 : l2 * wk));
    const hess = Array.from({ length: d }, (_, r) => Array.from({ length: d }, (_, c) => (r === c && r > 0 ? l2 : 0)));
    for (const e of examples) {
      const xs = x(e);
      const z = xs.reduce((s, xv, k) => s + xv * (w[k] ?? 0), 0);
      const p = 1 / (1 + Math.exp(-z));
      const r = p * (1 - p);
      const err = p - Number(e.same);
      for (let a = 0; a < d; a++) {
        grad[a] = (grad[a] ?? 0) + err * (xs[a] ?? 0);
        const row = hess[a] as number[];
        for (let b = 0; b < d; b++) row[b] = (row[b] ?? 0) + r * (xs[a] ?? 0) * (xs[b] ?? 0);
      }
    }
    const step = solve(hess, grad);
    for (let k = 0; k < d; k++) w[k] = (w[k] ?? 0) - (step[k] ?? 0);
  }
  return w;
}

/** Precision, recall and F1 of a verdict over labelled pairs. */
export function pairScores(examples: readonly PairExample[], verdict: (e: PairExample) => boolean): { p: number; r: number; f: number; tp: number; fp: number; fn: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const e of examples) {
    const v = verdict(e);
    if (v && e.same) tp++;
    else if (v) fp++;
    else if (e.same) fn++;
  }
  const p = tp + fp > 0 ? tp / (tp + fp) : 0;
  const r = tp + fn > 0 ? tp / (tp + fn) : 0;
  return { p, r, f: p + r > 0 ? (2 * p * r) / (p + r) : 0, tp, fp, fn };
}

/** What a model in its mode says of a recorded pair (the rules' verdict recorded beside its features). */
export function modelVerdict(model: PairModel, e: PairExample): boolean {
  const accept = scorePair(model, e.features) >= model.threshold;
  return model.mode === 'joiner' ? accept : model.mode === 'gate' ? e.rules && accept : e.rules || accept;
}

// Thresholds tried, in hundredths: a coarse grid, so that a threshold does not chase one training pair.
const THRESHOLDS = Array.from({ length: 19 }, (_, k) => (k + 1) / 20);

/** The model fitted to the examples, with the threshold of best training F1 in its mode (ties: the higher threshold). */
export function fitPairModel(examples: readonly PairExample[], settings: FitSettings): PairModel {
  const w = fitLogistic(restrict(examples, settings.only), settings.l2, settings.iterations);
  const floor = settings.candidateFloor === undefined ? {} : { candidateFloor: settings.candidateFloor };
  const base: PairModel = { mode: settings.mode, ...floor, bias: w[0] ?? 0, weights: w.slice(1), threshold: 0.5 };
  let best = base;
  let bestF = -1;
  for (const t of THRESHOLDS) {
    const m = { ...base, threshold: t };
    const { f } = pairScores(examples, (e) => modelVerdict(m, e));
    if (f >= bestF) {
      bestF = f;
      best = m;
    }
  }
  return best;
}
