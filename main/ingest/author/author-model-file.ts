// The byline chooser's weights (models/authors/author-choice.json), in the learned choosers' model file
// (choice/choice-model-file.ts) under their own kind.
import { resources } from '../../resources.ts';
import { choiceWeights, encodeChoiceModel, readChoiceModel, type ChoiceModelKind, type ChoiceTrainingInputs } from '../choice/choice-model-file.ts';

export const AUTHOR_MODEL: ChoiceModelKind = { kind: 'mawjaz-author-choice', noun: 'byline model', command: 'npm run train:authors' };

/**
 * The version of the features author-candidates.ts computes (and of the readers author-sources.ts names): raise it
 * whenever a feature is added, removed or computed otherwise, so that the shipped weights are known to be stale until
 * the model is trained again.
 */
export const AUTHOR_FEATURE_SET = 2;

/** The model file's bytes (see encodeChoiceModel). */
export function encodeAuthorModel(inputs: ChoiceTrainingInputs, weights: ReadonlyMap<string, number>): string {
  return encodeChoiceModel(AUTHOR_MODEL, inputs, weights);
}

/** The author model in `file`; a file that cannot be read or is not an author model throws one sentence naming it. */
export function readAuthorModel(file: string): { inputs: ChoiceTrainingInputs; weights: Map<string, number> } {
  return readChoiceModel(AUTHOR_MODEL, file);
}

/** The weights in `file` (the shipped model unless told), read once per process. */
export function authorWeights(file: string = resources.authorModelFile): ReadonlyMap<string, number> {
  return choiceWeights(AUTHOR_MODEL, file);
}
