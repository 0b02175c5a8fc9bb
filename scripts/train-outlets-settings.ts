// The settings of `npm run train:outlets`, read by the training script and by the test that checks the shipped model
// was trained with them (tests/unit/ingest/outlet/shipped-model-inputs.test.ts). The sets it learns from are the
// learned choosers' (format-training-sets.ts).
import type { FitSettings } from '../main/ingest/choice/fit-choice.ts';

export const ITERATIONS = 400;
export const LEARNING_RATE = 0.5;
// Chosen by leave-one-set-out (`npm run train:outlets -- --cv`): 0.01 → 0.003 took the mean P from 85.6 to 88.3 and R
// from 78.6 to 78.9 (0.001 and 800 iterations moved either by less than a page a set).
export const L2 = 0.003;
export const OUTLET_FIT_SETTINGS: FitSettings = { iterations: ITERATIONS, learningRate: LEARNING_RATE, l2: L2 };
/**
 * The abstaining margins training tries (choose-outlet.ts: pickOutlet), each scored leave-one-set-out over every
 * studied set (outlet-studied-cv.ts), and what it asks of them: the smallest margin whose pooled precision reaches
 * PRECISION_TARGET (issue 13: an analyst would rather see no outlet than a wrong one); where none does, the one
 * reading the fewest sets worse than the frozen rules (lower precision or recall: the chooser is the import's reader),
 * then the best F-measure weighing precision twice as much as recall (F0.5). The margin chosen is written into the model file.
 */
export const MARGINS: readonly number[] = [0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.5, 3];
export const PRECISION_TARGET = 0.95;
