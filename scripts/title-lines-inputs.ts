// What the title chooser's training reads (see choice-training-inputs.ts), for its guard test and its training script.
import { TITLE_FEATURE_SET, TITLE_MODEL, type TitleTrainingInputs } from '../main/ingest/title/title-model-file.ts';
import { currentChoiceInputs, staleChoiceModelReason } from './choice-training-inputs.ts';
import { ITERATIONS, L2, LEARNING_RATE } from './train-title-lines-settings.ts';

/** The inputs title training in the checkout at `root` would record now. */
export function currentTitleInputs(root: string): TitleTrainingInputs {
  return currentChoiceInputs(root, TITLE_FEATURE_SET, { iterations: ITERATIONS, learningRate: LEARNING_RATE, l2: L2 });
}

/** Why a title model trained on `recorded` is not what training now would give, as one sentence naming `file`; null when it is. */
export function staleTitleModelReason(file: string, recorded: TitleTrainingInputs, current: TitleTrainingInputs): string | null {
  return staleChoiceModelReason(file, TITLE_MODEL.command, recorded, current);
}
