// What the byline chooser's training reads (see choice-training-inputs.ts), for its guard test and its training script.
import type { ChoiceTrainingInputs } from '../main/ingest/choice/choice-model-file.ts';
import { AUTHOR_FEATURE_SET, AUTHOR_MODEL } from '../main/ingest/author/author-model-file.ts';
import { currentChoiceInputs, staleChoiceModelReason } from './choice-training-inputs.ts';
import { FROZEN_AUTHORS_FILE } from './format-training-sets.ts';
import { ITERATIONS, L2, LEARNING_RATE } from './train-authors-settings.ts';

/** The inputs author training in the checkout at `root` would record now. */
export function currentAuthorInputs(root: string): ChoiceTrainingInputs {
  return currentChoiceInputs(root, AUTHOR_FEATURE_SET, { iterations: ITERATIONS, learningRate: LEARNING_RATE, l2: L2 }, FROZEN_AUTHORS_FILE);
}

/** Why an author model trained on `recorded` is not what training now would give, as one sentence naming `file`; null when it is. */
export function staleAuthorModelReason(file: string, recorded: ChoiceTrainingInputs, current: ChoiceTrainingInputs): string | null {
  return staleChoiceModelReason(file, AUTHOR_MODEL.command, recorded, current, FROZEN_AUTHORS_FILE);
}
