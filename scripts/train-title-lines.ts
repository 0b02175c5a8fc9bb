// `npm run train:title-lines`: trains the learned title chooser on every labelled format set (TRAINING_SETS) and
// writes its weights to models/title-lines/title-lines.json, reproducibly (full-batch gradient descent: same pages,
// same bytes). `-- --cv` instead measures transfer: for each set, trains on all the others and scores the one left
// out, rules beside model. `-- --score <folder>` trains on every set and scores a set it was not trained on.
// `--verbose` lists the model's misses.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resources } from '../main/resources.ts';
import { runChooserTraining } from './choice-training.ts';
import { labelledSet } from './title-lines-data.ts';
import { IMPORT_DATE } from './format-training-sets.ts';
import { TITLE_FIT_SETTINGS, titleTrainingData, trainTitleModel } from './title-model-training.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

await runChooserTraining(root, process.argv.slice(2), {
  field: 'title',
  what: 'titles',
  settings: TITLE_FIT_SETTINGS,
  trainingData: () => titleTrainingData(root),
  labelledSet: (folder) => labelledSet(folder, IMPORT_DATE),
  modelFile: resources.titleModelFile,
  train: () => trainTitleModel(root),
});
