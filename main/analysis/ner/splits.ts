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

/**
 * The blocks `npm run tune:ner` scores (each with a model trained on the rest of the training part), by name: the
 * first block of the corpus, one from its middle, and the dev block, all as long as the dev block. The held-out
 * block is none of them. `npm run eval -- actors` measures the actors stage on any of them (EVAL_BLOCK).
 */
export function tuneBlocks(n: number): { first: Range; middle: Range; dev: Range } {
  const { train, dev } = corpusSplit(n);
  const size = dev.to - dev.from;
  return { first: { from: 0, to: size }, middle: { from: Math.round(train.to / 2 - size / 2), to: Math.round(train.to / 2 + size / 2) }, dev };
}

/**
 * The project's own annotated set (data/ner/) holds out whole articles for tuning how much it weighs: every
 * MODERN_TUNE_EVERY-th article (the 5th, 10th, …), whose names its other articles may share less than sentences of
 * one article would. The final model is trained on all of it; the tuning scripts train without these.
 */
export const MODERN_TUNE_EVERY = 5;

/** Whether the 0-based article `doc` of the own set is one of its tune articles. */
export function isModernTune(doc: number): boolean {
  return doc % MODERN_TUNE_EVERY === MODERN_TUNE_EVERY - 1;
}
