// The outlet chooser's weights and abstaining margin (models/outlets/outlet-choice.json), in the learned choosers'
// model file (choice/choice-model-file.ts) under their own kind.
import { resources } from '../../resources.ts';
import { choiceModel, choiceWeights, encodeChoiceModel, readChoiceModel, type ChoiceModelKind, type ChoiceTrainingInputs } from '../choice/choice-model-file.ts';

export const OUTLET_MODEL: ChoiceModelKind = { kind: 'mawjaz-outlet-choice', noun: 'outlet model', command: 'npm run train:outlets' };

/**
 * The version of the features outlet-candidates.ts computes (and of the source kinds outlet-sources.ts names): raise
 * it whenever a feature is added, removed or computed otherwise, so that the shipped weights are known to be stale
 * until the model is trained again.
 */
export const OUTLET_FEATURE_SET = 10;

/** The model file's bytes (see encodeChoiceModel), with the margin training chose (choose-outlet.ts: pickOutlet). */
export function encodeOutletModel(inputs: ChoiceTrainingInputs, weights: ReadonlyMap<string, number>, abstainMargin: number): string {
  return encodeChoiceModel(OUTLET_MODEL, inputs, weights, abstainMargin);
}

/** The outlet model in `file`; a file that cannot be read or is not an outlet model throws one sentence naming it. */
export function readOutletModel(file: string): { inputs: ChoiceTrainingInputs; weights: Map<string, number>; abstainMargin: number | null } {
  return readChoiceModel(OUTLET_MODEL, file);
}

/** The weights in `file` (the shipped model unless told), read once per process. */
export function outletWeights(file: string = resources.outletModelFile): ReadonlyMap<string, number> {
  return choiceWeights(OUTLET_MODEL, file);
}

/**
 * How far a name must score above «no outlet» to be taken (the shipped model's unless told): chosen by training with
 * the weights (train-outlets.ts), never written in code. A model file without one throws, naming the command that
 * writes it.
 */
export function outletMargin(file: string = resources.outletModelFile): number {
  const margin = choiceModel(OUTLET_MODEL, file).abstainMargin;
  if (margin === null) throw new Error(`${file} is not an outlet model (it has no abstainMargin): run ${OUTLET_MODEL.command}.`);
  return margin;
}
