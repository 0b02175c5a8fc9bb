// `npm run train:outlets`: trains the learned outlet chooser on every labelled format set (TRAINING_SETS) and writes
// its weights to models/outlets/outlet-choice.json, reproducibly (full-batch gradient descent: same pages, same
// bytes). `-- --cv` instead measures transfer: for each set, trains on all the others and scores the one left out,
// rules beside model. `-- --score <folder>` trains on every set and scores a set it was not trained on.
// `--verbose` lists the model's misses.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pickOutlet } from '../main/ingest/outlet/choose-outlet.ts';
import { resources } from '../main/resources.ts';
import { runChooserTraining } from './choice-training.ts';
import { labelledOutletSet } from './outlet-choice-data.ts';
import { OUTLET_FIT_SETTINGS, outletTrainingData, trainOutletModel } from './outlet-model-training.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

await runChooserTraining(root, process.argv.slice(2), {
  field: 'outlet',
  what: 'outlets',
  settings: OUTLET_FIT_SETTINGS,
  trainingData: () => outletTrainingData(root),
  labelledSet: (folder) => labelledOutletSet(folder),
  modelFile: resources.outletModelFile,
  train: () => trainOutletModel(root),
  pick: pickOutlet,
});
