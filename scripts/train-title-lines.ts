// `npm run train:title-lines`: trains the learned title chooser on every labelled format set (TRAINING_SETS) and
// writes its weights to models/title-lines/title-lines.json, reproducibly (full-batch gradient descent: same pages,
// same bytes). `-- --cv` instead measures transfer: for each set, trains on all the others and scores the one left
// out, rules beside model. `-- --score <folder>` trains on every set and scores a set it was not trained on.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fitChoice } from '../main/ingest/choice/fit-choice.ts';
import { crossValidate, SCORE_HEADER, scorePages, scoreRow, type LabelledPage as ChoicePage, runTrainingCommand, writeModelFile } from './choice-training.ts';
import { resources } from '../main/resources.ts';
import { labelledSet } from './title-lines-data.ts';
import { IMPORT_DATE } from './format-training-sets.ts';
import { TITLE_FIT_SETTINGS as settings, titleTrainingData, trainTitleModel } from './title-model-training.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const VERBOSE = args.includes('--verbose');

const what = 'titles';
const miss = VERBOSE ? (p: ChoicePage, chosen: string | null): void => console.log(`  model miss ${p.name}: expected ${p.expected ?? '—'}, chose ${chosen ?? '—'} (rules: ${p.rules ?? '—'})`) : undefined;

async function crossValidateTitles(): Promise<void> {
  const data = await titleTrainingData(root);
  console.log('leave-one-set-out: trained on every other set, scored on the one named; title P = correct / returned, R = correct / expected');
  console.log('rules today: mended on every set (not a transfer figure); rules frozen: before the set was studied (FROZEN_RULES); model: its rules feature is the frozen rules\' choice');
  crossValidate(data, settings, what, miss);
}

/** A set no rules were mended on, scored with the weights trained on every set: there rules today are frozen rules. */
async function scoreApart(folder: string): Promise<void> {
  const data = await titleTrainingData(root);
  const weights = fitChoice([...data.values()].flat(), settings);
  console.log('trained on every set of TRAINING_SETS; the set named has no frozen reads, so its rules frozen are the rules today');
  console.log(SCORE_HEADER);
  console.log(scoreRow(path.basename(folder), scorePages(await labelledSet(path.resolve(folder), IMPORT_DATE), weights, miss), what));
}

async function train(): Promise<void> {
  writeModelFile(root, resources.titleModelFile, await trainTitleModel(root));
}

await runTrainingCommand(args, { crossValidate: crossValidateTitles, scoreApart, train });
