// `npm run tune:ner-stage [-- <train.txt>] [--examples N] [--retrain] [--modern K] [--modern2 K] [--learner crf|perceptron|sum]
// [--losses] [--l2 C] [--step S] [--average 0|1] [--scale K] [--share S]` (train-ner-learner.ts; or ANERCORP_TRAIN=<train.txt>): the actors stage beside its own tagger on
// the tune blocks of `npm run tune:ner` (never the held-out block). For each block, a model is trained on the rest
// of the training part with the shipped settings (ner-block-model.ts: kept in tests/output/ner-tune-stage/ under a key of the data,
// settings, features and word lists, so a second run only tags; --retrain trains again). Then, with that model,
// the tagger alone and the whole stage (selectionMentions over pseudo-documents of 15 sentences, as `npm run eval
// -- actors` runs it) are scored at exact-span level per type; and every change the stage makes to the tagger's
// spans (dropped, added, retyped, bounds moved) is counted by the passes that made it, with how many turned a
// right answer wrong and a wrong one right, and N examples of each (3 by default). Each model is also trained on the
// project's own sets' training articles K times (--modern K for the first set, --modern2 K for the second, OWN_REPEATS
// by default), and each set's tune articles (every fifth, one document each) are scored with every block's model,
// pooled apart from the blocks, a line per set. The same count on the studied sets of 2020s news, with the shipped
// model: scripts/studied-stage-changes.ts (kept apart: no tuning script reads those sets).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { emptyTable } from '../main/analysis/ner/entity-scores.ts';
import type { ScoreTable } from '../main/analysis/ner/entity-scores.ts';
import { readCorpus } from '../main/analysis/ner/read-corpus.ts';
import { corpusSplit, slice, tuneBlocks } from '../main/analysis/ner/splits.ts';
import { sha256Hex } from '../main/text/sha256.ts';
import { loadGazetteer } from '../main/text/gazetteer/gazetteer.ts';
import { makeDoc, makeDocs } from '../tests/eval/entity-docs.ts';
import { blockModel } from './ner-block-model.ts';
import { line, printChanges, runBlock } from './stage-change-report.ts';
import type { Example } from './stage-change-report.ts';
import { CLASSES } from './stage-classes.ts';
import { printLosses } from './stage-losses.ts';
import type { ClassCount, ClassName } from './stage-classes.ts';
import { crfSettings, LEARNER_FLAGS } from './train-ner-learner.ts';
import { readModernSets } from './train-ner-modern.ts';
import type { OwnSetName } from './train-ner-modern.ts';
import { OWN_REPEATS } from './train-ner-settings.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const at = args.indexOf('--examples');
const examples = at >= 0 ? Number(args[at + 1]) : 3;
const repeatOption = (name: string, fallback: number): number => {
  const where = args.indexOf(name);
  return where >= 0 ? Number(args[where + 1]) : fallback;
};
const ownRepeats: Record<OwnSetName, number> = { 'modern-train-1': repeatOption('--modern', OWN_REPEATS['modern-train-1']), 'modern-train-2': repeatOption('--modern2', OWN_REPEATS['modern-train-2']) };
const retrain = args.includes('--retrain');
const losses = args.includes('--losses');
const crf = crfSettings(args);
const positional = args.filter((a, i) => !a.startsWith('--') && !['--examples', '--modern', '--modern2', ...LEARNER_FLAGS].includes(args[i - 1] ?? ''));
const file = path.resolve(positional[0] ?? process.env.ANERCORP_TRAIN ?? path.join(root, '..', 'shared', 'data', 'anercorp-train', 'train.txt'));

const raw = readFileSync(file);
const corpus = readCorpus(raw.toString('utf8'), file).sentences;
const split = corpusSplit(corpus.length);
const blocks = tuneBlocks(corpus.length);
const gazetteer = loadGazetteer();
const ownSets = readModernSets();
const training = { ownSets, ownRepeats, crf, retrain, dataName: path.basename(file), dataSha256: sha256Hex(raw) };
const ownDocs = ownSets.map((set) => set.tune.map((article) => makeDoc(article)));
const ownTotals = ownSets.map(() => ({ tagger: emptyTable(), stage: emptyTable() }));
ownSets.forEach((set, i) => console.log(`own set ${set.name}: ${set.train.length} training sentences ×${ownRepeats[set.set]}, ${ownDocs[i]?.length ?? 0} tune articles`));
const totals = { tagger: emptyTable(), stage: emptyTable() };
const changes: Example[] = [];
const classes = new Map<ClassName, ClassCount>();
const blockChanges: Example[][] = [];
for (const [name, block] of Object.entries(blocks)) {
  console.log(`block ${name}: sentences ${block.from}–${block.to - 1}`);
  const model = blockModel(name, corpus, split.train, block, gazetteer, training);
  const tagger = emptyTable();
  const stage = emptyTable();
  blockChanges.push(runBlock(makeDocs(slice(corpus, block)), model, gazetteer, tagger, stage, changes, classes));
  console.log(`  tagger alone  ${line(tagger)}\n  actors stage  ${line(stage)}`);
  const sums: [ScoreTable, ScoreTable][] = [[tagger, totals.tagger], [stage, totals.stage]];
  ownSets.forEach((set, i) => {
    const ownTagger = emptyTable();
    const ownStage = emptyTable();
    runBlock(ownDocs[i] ?? [], model, gazetteer, ownTagger, ownStage, [], new Map());
    console.log(`  ${set.name} tune, tagger alone  ${line(ownTagger)}\n  ${set.name} tune, actors stage  ${line(ownStage)}`);
    const all = ownTotals[i];
    if (all !== undefined) sums.push([ownTagger, all.tagger], [ownStage, all.stage]);
  });
  for (const [mine, all] of sums) {
    for (const k of Object.keys(all) as (keyof ScoreTable)[]) for (const c of ['found', 'gold', 'correct'] as const) all[k][c] += mine[k][c];
  }
}
console.log(`\nthe ${Object.keys(blocks).length} blocks pooled (P/R/F1 per type)\n  tagger alone  ${line(totals.tagger)}\n  actors stage  ${line(totals.stage)}`);
ownSets.forEach((set, i) => {
  const all = ownTotals[i];
  if (all !== undefined) console.log(`${set.name}'s tune articles, pooled over the ${Object.keys(blocks).length} blocks' models\n  tagger alone  ${line(all.tagger)}\n  actors stage  ${line(all.stage)}`);
});

// The issue-12 classes (scripts/stage-classes.ts): gold spans of each found exactly, and the stage's misses.
console.log('\nclasses by the word before the gold name: gold, found exactly by the tagger, by the stage');
for (const cls of CLASSES) {
  const c = classes.get(cls) ?? { gold: 0, tagger: 0, stage: 0, missed: [] };
  console.log(`  ${cls}: ${c.gold} gold, tagger ${c.tagger}, stage ${c.stage}`);
  for (const m of c.missed.slice(0, examples)) console.log(`        ${m}`);
}

printChanges('the stage\'s changes to the tagger\'s spans', changes, totals.stage, examples);
if (losses) printLosses(Object.keys(blocks), blockChanges, examples);

