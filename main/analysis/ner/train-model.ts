/**
 * Training the entity model from an annotated corpus, reproducibly: features from the project's Arabic layer
 * and gazetteer, the held-out block set aside (splits.ts), the model trained on the whole training part for
 * the given number of epochs (chosen beforehand with `npm run tune:ner`, see scripts/train-ner-settings.ts) and
 * written as bytes (model-file.ts). Same corpus, options and seed → same bytes.
 */
import type { Gazetteer } from '../../text/gazetteer/gazetteer.ts';
import { encodeModel, FEATURE_SET } from './model-file.ts';
import type { StageMix } from './model-file.ts';
import { recordedSettings, trainWeights } from './learner.ts';
import type { CrfSettings } from './learner.ts';
import type { TrainedWeights, TrainingSentence } from './perceptron.ts';
import type { AnnotatedSentence } from './read-corpus.ts';
import { articleDocuments, PSEUDO_DOCUMENT_SENTENCES, pseudoDocuments, trainSecondStage } from './stacking.ts';
import { sentenceFeatures } from './sentence-features.ts';
import { corpusSplit, slice } from './splits.ts';
import { TAG_COUNT, TAGS } from './tags.ts';
import type { EntityType } from './tags.ts';
import { listHashes } from './training-inputs.ts';
import type { TrainingSettings } from './training-inputs.ts';

/**
 * The second stage (stacking.ts): trained on the training documents tagged by first stages learnt over `folds`
 * jackknife folds, with the document evidence for `types`; its persons mixed with the first stage's spans as `mix` says.
 */
export interface StackSettings {
  folds: number;
  types: readonly EntityType[];
  mix: StageMix;
}

/** The settings a model's header records for its second stage (none for a one-stage model). */
export function stackRecord(stack: StackSettings | undefined): Pick<TrainingSettings, 'stackFolds' | 'stackTypes' | 'stackMix'> {
  return stack === undefined ? {} : { stackFolds: stack.folds, stackTypes: stack.types.join(','), stackMix: stack.mix };
}

export interface TrainOptions {
  seed: number;
  epochs: number;
  minCount: number;
  wordDropout: number;
  /** The share for gold persons' tokens (perceptron.ts); absent, wordDropout's. */
  personDropout?: number;
  /** The CRF's settings (learner.ts); absent, the averaged perceptron trains. */
  crf?: CrfSettings;
  /** A second stage (absent: a one-stage model). */
  stack?: StackSettings;
  /** What the header says the model was trained on (a file name, not a path: paths differ between machines). */
  dataName: string;
  /** The sha256 of the data file's bytes, recorded with the other inputs (training-inputs.ts). */
  dataSha256: string;
  /**
   * The project's own annotated sets (data/ner/), trained on beside the corpus's training part in this order, each
   * sentence of a set its `repeat` times (some thousands of tokens against 113,000: repeated, their 2020s names and
   * contexts weigh more). None of the corpus's held-out block is in them; the tuning scripts pass them without their
   * tune articles.
   */
  own?: readonly ModernSet[];
  licence: string;
  attribution: string[];
  log?: (line: string) => void;
}

export interface ModernSet {
  sentences: readonly AnnotatedSentence[];
  /** A name for the header (a path inside the repository, not a machine's). */
  name: string;
  sha256: string;
  repeat: number;
}

export interface TrainResult {
  bytes: Uint8Array;
  epochs: number;
  heldOut: { from: number; to: number };
}

/** Rows whose weights all round to zero in the file are dropped: they cannot change a score. */
function pruned(weights: TrainedWeights): TrainedWeights {
  let max = 0;
  for (const x of weights.weights) max = Math.max(max, Math.abs(x));
  const floor = max / 32767 / 2;
  const keep: number[] = [];
  for (let r = 0; r < weights.hashes.length; r++) {
    for (let t = 0; t < TAG_COUNT; t++) if (Math.abs(weights.weights[r * TAG_COUNT + t] ?? 0) >= floor) { keep.push(r); break; }
  }
  const out = new Float64Array(keep.length * TAG_COUNT);
  keep.forEach((r, i) => out.set(weights.weights.subarray(r * TAG_COUNT, (r + 1) * TAG_COUNT), i * TAG_COUNT));
  return { hashes: Uint32Array.from(keep, (r) => weights.hashes[r] ?? 0), weights: out, transitions: weights.transitions };
}

/** Trains the model on `corpus` (its held-out block excluded) and returns the model file's bytes. */
export function trainModel(corpus: readonly AnnotatedSentence[], gazetteer: Gazetteer, options: TrainOptions): TrainResult {
  const log = options.log ?? (() => undefined);
  const split = corpusSplit(corpus.length);
  const features = (s: AnnotatedSentence): TrainingSentence => ({ ...sentenceFeatures(s.tokens, gazetteer), tags: s.tags });
  const data = slice(corpus, split.train).map(features);
  const own = options.own ?? [];
  const ownFeatures = own.map((set) => set.sentences.map(features));
  own.forEach((set, k) => {
    for (let r = 0; r < set.repeat; r++) data.push(...(ownFeatures[k] ?? []));
  });
  const epochs = options.epochs;
  const settings = { seed: options.seed, epochs, minCount: options.minCount, wordDropout: options.wordDropout, ...(options.personDropout === undefined ? {} : { personDropout: options.personDropout }), ...(options.crf === undefined ? {} : { crf: options.crf }) };
  const beside = own.map((set) => ` and the ${set.sentences.length} of ${set.name} ×${set.repeat}`).join('');
  log(`training on sentences ${split.train.from}–${split.train.to - 1}${beside} for ${epochs} epochs${options.crf === undefined ? '' : ` (${options.crf.share === undefined ? 'CRF' : `the perceptron and a CRF summed, the CRF's share ${options.crf.share}`}, L2 ${options.crf.l2}, step ${options.crf.step}${options.crf.average ? ', averaged' : ''})`}`);
  const final = pruned(trainWeights(data, settings));
  const { stack } = options;
  let second: TrainedWeights | null = null;
  if (stack !== undefined) {
    // The corpus's training part as pseudo-documents (contiguous folds), then the own sets' articles.
    const docs = [
      ...pseudoDocuments(slice(corpus, split.train).map((s) => s.tokens), data.slice(0, split.train.to - split.train.from)),
      ...own.flatMap((set, k) => articleDocuments(set.sentences, ownFeatures[k] ?? [], set.repeat)),
    ];
    const contiguous = Math.ceil((split.train.to - split.train.from) / PSEUDO_DOCUMENT_SENTENCES);
    log(`training the second stage: ${docs.length} documents tagged over ${stack.folds} jackknife folds, the document evidence for ${stack.types.join(', ')}`);
    second = pruned(trainSecondStage(docs, contiguous, stack.folds, new Set(stack.types), (sentences) => trainWeights(sentences, settings)));
  }
  const bytes = encodeModel(
    {
      format: 'mawjaz-ner-perceptron',
      featureSet: FEATURE_SET,
      tags: [...TAGS],
      epochs,
      seed: options.seed,
      trainedOn: {
        data: [options.dataName, ...own.map((set) => `${set.name} ×${set.repeat}`)].join(' + '),
        sentences: data.length,
        heldOut: `sentences ${split.heldOut.from}–${split.heldOut.to - 1} of ${corpus.length} (the last 10 %), never trained on`,
      },
      licence: options.licence,
      attribution: options.attribution,
      inputs: {
        data: { name: options.dataName, sha256: options.dataSha256 },
        ...(own.length === 0 ? {} : { modern: own.map((set) => ({ name: set.name, sha256: set.sha256, repeat: set.repeat })) }),
        settings: { ...recordedSettings(settings), ...stackRecord(stack) },
        featureSet: FEATURE_SET,
        lists: listHashes(gazetteer),
      },
    },
    final.hashes,
    final.weights,
    final.transitions,
    second === null || stack === undefined ? undefined : { weights: second, header: { types: [...stack.types], mix: stack.mix, folds: stack.folds } },
  );
  return { bytes, epochs, heldOut: split.heldOut };
}
