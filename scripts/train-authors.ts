// `npm run train:authors`: trains the learned byline chooser on every labelled format set (TRAINING_SETS) and writes
// its weights to models/authors/author-choice.json, reproducibly (full-batch gradient descent: same pages, same
// bytes). `-- --cv` instead measures transfer: for each set, trains on all the others and scores the one left out,
// rules beside model. `-- --score <folder>` trains on every set and scores a set it was not trained on.
// `--verbose` lists the model's misses (never on a set kept for measuring).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fitChoice } from '../main/ingest/choice/fit-choice.ts';
import { resources } from '../main/resources.ts';
import { crossValidate, SCORE_HEADER, scorePages, scoreRow, type LabelledPage, runTrainingCommand, writeModelFile } from './choice-training.ts';
import { labelledAuthorSet } from './author-choice-data.ts';
import { AUTHOR_FIT_SETTINGS as settings, authorTrainingData, trainAuthorModel } from './author-model-training.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const what = 'authors';
const miss = args.includes('--verbose')
  ? (p: LabelledPage, chosen: string | null): void => console.log(`  model miss ${p.name}: expected ${p.expected ?? '—'}, chose ${chosen ?? '—'} (rules frozen: ${p.rules ?? '—'})`)
  : undefined;

const trainingData = (): Promise<Map<string, LabelledPage[]>> => authorTrainingData(root);

async function crossValidateAuthors(): Promise<void> {
  console.log('leave-one-set-out: trained on every other set, scored on the one named; author P = correct / returned, R = correct / expected');
  console.log('rules today: mended on every set (not a transfer figure); rules frozen: before the set was studied (FROZEN_RULES); model: its rules feature is the frozen rules\' choice');
  crossValidate(await trainingData(), settings, what, miss);
}

/** A set no rules were mended on, scored with the weights trained on every set: there rules today are frozen rules. */
async function scoreApart(folder: string): Promise<void> {
  const weights = fitChoice([...(await trainingData()).values()].flat(), settings);
  console.log('trained on every set of TRAINING_SETS; the set named has no frozen reads, so its rules frozen are the rules today');
  console.log(SCORE_HEADER);
  console.log(scoreRow(path.basename(folder), scorePages(await labelledAuthorSet(path.resolve(folder)), weights, miss), what));
}

async function train(): Promise<void> {
  writeModelFile(root, resources.authorModelFile, await trainAuthorModel(root));
}

await runTrainingCommand(args, { crossValidate: crossValidateAuthors, scoreApart, train });
