/**
 * The averaged structured perceptron (Collins 2002) over first-order tag sequences: decode each sentence with
 * the current weights (viterbi.ts), and where the best sequence is wrong, add the gold sequence's features and
 * subtract the predicted one's. The averaged weights (the mean over every step, kept with the usual
 * timestamp trick) are what generalise. Features seen fewer than `minCount` times are dropped first.
 */
import { mixHashes } from '../../text/hash.ts';
import { seededPermutation } from './seeded-shuffle.ts';
import { START, TAG_COUNT, tagIndex } from './tags.ts';
import { viterbi } from './viterbi.ts';
import { TRIGRAM_SIZE, trigramIndex, viterbiSecondOrder } from './viterbi-second-order.ts';

const B_PERS = tagIndex('B-PERS');
const I_PERS = tagIndex('I-PERS');

export interface TrainingSentence {
  features: Uint32Array[];
  /** Per token: how many of its features (the first ones) name the word itself. */
  lexical: Uint8Array;
  tags: number[];
}

export interface TrainedWeights {
  /** Feature hashes, ascending; row r of `weights` belongs to hashes[r]. */
  hashes: Uint32Array;
  weights: Float64Array;
  /** (TAG_COUNT + 1) × TAG_COUNT: row START scores the first tag. */
  transitions: Float64Array;
  /** With second-order decoding (viterbi-second-order.ts): a weight per tag trigram. */
  trigrams?: Float64Array;
}

export interface PerceptronOptions {
  epochs: number;
  seed: number;
  minCount: number;
  /**
   * The share of token occurrences whose own-word features are hidden in an epoch: the context, shape and
   * class features then have to tag the word alone, as they must for the names a new article brings.
   */
  wordDropout: number;
  /**
   * The same share for the tokens of gold persons (absent: wordDropout): a person's name in a new article is more
   * often one the training never saw than any other word is, so its context has to tag it more often.
   */
  personDropout?: number;
  /** Train and decode with tag trigram weights too (viterbi-second-order.ts). */
  secondOrder?: boolean;
}

/** The hashes of the features seen at least `minCount` times, ascending: the rows of the weight matrix. */
export function vocabulary(sentences: readonly TrainingSentence[], minCount: number): Uint32Array {
  const counts = new Map<number, number>();
  for (const s of sentences) for (const f of s.features) for (const h of f) counts.set(h, (counts.get(h) ?? 0) + 1);
  const kept: number[] = [];
  for (const [h, c] of counts) if (c >= minCount) kept.push(h);
  return Uint32Array.from(kept).sort();
}

/** Each token's features as rows of the weight matrix (unknown features dropped), and how many lead with the word's own. */
export function featureRows(features: readonly Uint32Array[], rowOf: ReadonlyMap<number, number>, lexical?: Uint8Array): { rows: Int32Array[]; lexicalRows: Uint8Array } {
  const lexicalRows = new Uint8Array(features.length);
  const rows = features.map((f, i) => {
    const out: number[] = [];
    f.forEach((h, k) => {
      const r = rowOf.get(h);
      if (r === undefined) return;
      out.push(r);
      if (k < (lexical?.[i] ?? 0)) lexicalRows[i] = (lexicalRows[i] ?? 0) + 1;
    });
    return Int32Array.from(out);
  });
  return { rows, lexicalRows };
}

/** The best tags of a sentence given as feature rows, under `weights`. */
export function decodeRows(rows: readonly Int32Array[], weights: ArrayLike<number>, transitions: ArrayLike<number>, trigrams?: ArrayLike<number>): number[] {
  const T = TAG_COUNT;
  const emissions = new Float64Array(rows.length * T);
  rows.forEach((token, i) => {
    for (const r of token) for (let t = 0; t < T; t++) emissions[i * T + t] = (emissions[i * T + t] ?? 0) + (weights[r * T + t] ?? 0);
  });
  return trigrams === undefined ? viterbi(rows.length, emissions, transitions) : viterbiSecondOrder(rows.length, emissions, transitions, trigrams);
}

/** Whether token i of sentence `index` has its own-word features hidden in `epoch` (a hash, so reproducible). */
export function hiddenWord(options: { seed: number; wordDropout: number; personDropout?: number }, epoch: number, index: number, i: number, gold = 0): boolean {
  const share = options.personDropout !== undefined && (gold === B_PERS || gold === I_PERS) ? options.personDropout : options.wordDropout;
  if (share <= 0) return false;
  return mixHashes(mixHashes(options.seed + epoch, index), i) / 4294967296 < share;
}

/**
 * Trains on `sentences`; `onEpoch` sees the averaged weights after each epoch (for choosing the number of
 * epochs on a dev block). Deterministic: the same sentences, options and seed give the same weights.
 */
export function trainPerceptron(
  sentences: readonly TrainingSentence[],
  options: PerceptronOptions,
  onEpoch?: (epoch: number, averaged: TrainedWeights) => void,
): TrainedWeights {
  const T = TAG_COUNT;
  const hashes = vocabulary(sentences, options.minCount);
  const rowOf = new Map<number, number>();
  hashes.forEach((h, r) => rowOf.set(h, r));
  const data = sentences.map((s) => ({ ...featureRows(s.features, rowOf, s.lexical), tags: s.tags }));
  const w = new Float64Array(hashes.length * T);
  const u = new Float64Array(hashes.length * T);
  const tw = new Float64Array((T + 1) * T);
  const tu = new Float64Array((T + 1) * T);
  const gw = options.secondOrder === true ? new Float64Array(TRIGRAM_SIZE) : undefined;
  const gu = new Float64Array(gw === undefined ? 0 : TRIGRAM_SIZE);
  let c = 1;
  const averaged = (): TrainedWeights => {
    const weights = new Float64Array(w.length);
    for (let i = 0; i < w.length; i++) weights[i] = (w[i] ?? 0) - (u[i] ?? 0) / c;
    const transitions = new Float64Array(tw.length);
    for (let i = 0; i < tw.length; i++) transitions[i] = (tw[i] ?? 0) - (tu[i] ?? 0) / c;
    if (gw === undefined) return { hashes, weights, transitions };
    const trigrams = new Float64Array(gw.length);
    for (let i = 0; i < gw.length; i++) trigrams[i] = (gw[i] ?? 0) - (gu[i] ?? 0) / c;
    return { hashes, weights, transitions, trigrams };
  };
  const updateTrigram = (k: number, delta: number): void => {
    if (gw === undefined) return;
    gw[k] = (gw[k] ?? 0) + delta;
    gu[k] = (gu[k] ?? 0) + delta * c;
  };
  const update = (token: Int32Array, tag: number, delta: number): void => {
    for (const r of token) {
      w[r * T + tag] = (w[r * T + tag] ?? 0) + delta;
      u[r * T + tag] = (u[r * T + tag] ?? 0) + delta * c;
    }
  };
  const updateTransition = (prev: number, next: number, delta: number): void => {
    tw[prev * T + next] = (tw[prev * T + next] ?? 0) + delta;
    tu[prev * T + next] = (tu[prev * T + next] ?? 0) + delta * c;
  };
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    for (const index of seededPermutation(data.length, options.seed + epoch)) {
      const s = data[index];
      if (s === undefined || s.rows.length === 0) continue;
      const rows = s.rows.map((token, i) => (hiddenWord(options, epoch, index, i, s.tags[i]) ? token.subarray(s.lexicalRows[i] ?? 0) : token));
      const predicted = decodeRows(rows, w, tw, gw);
      for (let i = 0; i < rows.length; i++) {
        const gold = s.tags[i] ?? 0;
        const guess = predicted[i] ?? 0;
        const token = rows[i] ?? new Int32Array();
        if (gold !== guess) { update(token, gold, 1); update(token, guess, -1); }
        const goldPrev = i === 0 ? START : (s.tags[i - 1] ?? 0);
        const guessPrev = i === 0 ? START : (predicted[i - 1] ?? 0);
        if (goldPrev !== guessPrev || gold !== guess) { updateTransition(goldPrev, gold, 1); updateTransition(guessPrev, guess, -1); }
        if (gw !== undefined) {
          const goldBack = i < 2 ? START : (s.tags[i - 2] ?? 0);
          const guessBack = i < 2 ? START : (predicted[i - 2] ?? 0);
          if (goldBack !== guessBack || goldPrev !== guessPrev || gold !== guess) { updateTrigram(trigramIndex(goldBack, goldPrev, gold), 1); updateTrigram(trigramIndex(guessBack, guessPrev, guess), -1); }
        }
      }
      c++;
    }
    onEpoch?.(epoch, averaged());
  }
  return averaged();
}
