// `npm run train:outlets`: trains the learned outlet chooser on every set it learns from (TRAINING_SETS and the studied
// held-out sets, outlet-model-training.ts), chooses its abstaining margin on the same sets left out in turn, and writes
// both to models/outlets/outlet-choice.json, reproducibly (same pages, same bytes). `-- --cv` (or `--cv-studied`)
// [--margin m …] leaves one set out over every set it learns from, per margin (outlet-studied-cv.ts). `-- --score
// <folder>` trains on every set and scores a set it was not trained on, at the margin this run chooses. `--verbose`
// lists the model's misses there. `--cv --wrong [--margin m]` lists the wrong outlets the left-out sets get at m
// (0.75 unless told), with the winner's features and weights (outlet-studied-cv.ts: listWrongReturns).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pickOutlet } from '../main/ingest/outlet/choose-outlet.ts';
import { resources } from '../main/resources.ts';
import { runChooserTraining } from './choice-training.ts';
import { labelledOutletSet } from './outlet-choice-data.ts';
import { chooseMargin, crossValidateStudied, listWrongReturns, studiedCurve } from './outlet-studied-cv.ts';
import { outletTrainingData, trainOutletModel } from './outlet-model-training.ts';
import { MARGINS, OUTLET_FIT_SETTINGS } from './train-outlets-settings.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

// The chooser learns from the studied sets too, so leaving a set out means any of them: `--cv` is `--cv-studied`.
const crossValidate = args.includes('--cv') || args.includes('--cv-studied');
const margins = args.flatMap((a, i) => (args[i - 1] === '--margin' ? [Number(a)] : []));
if (crossValidate && args.includes('--wrong')) listWrongReturns(await outletTrainingData(root), margins[0] ?? 0.75);
else if (crossValidate) crossValidateStudied(await outletTrainingData(root), margins);
else {
  // `--score` picks at the margin this run's training chooses, not the shipped file's; writing the model needs none.
  const margin = args.includes('--score') ? chooseMargin(studiedCurve(await outletTrainingData(root), MARGINS)) : 0;
  await runChooserTraining(root, args, {
    field: 'outlet',
    what: 'outlets',
    settings: OUTLET_FIT_SETTINGS,
    trainingData: () => outletTrainingData(root),
    labelledSet: (folder) => labelledOutletSet(folder),
    modelFile: resources.outletModelFile,
    // The pooled precision/recall at each margin tried, and the one the model file carries.
    train: () => trainOutletModel(root, (line) => console.log(line)),
    pick: (candidates, weights) => pickOutlet(candidates, weights, margin),
  });
}
