// The byline chooser's training as the shipped model was made: every page of TRAINING_SETS, the frozen rules' authors
// standing for the rules' choice, fitted with the settings file's values. Shared by `npm run train:authors` and the
// shipped model's guard test, which retrains and compares bytes.
import path from 'node:path';
import type { FitSettings } from '../main/ingest/choice/fit-choice.ts';
import { encodeAuthorModel } from '../main/ingest/author/author-model-file.ts';
import { trainModel, type TrainedModel, type LabelledPage } from './choice-training.ts';
import { FROZEN_AUTHORS_FILE, TRAINING_SETS } from './format-training-sets.ts';
import { readFrozenAuthors } from './frozen-reads-file.ts';
import { labelledAuthorSets } from './author-choice-data.ts';
import { currentAuthorInputs } from './author-choice-inputs.ts';
import { ITERATIONS, L2, LEARNING_RATE } from './train-authors-settings.ts';

export const AUTHOR_FIT_SETTINGS: FitSettings = { iterations: ITERATIONS, learningRate: LEARNING_RATE, l2: L2 };

/** Every training set's labelled author pages in the checkout at `root`, by set name. */
export function authorTrainingData(root: string): Promise<Map<string, LabelledPage[]>> {
  return labelledAuthorSets(path.join(root, 'tests', 'fixtures', 'formats'), TRAINING_SETS, readFrozenAuthors(path.join(root, FROZEN_AUTHORS_FILE)));
}

/** The author model file that training on the checkout at `root` gives. */
export async function trainAuthorModel(root: string): Promise<TrainedModel> {
  return trainModel(await authorTrainingData(root), AUTHOR_FIT_SETTINGS, (w) => encodeAuthorModel(currentAuthorInputs(root), w));
}
