/**
 * The learner that trains the entity model's weights: the averaged perceptron (perceptron.ts) or the linear-chain
 * CRF (crf.ts). Both return the same TrainedWeights, decoded by the same Viterbi, so the model file and the tagger
 * do not know which one trained them; only the settings recorded in the model's header (training-inputs.ts) do.
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
}

export interface LearnerSettings {
  seed: number;
  epochs: number;
  minCount: number;
  wordDropout: number;
  /** The CRF's settings; absent, the perceptron trains. */
  crf?: CrfSettings;
}

/** Trains weights with the learner `settings` name; `onEpoch` sees the weights after each epoch. */
export function trainWeights(sentences: readonly TrainingSentence[], settings: LearnerSettings, onEpoch?: (epoch: number, weights: TrainedWeights) => void): TrainedWeights {
  const { crf, ...common } = settings;
  if (crf === undefined) return trainPerceptron(sentences, common, onEpoch);
  const w = trainCrf(sentences, { ...common, ...crf }, onEpoch);
  return { hashes: w.hashes, weights: w.weights.map((x) => x * crf.scale), transitions: w.transitions.map((x) => x * crf.scale) };
}

/**
 * The settings as a model's header records them: a perceptron's as they were before the CRF existed (so the
 * models trained then still read as trained with these settings), a CRF's with its learner and its two settings.
 */
export function recordedSettings(settings: LearnerSettings): TrainingSettings {
  const { crf, seed, epochs, minCount, wordDropout } = settings;
  return { seed, epochs, minCount, wordDropout, ...(crf === undefined ? {} : { learner: 'crf' as const, l2: crf.l2, step: crf.step, average: crf.average, scale: crf.scale }) };
}
