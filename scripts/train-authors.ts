// `npm run train:authors`: trains the learned byline chooser on every labelled format set (TRAINING_SETS) and writes
// its weights to models/authors/author-choice.json, reproducibly (full-batch gradient descent: same pages, same
// bytes). `-- --cv` instead measures transfer: for each set, trains on all the others and scores the one left out,
// rules beside model. `-- --score <folder>` trains on every set and scores a set it was not trained on.
// `--verbose` lists the model's misses (never on a set kept for measuring).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resources } from '../main/resources.ts';
import { runChooserTraining } from './choice-training.ts';
import { labelledAuthorSet } from './author-choice-data.ts';
import { AUTHOR_FIT_SETTINGS, authorTrainingData, trainAuthorModel } from './author-model-training.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

await runChooserTraining(root, process.argv.slice(2), {
  field: 'author',
  what: 'authors',
  settings: AUTHOR_FIT_SETTINGS,
  trainingData: () => authorTrainingData(root),
  labelledSet: (folder) => labelledAuthorSet(folder),
  modelFile: resources.authorModelFile,
  train: () => trainAuthorModel(root),
});
