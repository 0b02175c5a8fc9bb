// The outlet chooser's training as the shipped model was made: every page of TRAINING_SETS, the frozen rules' reads
// standing for the rules' choice, fitted with the settings file's values. Shared by `npm run train:outlets` and the
// shipped model's guard test, which retrains and compares bytes.
import path from 'node:path';
import type { FitSettings } from '../main/ingest/choice/fit-choice.ts';
import { encodeOutletModel } from '../main/ingest/outlet/outlet-model-file.ts';
import { trainModel, type TrainedModel, type LabelledPage } from './choice-training.ts';
import { FROZEN_READS_FILE, TRAINING_SETS } from './format-training-sets.ts';
import { readFrozenReads } from './frozen-reads-file.ts';
import { labelledOutletSets } from './outlet-choice-data.ts';
import { currentOutletInputs } from './outlet-choice-inputs.ts';
import { ITERATIONS, L2, LEARNING_RATE } from './train-outlets-settings.ts';

export const OUTLET_FIT_SETTINGS: FitSettings = { iterations: ITERATIONS, learningRate: LEARNING_RATE, l2: L2 };

/** Every training set's labelled outlet pages in the checkout at `root`, by set name. */
export function outletTrainingData(root: string): Promise<Map<string, LabelledPage[]>> {
  return labelledOutletSets(path.join(root, 'tests', 'fixtures', 'formats'), TRAINING_SETS, readFrozenReads(path.join(root, FROZEN_READS_FILE)));
}

/** The outlet model file that training on the checkout at `root` gives. */
export async function trainOutletModel(root: string): Promise<TrainedModel> {
  return trainModel(await outletTrainingData(root), OUTLET_FIT_SETTINGS, (w) => encodeOutletModel(currentOutletInputs(root), w));
}
