// `npm run train:outlets`: trains the learned outlet chooser on every labelled format set (TRAINING_SETS) and writes
// its weights to models/outlets/outlet-choice.json, reproducibly (full-batch gradient descent: same pages, same
// bytes). `-- --cv` instead measures transfer: for each set, trains on all the others and scores the one left out,
// rules beside model. `-- --score <folder>` trains on every set and scores a set it was not trained on.
// `--verbose` lists the model's misses.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fitChoice } from '../main/ingest/choice/fit-choice.ts';
import { encodeOutletModel } from '../main/ingest/outlet/outlet-model-file.ts';
import { resources } from '../main/resources.ts';
import { crossValidate, SCORE_HEADER, scorePages, scoreRow, type LabelledPage, runTrainingCommand, writeModelFile } from './choice-training.ts';
import { FROZEN_READS_FILE, TRAINING_SETS } from './format-training-sets.ts';
import { readFrozenReads } from './frozen-reads-file.ts';
import { labelledOutletSet, labelledOutletSets } from './outlet-choice-data.ts';
import { currentOutletInputs } from './outlet-choice-inputs.ts';
import { ITERATIONS, L2, LEARNING_RATE } from './train-outlets-settings.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const formats = path.join(root, 'tests', 'fixtures', 'formats');
const args = process.argv.slice(2);
const settings = { iterations: ITERATIONS, learningRate: LEARNING_RATE, l2: L2 };
const what = 'outlets';
const miss = args.includes('--verbose')
  ? (p: LabelledPage, chosen: string | null): void => console.log(`  model miss ${p.name}: expected ${p.expected ?? '—'}, chose ${chosen ?? '—'} (rules frozen: ${p.rules ?? '—'})`)
  : undefined;

async function trainingData(): Promise<Map<string, LabelledPage[]>> {
  return labelledOutletSets(formats, TRAINING_SETS, readFrozenReads(path.join(root, FROZEN_READS_FILE)));
}

async function crossValidateOutlets(): Promise<void> {
  console.log('leave-one-set-out: trained on every other set, scored on the one named; outlet P = correct / returned, R = correct / expected');
  console.log('rules today: mended on every set (not a transfer figure); rules frozen: before the set was studied (FROZEN_RULES); model: its rules feature is the frozen rules\' choice');
  crossValidate(await trainingData(), settings, what, miss);
}

/** A set no rules were mended on, scored with the weights trained on every set: there rules today are frozen rules. */
async function scoreApart(folder: string): Promise<void> {
  const weights = fitChoice([...(await trainingData()).values()].flat(), settings);
  console.log('trained on every set of TRAINING_SETS; the set named has no frozen reads, so its rules frozen are the rules today');
  console.log(SCORE_HEADER);
  console.log(scoreRow(path.basename(folder), scorePages(await labelledOutletSet(path.resolve(folder)), weights, miss), what));
}

async function train(): Promise<void> {
  const data = await trainingData();
  const weights = fitChoice([...data.values()].flat(), settings);
  writeModelFile(root, resources.outletModelFile, encodeOutletModel(currentOutletInputs(root), weights), weights.size, [...data.values()].flat().length);
}

await runTrainingCommand(args, { crossValidate: crossValidateOutlets, scoreApart, train });
