/**
 * How the annotated corpus is divided (anercorp-train README): the last 10 % of its sentences, one contiguous
 * block, is held out and never trained on, since sentences of one article share names and interleaved splits
 * flatter the score. Tuning (the number of epochs) uses a dev block cut the same way from the training part.
 */

export interface Range {
  from: number;
  to: number;
}

export interface CorpusSplit {
  /** Sentences the final model is trained on: the first 90 %. */
  train: Range;
  /** Sentences only ever measured on. */
  heldOut: Range;
  /** Within `train`: the block that picks the number of epochs (its last 10 %), and what is trained on meanwhile. */
  tuneTrain: Range;
  dev: Range;
}

const HELD_OUT = 0.1;
const DEV = 0.1;

/** The split of a corpus of `n` sentences. */
export function corpusSplit(n: number): CorpusSplit {
  const cut = n - Math.max(1, Math.round(n * HELD_OUT));
  const devCut = cut - Math.max(1, Math.round(cut * DEV));
  return { train: { from: 0, to: cut }, heldOut: { from: cut, to: n }, tuneTrain: { from: 0, to: devCut }, dev: { from: devCut, to: cut } };
}

/** The items of `range`. */
export function slice<T>(items: readonly T[], range: Range): T[] {
  return items.slice(range.from, range.to);
}
