// `npm run train:title-lines`: trains the learned title chooser on every labelled format set (TRAINING_SETS) and
// writes its weights to models/title-lines/title-lines.json, reproducibly (full-batch gradient descent: same pages,
// same bytes). `-- --cv` instead measures transfer: for each set, trains on all the others and scores the one left
// out, rules beside model. `-- --score <folder>` trains on every set and scores a set it was not trained on.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bestChoice, fitChoice } from '../main/ingest/title/fit-choice.ts';
import { resources } from '../main/resources.ts';
import { encodeTitleModel } from '../main/ingest/title/title-model-file.ts';
import { labelledSet, labelledSets, sameTitle, type LabelledPage } from './title-lines-data.ts';
import { currentTitleInputs } from './title-lines-inputs.ts';
import { FROZEN_READS_FILE, IMPORT_DATE, ITERATIONS, L2, LEARNING_RATE, TRAINING_SETS } from './train-title-lines-settings.ts';
import { readFrozenReads, type FrozenReads } from './frozen-reads-file.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const formats = path.join(root, 'tests', 'fixtures', 'formats');
const args = process.argv.slice(2);
const VERBOSE = args.includes('--verbose');
const settings = { iterations: ITERATIONS, learningRate: LEARNING_RATE, l2: L2 };

interface Counts { correct: number; returned: number; expected: number }
type Scores = Record<'today' | 'rules' | 'model', Counts>;

/**
 * Title precision and recall on `pages`, as the metadata eval counts them: of today's rules, of the rules the
 * candidates were built with (frozen before the set was studied, where there are such) and of `weights`.
 */
function score(pages: readonly LabelledPage[], weights: ReadonlyMap<string, number>): Scores {
  const scores: Scores = { today: { correct: 0, returned: 0, expected: 0 }, rules: { correct: 0, returned: 0, expected: 0 }, model: { correct: 0, returned: 0, expected: 0 } };
  for (const p of pages) {
    const chosen = p.candidates[bestChoice(p.candidates, weights)]?.value ?? null;
    if (VERBOSE && !sameTitle(chosen, p.expected) && (chosen !== null || p.expected !== null)) console.log(`  model miss ${p.name}: expected ${p.expected ?? '—'}, chose ${chosen ?? '—'} (rules: ${p.rules ?? '—'})`);
    for (const [c, value] of [[scores.today, p.today], [scores.rules, p.rules], [scores.model, chosen]] as const) {
      if (p.expected !== null) c.expected++;
      if (value !== null) c.returned++;
      if (sameTitle(value, p.expected)) c.correct++;
    }
  }
  return scores;
}

const pct = (n: number, d: number): string => (d === 0 ? ' n/a' : ((100 * n) / d).toFixed(0).padStart(4));
const pr = (c: Counts): string => `P${pct(c.correct, c.returned)} R${pct(c.correct, c.expected)}`;
const row = (label: string, s: Scores): string => `${label.padEnd(14)} ${pr(s.today)}   ${pr(s.rules)}   ${pr(s.model)}   (${s.rules.expected} titles)`;
const HEADER = `${'set'.padEnd(14)} rules today    rules frozen   model`;

async function crossValidate(): Promise<void> {
  const data = await labelledSets(formats, TRAINING_SETS, IMPORT_DATE, frozen());
  console.log('leave-one-set-out: trained on every other set, scored on the one named; title P = correct / returned, R = correct / expected');
  console.log('rules today: mended on every set (not a transfer figure); rules frozen: before the set was studied (FROZEN_RULES); model: its rules feature is the frozen rules\' choice');
  console.log(HEADER);
  const sums = { todayP: 0, todayR: 0, rulesP: 0, rulesR: 0, modelP: 0, modelR: 0, n: 0 };
  for (const held of TRAINING_SETS) {
    const training = TRAINING_SETS.filter((s) => s !== held).flatMap((s) => data.get(s) ?? []);
    const s = score(data.get(held) ?? [], fitChoice(training, settings));
    console.log(row(held, s));
    if (held === 'tuned') continue;
    sums.todayP += s.today.correct / s.today.returned; sums.todayR += s.today.correct / s.today.expected;
    sums.rulesP += s.rules.correct / s.rules.returned; sums.rulesR += s.rules.correct / s.rules.expected;
    sums.modelP += s.model.correct / s.model.returned; sums.modelR += s.model.correct / s.model.expected;
    sums.n++;
  }
  const avg = (v: number): string => ((100 * v) / sums.n).toFixed(1);
  console.log(`mean of the untouched sets: rules today P ${avg(sums.todayP)} R ${avg(sums.todayR)}, rules frozen P ${avg(sums.rulesP)} R ${avg(sums.rulesR)}, model P ${avg(sums.modelP)} R ${avg(sums.modelR)}`);
}

/** A set no rules were mended on, scored with the weights trained on every set: there rules today are frozen rules. */
async function scoreApart(folder: string): Promise<void> {
  const data = await labelledSets(formats, TRAINING_SETS, IMPORT_DATE, frozen());
  const weights = fitChoice([...data.values()].flat(), settings);
  console.log('trained on every set of TRAINING_SETS; the set named has no frozen reads, so its rules frozen are the rules today');
  console.log(HEADER);
  console.log(row(path.basename(folder), score(await labelledSet(path.resolve(folder), IMPORT_DATE), weights)));
}

function frozen(): FrozenReads {
  return readFrozenReads(path.join(root, FROZEN_READS_FILE));
}

async function train(): Promise<void> {
  const data = await labelledSets(formats, TRAINING_SETS, IMPORT_DATE, frozen());
  const weights = fitChoice([...data.values()].flat(), settings);
  const out = resources.titleModelFile;
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(`${out}.tmp`, encodeTitleModel(currentTitleInputs(root), weights));
  renameSync(`${out}.tmp`, out);
  console.log(`wrote ${path.relative(root, out)} (${weights.size} weights, ${[...data.values()].flat().length} pages)`);
}

const scoreAt = args.indexOf('--score');
try {
  if (args.includes('--cv')) await crossValidate();
  else if (scoreAt >= 0) await scoreApart(args[scoreAt + 1] ?? '');
  else await train();
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
}
