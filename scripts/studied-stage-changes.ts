// `npm run studied-stage-changes [-- --examples N] [--losses]`: what `npm run tune:ner-stage` counts on ANERcorp's tune blocks,
// on the STUDIED sets of 2020s news (tests/eval/modern-docs.ts: their READMEs say they are studied) with the shipped
// model, as the stage runs for users: the tagger alone and the stage per set, and every change the stage makes to
// the tagger's spans by the passes that made it. Only the studied sets are read, never an honest one; and no tuning
// script reads them (written-apart-never-trained.test.ts), so this one is kept apart.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { emptyTable } from '../main/analysis/ner/entity-scores.ts';
import type { ScoreTable } from '../main/analysis/ner/entity-scores.ts';
import { loadNerModel } from '../main/analysis/ner/load-model.ts';
import { loadGazetteer } from '../main/text/gazetteer/gazetteer.ts';
import { readArticles, STUDIED } from '../tests/eval/modern-docs.ts';
import { line, printChanges, runBlock } from './stage-change-report.ts';
import type { Example } from './stage-change-report.ts';
import { printLosses } from './stage-losses.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--examples');
const examples = at >= 0 ? Number(process.argv[at + 1]) : 3;
const model = loadNerModel();
const gazetteer = loadGazetteer();
const changes: Example[] = [];
const setChanges: Example[][] = [];
const pooled = { tagger: emptyTable(), stage: emptyTable() };
for (const set of Object.keys(STUDIED)) {
  const setFile = path.join(root, 'tests', 'fixtures', 'entities', set, `${set}.txt`);
  const tagger = emptyTable();
  const stage = emptyTable();
  setChanges.push(runBlock(readArticles(readFileSync(setFile, 'utf8'), setFile), model, gazetteer, tagger, stage, changes, new Map()));
  console.log(`${set} (STUDIED), the shipped model\n  tagger alone  ${line(tagger)}\n  actors stage  ${line(stage)}`);
  for (const [mine, all] of [[tagger, pooled.tagger], [stage, pooled.stage]] as const) {
    for (const k of Object.keys(all) as (keyof ScoreTable)[]) for (const c of ['found', 'gold', 'correct'] as const) all[k][c] += mine[k][c];
  }
}
console.log(`\nthe studied sets pooled\n  tagger alone  ${line(pooled.tagger)}\n  actors stage  ${line(pooled.stage)}`);
printChanges('the stage\'s changes on the studied sets', changes, pooled.stage, examples);
if (process.argv.includes('--losses')) printLosses(Object.keys(STUDIED), setChanges, examples);
