// What the outlet chooser's training reads (see choice-training-inputs.ts), for its guard test and its training script.
import type { ChoiceTrainingInputs } from '../main/ingest/choice/choice-model-file.ts';
import { OUTLET_FEATURE_SET, OUTLET_MODEL } from '../main/ingest/outlet/outlet-model-file.ts';
import { currentChoiceInputs, staleChoiceModelReason } from './choice-training-inputs.ts';
import { FROZEN_READS_FILE, FROZEN_STUDIED_READS_FILE, STUDIED_HELD_OUT_SETS } from './format-training-sets.ts';
import { ITERATIONS, L2, LEARNING_RATE } from './train-outlets-settings.ts';

/** The inputs outlet training in the checkout at `root` would record now. */
export function currentOutletInputs(root: string): ChoiceTrainingInputs {
  return currentChoiceInputs(root, OUTLET_FEATURE_SET, { iterations: ITERATIONS, learningRate: LEARNING_RATE, l2: L2 }, FROZEN_READS_FILE, {
    sets: STUDIED_HELD_OUT_SETS,
    frozenFile: FROZEN_STUDIED_READS_FILE,
  });
}

/** Why an outlet model trained on `recorded` is not what training now would give, as one sentence naming `file`; null when it is. */
export function staleOutletModelReason(file: string, recorded: ChoiceTrainingInputs, current: ChoiceTrainingInputs): string | null {
  return staleChoiceModelReason(file, OUTLET_MODEL.command, recorded, current);
}
