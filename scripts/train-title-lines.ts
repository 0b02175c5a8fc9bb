// `npm run train:title-lines`: trains the learned title chooser on every labelled format set (TRAINING_SETS) and
// writes its weights to models/title-lines/title-lines.json, reproducibly (full-batch gradient descent: same pages,
// same bytes). `-- --cv` instead measures transfer: for each set, trains on all the others and scores the one left
// out, rules beside model. `-- --score <folder>` trains on every set and scores a set it was not trained on.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fitChoice } from '../main/ingest/choice/fit-choice.ts';
import { crossValidate, SCORE_HEADER, scorePages, scoreRow, type LabelledPage as ChoicePage, runTrainingCommand, writeModelFile } from './choice-training.ts';
import { resources } from '../main/resources.ts';
import { encodeTitleModel } from '../main/ingest/title/title-model-file.ts';
import { labelledSet, labelledSets } from './title-lines-data.ts';
import { currentTitleInputs } from './title-lines-inputs.ts';
import { ITERATIONS, L2, LEARNING_RATE } from './train-title-lines-settings.ts';
import { FROZEN_READS_FILE, IMPORT_DATE, TRAINING_SETS } from './format-training-sets.ts';
import { readFrozenReads, type FrozenReads } from './frozen-reads-file.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const formats = path.join(root, 'tests', 'fixtures', 'formats');
const args = process.argv.slice(2);
const VERBOSE = args.includes('--verbose');
const settings = { iterations: ITERATIONS, learningRate: LEARNING_RATE, l2: L2 };

const what = 'titles';
const miss = VERBOSE ? (p: ChoicePage, chosen: string | null): void => console.log(`  model miss ${p.name}: expected ${p.expected ?? '—'}, chose ${chosen ?? '—'} (rules: ${p.rules ?? '—'})`) : undefined;

async function crossValidateTitles(): Promise<void> {
  const data = await labelledSets(formats, TRAINING_SETS, IMPORT_DATE, frozen());
  console.log('leave-one-set-out: trained on every other set, scored on the one named; title P = correct / returned, R = correct / expected');
  console.log('rules today: mended on every set (not a transfer figure); rules frozen: before the set was studied (FROZEN_RULES); model: its rules feature is the frozen rules\' choice');
  crossValidate(data, settings, what, miss);
}

/** A set no rules were mended on, scored with the weights trained on every set: there rules today are frozen rules. */
async function scoreApart(folder: string): Promise<void> {
  const data = await labelledSets(formats, TRAINING_SETS, IMPORT_DATE, frozen());
  const weights = fitChoice([...data.values()].flat(), settings);
  console.log('trained on every set of TRAINING_SETS; the set named has no frozen reads, so its rules frozen are the rules today');
  console.log(SCORE_HEADER);
  console.log(scoreRow(path.basename(folder), scorePages(await labelledSet(path.resolve(folder), IMPORT_DATE), weights, miss), what));
}

function frozen(): FrozenReads {
  return readFrozenReads(path.join(root, FROZEN_READS_FILE));
}

async function train(): Promise<void> {
  const data = await labelledSets(formats, TRAINING_SETS, IMPORT_DATE, frozen());
  const weights = fitChoice([...data.values()].flat(), settings);
  writeModelFile(root, resources.titleModelFile, encodeTitleModel(currentTitleInputs(root), weights), weights.size, [...data.values()].flat().length);
}

await runTrainingCommand(args, { crossValidate: crossValidateTitles, scoreApart, train });
