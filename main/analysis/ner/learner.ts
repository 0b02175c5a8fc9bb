/**
 * The learner that trains the entity model's weights: the averaged perceptron (perceptron.ts), the linear-chain
 * CRF (crf.ts), or both, their weights summed (a CRF `share` of the CRF's scaled weights, the rest the
 * perceptron's: one set of weights whose Viterbi scores are the two taggers' scores merged). All return the same
 * TrainedWeights, decoded by the same Viterbi, so the model file and the tagger do not know which one trained them;
 * only the settings recorded in the model's header (training-inputs.ts) do.
 */
import { trainCrf } from './crf.ts';
import { trainPerceptron } from './perceptron.ts';
import type { TrainedWeights, TrainingSentence } from './perceptron.ts';
import type { TrainingSettings } from './training-inputs.ts';

export interface CrfSettings {
  l2: number;
  step: number;
  average: boolean;
  /**
   * What the trained weights are multiplied by. Viterbi's best sequence does not change, but the max-marginal
   * margins (viterbi.ts outsideMargins) do: the actors stage compares them with thresholds chosen in the
   * perceptron's units (word-margins.ts, drop-vetoed.ts), about fourteen times a CRF's log-potentials.
   */
  scale: number;
  /**
   * Trained beside the perceptron on the same sentences: the weight of the CRF's scaled weights in their sum, the
   * perceptron's weighing 1 − share (so the margins stay in the perceptron's units). Absent, the CRF alone.
   */
  share?: number;
}

export interface LearnerSettings {
  seed: number;
  epochs: number;
  minCount: number;
  wordDropout: number;
  /** The perceptron's share for gold persons' tokens (perceptron.ts); absent, wordDropout. */
  personDropout?: number;
  /** The CRF's settings; absent, the perceptron trains. */
  crf?: CrfSettings;
}

type CommonSettings = Omit<LearnerSettings, 'crf'>;

/** The CRF's weights times its scale: in the perceptron's units. */
function scaled(w: TrainedWeights, scale: number): TrainedWeights {
  return { hashes: w.hashes, weights: w.weights.map((x) => x * scale), transitions: w.transitions.map((x) => x * scale) };
}

/**
 * (1 − share) times the perceptron's weights plus share times the CRF's (already scaled). Both learners keep the
 * features seen `minCount` times in the same sentences (perceptron.ts vocabulary), so their rows are the same.
 */
export function mixWeights(perceptron: TrainedWeights, crf: TrainedWeights, share: number): TrainedWeights {
  if (perceptron.hashes.length !== crf.hashes.length || perceptron.hashes.some((h, r) => crf.hashes[r] !== h)) throw new Error('the perceptron and the CRF were trained on different features');
  const mix = (a: Float64Array, b: Float64Array): Float64Array => a.map((x, k) => (1 - share) * x + share * (b[k] ?? 0));
  return { hashes: perceptron.hashes, weights: mix(perceptron.weights, crf.weights), transitions: mix(perceptron.transitions, crf.transitions) };
}

/**
 * Trains the perceptron and then the CRF on `sentences`; `onEpoch` sees, after each epoch, both learners' weights
 * at that epoch (the CRF's scaled), so that a tuning script can score several shares of one pair of runs.
 */
export function trainBoth(
  sentences: readonly TrainingSentence[],
  settings: CommonSettings & { crf: CrfSettings },
  onEpoch?: (epoch: number, perceptron: TrainedWeights, crf: TrainedWeights) => void,
): { perceptron: TrainedWeights; crf: TrainedWeights } {
  const { crf, ...common } = settings;
  // Each epoch's perceptron kept until the CRF reaches the same epoch (only when someone looks at epochs).
  const epochs: TrainedWeights[] = [];
  const perceptron = trainPerceptron(sentences, common, onEpoch === undefined ? undefined : (_, w) => epochs.push(w));
  const trained = trainCrf(sentences, { ...common, ...crf }, onEpoch === undefined ? undefined : (epoch, w) => onEpoch(epoch, epochs[epoch - 1] ?? perceptron, scaled(w, crf.scale)));
  return { perceptron, crf: scaled(trained, crf.scale) };
}

/** Trains weights with the learner `settings` name; `onEpoch` sees the weights after each epoch. */
export function trainWeights(sentences: readonly TrainingSentence[], settings: LearnerSettings, onEpoch?: (epoch: number, weights: TrainedWeights) => void): TrainedWeights {
  const { crf, ...common } = settings;
  if (crf === undefined) return trainPerceptron(sentences, common, onEpoch);
  const share = crf.share;
  if (share === undefined) return scaled(trainCrf(sentences, { ...common, ...crf }, onEpoch), crf.scale);
  const both = trainBoth(sentences, { ...common, crf }, onEpoch === undefined ? undefined : (epoch, p, c) => onEpoch(epoch, mixWeights(p, c, share)));
  return mixWeights(both.perceptron, both.crf, share);
}

/**
 * The settings as a model's header records them: a perceptron's as they were before the CRF existed (so the
 * models trained then still read as trained with these settings), a CRF's with its learner and its settings, and
 * the sum's with the CRF's share.
 */
export function recordedSettings(settings: LearnerSettings): TrainingSettings {
  const { crf, seed, epochs, minCount, wordDropout, personDropout } = settings;
  // Absent when not set, so that the models trained before it still read as trained with these settings.
  const persons = personDropout === undefined ? {} : { personDropout };
  if (crf === undefined) return { seed, epochs, minCount, wordDropout, ...persons };
  const learner = crf.share === undefined ? ('crf' as const) : ('sum' as const);
  return { seed, epochs, minCount, wordDropout, ...persons, learner, l2: crf.l2, step: crf.step, average: crf.average, scale: crf.scale, ...(crf.share === undefined ? {} : { share: crf.share }) };
}
