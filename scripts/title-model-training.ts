// The title chooser's training as the shipped model was made: every page of TRAINING_SETS read against IMPORT_DATE,
// the frozen rules' reads standing for the rules' choice, fitted with the settings file's values. Shared by
// `npm run train:title-lines` and the shipped model's guard test, which retrains and compares bytes.
import path from 'node:path';
import type { FitSettings } from '../main/ingest/choice/fit-choice.ts';
import { encodeTitleModel } from '../main/ingest/title/title-model-file.ts';
import { trainModel, type TrainedModel } from './choice-training.ts';
import { FROZEN_READS_FILE, IMPORT_DATE, TRAINING_SETS } from './format-training-sets.ts';
import { readFrozenReads } from './frozen-reads-file.ts';
import { labelledSets, type LabelledPage } from './title-lines-data.ts';
import { currentTitleInputs } from './title-lines-inputs.ts';
import { ITERATIONS, L2, LEARNING_RATE } from './train-title-lines-settings.ts';

export const TITLE_FIT_SETTINGS: FitSettings = { iterations: ITERATIONS, learningRate: LEARNING_RATE, l2: L2 };

/** Every training set's labelled title pages in the checkout at `root`, by set name. */
export function titleTrainingData(root: string): Promise<Map<string, LabelledPage[]>> {
  return labelledSets(path.join(root, 'tests', 'fixtures', 'formats'), TRAINING_SETS, IMPORT_DATE, readFrozenReads(path.join(root, FROZEN_READS_FILE)));
}

/** The title model file that training on the checkout at `root` gives. */
export async function trainTitleModel(root: string): Promise<TrainedModel> {
  return trainModel(await titleTrainingData(root), TITLE_FIT_SETTINGS, (w) => encodeTitleModel(currentTitleInputs(root), w));
}
