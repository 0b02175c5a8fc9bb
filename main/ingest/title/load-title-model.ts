// The shipped title chooser's weights, read once per process on first use. A missing or damaged file stops the import
// with one sentence naming it (readTitleModel): a silent fall back to the rules would give titles of another quality
// than the one measured.
import { resources } from '../../resources.ts';
import { readTitleModel } from './title-model-file.ts';

const loaded = new Map<string, ReadonlyMap<string, number>>();

/** The weights in `file` (the shipped model unless told), read once. */
export function titleWeights(file: string = resources.titleModelFile): ReadonlyMap<string, number> {
  let weights = loaded.get(file);
  if (weights === undefined) {
    weights = readTitleModel(file).weights;
    loaded.set(file, weights);
  }
  return weights;
}
