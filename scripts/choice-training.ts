// What the learned choosers' training scripts share: scoring a chooser's picks on labelled pages beside the rules',
// measuring transfer by leaving one format set out at a time, writing the model file and reading the command line. A page is a group of candidates (fit-choice.ts) with
// the value the set's expected.json names and what the rules read (today's, and frozen before the set was studied).
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bestChoice, fitChoice, type ChoiceGroup, type FitSettings } from '../main/ingest/choice/fit-choice.ts';

export interface LabelledPage extends ChoiceGroup {
  name: string;
  expected: string | null;
  /** The rules' choice the candidates were built with (the frozen rules' where given). */
  rules: string | null;
  /** Today's rules' choice. */
  today: string | null;
  candidates: { value: string | null; features: ReadonlyMap<string, number>; right: boolean }[];
  /** Whether a read value is the expected one, as the metadata eval compares values of this field. */
  matches: (value: string) => boolean;
}

interface Counts { correct: number; returned: number; expected: number }
export type Scores = Record<'today' | 'rules' | 'model', Counts>;

/** Which of a page's candidates a chooser takes under `weights`: the best-scored unless the chooser says otherwise. */
export type Pick = (candidates: LabelledPage['candidates'], weights: ReadonlyMap<string, number>) => number;

/**
 * Precision and recall on `pages`, as the metadata eval counts them: of today's rules, of the rules the candidates
 * were built with (frozen before the set was studied, where there are such) and of `weights`, taken by `pick`. `miss`
 * hears of every page the model gets wrong.
 */
export function scorePages(pages: readonly LabelledPage[], weights: ReadonlyMap<string, number>, miss?: (page: LabelledPage, chosen: string | null) => void, pick: Pick = bestChoice): Scores {
  const scores: Scores = { today: { correct: 0, returned: 0, expected: 0 }, rules: { correct: 0, returned: 0, expected: 0 }, model: { correct: 0, returned: 0, expected: 0 } };
  for (const p of pages) {
    const chosen = p.candidates[pick(p.candidates, weights)]?.value ?? null;
    const right = (v: string | null): boolean => v !== null && p.expected !== null && p.matches(v);
    if (miss !== undefined && !right(chosen) && (chosen !== null || p.expected !== null)) miss(p, chosen);
    for (const [c, value] of [[scores.today, p.today], [scores.rules, p.rules], [scores.model, chosen]] as const) {
      if (p.expected !== null) c.expected++;
      if (value !== null) c.returned++;
      if (right(value)) c.correct++;
    }
  }
  return scores;
}

const pct = (n: number, d: number): string => (d === 0 ? ' n/a' : ((100 * n) / d).toFixed(0).padStart(4));
const pr = (c: Counts): string => `P${pct(c.correct, c.returned)} R${pct(c.correct, c.expected)}`;
/** One row of the table: a set's P/R for today's rules, the frozen rules and the model. */
export const scoreRow = (label: string, s: Scores, what: string): string => `${label.padEnd(14)} ${pr(s.today)}   ${pr(s.rules)}   ${pr(s.model)}   (${s.rules.expected} ${what})`;
export const SCORE_HEADER = `${'set'.padEnd(14)} rules today    rules frozen   model`;

/**
 * Leave-one-set-out: for each set, trains on all the others and prints its row; then the mean P and R over the sets
 * other than `tuned` (the rules were written on it, so its frozen rules are today's).
 */
export function crossValidate(data: ReadonlyMap<string, readonly LabelledPage[]>, settings: FitSettings, what: string, miss?: (page: LabelledPage, chosen: string | null) => void, pick: Pick = bestChoice): void {
  console.log(SCORE_HEADER);
  const sums = { todayP: 0, todayR: 0, rulesP: 0, rulesR: 0, modelP: 0, modelR: 0, n: 0 };
  for (const [held, pages] of data) {
    const training = [...data].filter(([s]) => s !== held).flatMap(([, p]) => p);
    const s = scorePages(pages, fitChoice(training, settings), miss, pick);
    console.log(scoreRow(held, s, what));
    if (held === 'tuned') continue;
    const ratio = (n: number, d: number): number => (d === 0 ? 0 : n / d);
    sums.todayP += ratio(s.today.correct, s.today.returned); sums.todayR += ratio(s.today.correct, s.today.expected);
    sums.rulesP += ratio(s.rules.correct, s.rules.returned); sums.rulesR += ratio(s.rules.correct, s.rules.expected);
    sums.modelP += ratio(s.model.correct, s.model.returned); sums.modelR += ratio(s.model.correct, s.model.expected);
    sums.n++;
  }
  const avg = (v: number): string => ((100 * v) / sums.n).toFixed(1);
  console.log(`mean of the untouched sets: rules today P ${avg(sums.todayP)} R ${avg(sums.todayR)}, rules frozen P ${avg(sums.rulesP)} R ${avg(sums.rulesR)}, model P ${avg(sums.modelP)} R ${avg(sums.modelR)}`);
}

/**
 * Writes a trained model file whole or not at all (a temporary file renamed over the old one), and says what it wrote:
 * a guard test reads the file, so a training run stopped half-way must never leave half a model behind.
 */
export function writeModelFile(root: string, out: string, model: TrainedModel): void {
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(`${out}.tmp`, model.bytes);
  renameSync(`${out}.tmp`, out);
  console.log(`wrote ${path.relative(root, out)} (${model.weights} weights, ${model.pages} pages)`);
}

/** A chooser's model file as training writes it, with how many weights and pages it holds. */
export interface TrainedModel { bytes: string; weights: number; pages: number }

/**
 * Fits a chooser on every page of `data` and encodes the weights: what the training command writes, and what the
 * shipped model's guard test compares the shipped file with (so a change to the cleaner, the candidates or their
 * features that training would see fails that test until the model is retrained).
 */
export function trainModel(data: ReadonlyMap<string, readonly LabelledPage[]>, settings: FitSettings, encode: (weights: ReadonlyMap<string, number>) => string): TrainedModel {
  const pages = [...data.values()].flat();
  const weights = fitChoice(pages, settings);
  return { bytes: encode(weights), weights: weights.size, pages: pages.length };
}

/** What one chooser's training command needs: its pages, how to read a set apart, its settings and how it trains. */
export interface ChooserTraining {
  /** The field scored, «title»; and what a row counts, «titles». */
  field: string;
  what: string;
  settings: FitSettings;
  /** Every training set's labelled pages, by set name. */
  trainingData: () => Promise<Map<string, LabelledPage[]>>;
  /** The labelled pages of a set in `folder` that no rules were mended on. */
  labelledSet: (folder: string) => Promise<LabelledPage[]>;
  modelFile: string;
  train: () => Promise<TrainedModel>;
  /** How the chooser picks among the candidates, when not simply the best-weighted (the outlet chooser abstains by a margin). */
  pick?: Pick;
}

/**
 * A chooser's training command (`npm run train:title-lines`, `train:outlets`, `train:authors`): `--cv` leaves one set
 * out at a time, `--score <folder>` trains on every set and scores a set it was not trained on, otherwise it trains
 * and writes the model file; `--verbose` lists the model's misses.
 */
export async function runChooserTraining(root: string, args: readonly string[], chooser: ChooserTraining): Promise<void> {
  const miss = args.includes('--verbose')
    ? (p: LabelledPage, chosen: string | null): void => console.log(`  model miss ${p.name}: expected ${p.expected ?? '—'}, chose ${chosen ?? '—'} (rules frozen: ${p.rules ?? '—'})`)
    : undefined;
  await runTrainingCommand(args, {
    crossValidate: async () => {
      const data = await chooser.trainingData();
      console.log(`leave-one-set-out: trained on every other set, scored on the one named; ${chooser.field} P = correct / returned, R = correct / expected`);
      console.log('rules today: mended on every set (not a transfer figure); rules frozen: before the set was studied (FROZEN_RULES); model: its rules feature is the frozen rules\' choice');
      crossValidate(data, chooser.settings, chooser.what, miss, chooser.pick);
    },
    // A set no rules were mended on, scored with the weights trained on every set: there rules today are frozen rules.
    scoreApart: async (folder) => {
      const weights = fitChoice([...(await chooser.trainingData()).values()].flat(), chooser.settings);
      console.log('trained on every set of TRAINING_SETS; the set named has no frozen reads, so its rules frozen are the rules today');
      console.log(SCORE_HEADER);
      console.log(scoreRow(path.basename(folder), scorePages(await chooser.labelledSet(path.resolve(folder)), weights, miss, chooser.pick), chooser.what));
    },
    train: async () => writeModelFile(root, chooser.modelFile, await chooser.train()),
  });
}

/** The training scripts' commands: `--cv` (leave one set out), `--score <folder>` (a set apart), or train and write. */
export async function runTrainingCommand(args: readonly string[], commands: { crossValidate: () => Promise<void>; scoreApart: (folder: string) => Promise<void>; train: () => Promise<void> }): Promise<void> {
  const scoreAt = args.indexOf('--score');
  try {
    if (args.includes('--cv')) await commands.crossValidate();
    else if (scoreAt >= 0) await commands.scoreApart(args[scoreAt + 1] ?? '');
    else await commands.train();
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  }
}
