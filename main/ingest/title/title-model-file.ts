// The title chooser's weights (models/title-lines/title-lines.json), in the learned choosers' model file
// (choice/choice-model-file.ts) under their own kind.
import { encodeChoiceModel, readChoiceModel, type ChoiceModelKind, type ChoiceTrainingInputs } from '../choice/choice-model-file.ts';

export type TitleTrainingInputs = ChoiceTrainingInputs;

export const TITLE_MODEL: ChoiceModelKind = { kind: 'mawjaz-title-lines', noun: 'title model', command: 'npm run train:title-lines' };

/**
 * The version of the features title-candidates.ts computes: raise it whenever a feature is added, removed or computed
 * otherwise, so that the shipped weights are known to be stale until the model is trained again.
 */
export const TITLE_FEATURE_SET = 1;

/** The model file's bytes (see encodeChoiceModel). */
export function encodeTitleModel(inputs: TitleTrainingInputs, weights: ReadonlyMap<string, number>): string {
  return encodeChoiceModel(TITLE_MODEL, inputs, weights);
}

/** The title model in `file`; a file that cannot be read or is not a title model throws one sentence naming it. */
export function readTitleModel(file: string): { inputs: TitleTrainingInputs; weights: Map<string, number> } {
  return readChoiceModel(TITLE_MODEL, file);
}
