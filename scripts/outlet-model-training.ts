// The outlet chooser's training as the shipped model was made: every page of TRAINING_SETS and of the studied held-out
// sets, the frozen rules' reads
// standing for the rules' choice, fitted with the settings file's values. Shared by `npm run train:outlets` and the
// shipped model's guard test, which retrains and compares bytes.
import path from 'node:path';
import { encodeOutletModel } from '../main/ingest/outlet/outlet-model-file.ts';
import { trainModel, type TrainedModel, type LabelledPage } from './choice-training.ts';
import { FROZEN_READS_FILE, FROZEN_STUDIED_READS_FILE, STUDIED_HELD_OUT_SETS, TRAINING_SETS } from './format-training-sets.ts';
import { readFrozenReads, readFrozenStudiedReads } from './frozen-reads-file.ts';
import { labelledOutletSet, labelledOutletSets } from './outlet-choice-data.ts';
import { currentOutletInputs } from './outlet-choice-inputs.ts';
import { chooseMargin, curveLine, studiedCurve } from './outlet-studied-cv.ts';
import { MARGINS, OUTLET_FIT_SETTINGS } from './train-outlets-settings.ts';

/**
 * Every labelled outlet page the chooser learns from in the checkout at `root`, by set name: the training sets', and
 * the held-out sets' the rules were since mended on (STUDIED_HELD_OUT_SETS), each with the rules' reads from before
 * they were mended on it standing for the rules' choice (FROZEN_STUDIED_RULES) — never an honest set's.
 */
export async function outletTrainingData(root: string): Promise<Map<string, LabelledPage[]>> {
  const formats = path.join(root, 'tests', 'fixtures', 'formats');
  const data: Map<string, LabelledPage[]> = await labelledOutletSets(formats, TRAINING_SETS, readFrozenReads(path.join(root, FROZEN_READS_FILE)));
  const frozen = readFrozenStudiedReads(path.join(root, FROZEN_STUDIED_READS_FILE));
  for (const set of STUDIED_HELD_OUT_SETS) {
    const pages = frozen[set]?.pages;
    // Today's rules were mended on the set: standing for the rules' choice they would teach that the rules are never wrong.
    if (pages === undefined) throw new Error(`${FROZEN_STUDIED_READS_FILE} has no reads of ${set}: name its first-measured commit in FROZEN_STUDIED_RULES and run npm run frozen-studied-reads.`);
    data.set(set, await labelledOutletSet(path.join(formats, set), pages));
  }
  return data;
}

/**
 * The outlet model file that training on the checkout at `root` gives: the weights fitted on every page, and the
 * abstaining margin chosen on the same pages left out set by set (outlet-studied-cv.ts: chooseMargin). `curve` hears
 * the pooled precision/recall of every margin tried.
 */
export async function trainOutletModel(root: string, curve?: (line: string) => void): Promise<TrainedModel> {
  const data = await outletTrainingData(root);
  const scores = studiedCurve(data, MARGINS);
  if (curve !== undefined) for (const m of scores) curve(curveLine(m));
  const margin = chooseMargin(scores);
  return trainModel(data, OUTLET_FIT_SETTINGS, (w) => encodeOutletModel(currentOutletInputs(root), w, margin));
}
