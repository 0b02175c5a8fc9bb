// `npm run train:outlets`: trains the learned outlet chooser on every labelled format set (TRAINING_SETS) and writes
// its weights to models/outlets/outlet-choice.json, reproducibly (full-batch gradient descent: same pages, same
// bytes). `-- --cv` instead measures transfer: for each set, trains on all the others and scores the one left out,
// rules beside model. `-- --score <folder>` trains on every set and scores a set it was not trained on.
// `--verbose` lists the model's misses. `-- --cv-studied [--margin m …]` leaves one set out over every studied set,
// the held-out ones the rules were mended on included (outlet-studied-cv.ts).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pickOutlet } from '../main/ingest/outlet/choose-outlet.ts';
import { outletMargin } from '../main/ingest/outlet/outlet-model-file.ts';
import { resources } from '../main/resources.ts';
import { runChooserTraining } from './choice-training.ts';
import { labelledOutletSet } from './outlet-choice-data.ts';
import { crossValidateStudied } from './outlet-studied-cv.ts';
import { outletTrainingData, trainOutletModel } from './outlet-model-training.ts';
import { OUTLET_FIT_SETTINGS } from './train-outlets-settings.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

if (args.includes('--cv-studied')) crossValidateStudied(await outletTrainingData(root), args.flatMap((a, i) => (args[i - 1] === '--margin' ? [Number(a)] : [])));
else {
  await runChooserTraining(root, args, {
    field: 'outlet',
    what: 'outlets',
    settings: OUTLET_FIT_SETTINGS,
    trainingData: () => outletTrainingData(root),
    labelledSet: (folder) => labelledOutletSet(folder),
    modelFile: resources.outletModelFile,
    // The pooled precision/recall at each margin tried, and the one the model file carries.
    train: () => trainOutletModel(root, (line) => console.log(line)),
    pick: (candidates, weights) => pickOutlet(candidates, weights, outletMargin()),
  });
}
