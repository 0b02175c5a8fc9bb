// The shipped title chooser's weights, read once per process on first use (see choiceWeights).
import { resources } from '../../resources.ts';
import { choiceWeights } from '../choice/choice-model-file.ts';
import { TITLE_MODEL } from './title-model-file.ts';

/** The weights in `file` (the shipped model unless told), read once. */
export function titleWeights(file: string = resources.titleModelFile): ReadonlyMap<string, number> {
  return choiceWeights(TITLE_MODEL, file);
}
