// `npm run eval -- event-pairs`: the learned same-event pair scorer measured on selections it was not trained on
// (issue 14). For each studied selection (A–H, P and Q): a model trained on the others (scripts/train-event-pairs.ts's
// settings), then on the one left out the pair precision / recall / F1 of its verdicts and of the rules' over the
// labelled candidate pairs (every pair offered down to the wide candidate floor: tests/fixtures/events/pair-labels.ts),
// and the selection's checks passed (spec.ts) with the rules and with the model. `--modes` measures every mode
// (joiner, gate, union), not only the settings' one. `--nested` also chooses the settings themselves without the
// held-out selection: by the pair F1 of an inner leave-one-out over the others (SETTINGS_GRID), then by the
// checks passed in that inner leave-one-out (event-pairs-inner-checks.ts) — for each mode, and for the whole
// procedure with the rules a candidate — the figures for the procedure, not for settings picked after seeing every
// selection's score. `--choose` runs the inner-checks procedure on all of them: the settings the shipped model takes.
import { assembleBrief } from '../../main/briefing/assemble.ts';
import { fitPairModel, modelVerdict, pairScores, type PairExample } from '../../main/analysis/summary/fit-pair-model.ts';
import type { PairModel } from '../../main/analysis/summary/event-pair-model.ts';
import type { FitSettings } from '../../main/analysis/summary/fit-pair-model.ts';
import { selectionExamples } from '../../scripts/event-pair-examples.ts';
import { FIT_SETTINGS } from '../../scripts/train-event-pairs-settings.ts';
import { scoreBrief } from '../fixtures/events/spec.ts';
import { STUDIED_SELECTIONS } from '../fixtures/events/studied-selections.ts';
import { CHECKS_GRID, checksPassed, chosenSetting, innerChecks, MODES, settingName } from './event-pairs-inner-checks.ts';
import { WIDE_CANDIDATES } from '../../main/analysis/summary/event-pair-decider.ts';


const SETTINGS_GRID: FitSettings[] = [0.1, 1, 3, 10, 30].flatMap((l2) => (['joiner', 'gate', 'union'] as const).map((mode) => ({ l2, iterations: FIT_SETTINGS.iterations, mode, candidateFloor: WIDE_CANDIDATES })));

/** The settings of the grid whose models, each trained without one of `sets`, give the pooled best pair F1 on it. */
function innerChoice(sets: readonly PairExample[][]): FitSettings {
  let best = FIT_SETTINGS;
  let bestF = -1;
  for (const settings of SETTINGS_GRID) {
    const pooled = sets.flatMap((held, k) => {
      const model = fitPairModel(sets.flatMap((e, n) => (n === k ? [] : e)), settings);
      return held.map((e) => ({ ...e, rules: modelVerdict(model, e) }));
    });
    const { f } = pairScores(pooled, (e) => e.rules);
    if (f > bestF + 1e-12) {
      bestF = f;
      best = settings;
    }
  }
  return best;
}

function nested(examples: readonly PairExample[][]): void {
  console.log('\nnested: settings chosen without the held-out selection');
  let rules = 0;
  let model = 0;
  let all = 0;
  for (const [k, { letter, selection }] of STUDIED_SELECTIONS.entries()) {
    const others = examples.filter((_, n) => n !== k);
    const settings = innerChoice(others);
    const m = fitPairModel(others.flat(), settings);
    const r = checksPassed(selection, undefined);
    const p = checksPassed(selection, m);
    rules += r;
    model += p;
    all += scoreBrief(assembleBrief(selection.articles, { now: selection.now }), selection.spec).length;
    console.log(`${letter}  l2 ${settings.l2} ${settings.mode}  pair F ${pairScores(examples[k] ?? [], (e) => modelVerdict(m, e)).f.toFixed(2)}  checks rules ${r}  model ${p}`);
  }
  console.log(`all  checks rules ${rules}/${all}  model ${model}/${all}`);
  nestedByChecks(examples);
}

/**
 * The nested figure with the settings chosen by inner checks passed (event-pairs-inner-checks.ts): for each held-out
 * selection, the best setting of each mode on the other seven (its model's checks on the held-out one beside the
 * rules'), and the procedure's own answer, the rules among its candidates.
 */
function nestedByChecks(examples: readonly PairExample[][]): void {
  console.log('\nnested, settings chosen by inner checks passed (each mode; then the procedure, the rules a candidate)');
  console.log(`held out  rules  ${MODES.map((m) => `${m}: chosen checks`).join('  ')}  procedure: chosen checks`);
  const total = { rules: 0, modes: MODES.map(() => 0), procedure: 0 };
  for (const [k, { letter, selection }] of STUDIED_SELECTIONS.entries()) {
    const others = STUDIED_SELECTIONS.filter((_, n) => n !== k).map((s) => s.selection);
    const otherExamples = examples.filter((_, n) => n !== k);
    const inner = innerChecks(others, otherExamples);
    const held = (settings: FitSettings | undefined): number => (settings ? checksPassed(selection, fitPairModel(otherExamples.flat(), settings)) : checksPassed(selection, undefined));
    const r = held(undefined);
    total.rules += r;
    const cells = MODES.map((mode, n) => {
      const settings = chosenSetting(inner, (s) => s.mode === mode, false);
      const p = held(settings);
      total.modes[n] = (total.modes[n] ?? 0) + p;
      return `${settingName(settings)} ${p}`;
    });
    const procedure = chosenSetting(inner, () => true, true);
    const p = held(procedure);
    total.procedure += p;
    console.log(`${letter.padEnd(8)}  ${String(r).padStart(5)}  ${cells.join('  ')}  ${settingName(procedure)} ${p}`);
  }
  console.log(`all       ${String(total.rules).padStart(5)}  ${MODES.map((m, n) => `${m} ${total.modes[n] ?? 0}`).join('  ')}  procedure ${total.procedure}`);
}

/** `--choose`: the procedure run on every studied selection — the settings the shipped model is trained with. */
function choose(examples: readonly PairExample[][]): void {
  const inner = innerChecks(STUDIED_SELECTIONS.map((s) => s.selection), examples);
  console.log(`\ninner checks on every studied selection (each scored by a model trained on the others): rules ${inner.rules}`);
  CHECKS_GRID.forEach((s, k) => console.log(`  ${settingName(s).padEnd(18)} ${inner.bySetting[k] ?? 0}`));
  console.log(`chosen: ${settingName(chosenSetting(inner, () => true, true))}; best model: ${settingName(chosenSetting(inner, () => true, false))}`);
}

const prf = (s: { p: number; r: number; f: number }): string => `${s.p.toFixed(2)} ${s.r.toFixed(2)} ${s.f.toFixed(2)}`;

/** The section's entry point (tests/eval/run.ts). */
export async function evalEventPairs(): Promise<void> {
  const modes: PairModel['mode'][] = process.argv.includes('--modes') ? ['joiner', 'gate', 'union'] : [FIT_SETTINGS.mode];
  const examples = STUDIED_SELECTIONS.map(({ selection }) => selectionExamples(selection));
  const total = { rules: 0, checks: 0, model: new Map<string, number>() };
  // Every held-out pair with each verdict on it (the rules', and each mode's model trained without its selection).
  const verdicts: { same: boolean; rules: boolean; modes: boolean[] }[] = [];
  console.log(`held out  pairs  rules P R F     checks  ${modes.map((m) => `${m}: P R F  checks`).join('  ')}`);
  for (const [k, { letter, selection }] of STUDIED_SELECTIONS.entries()) {
    const held = examples[k] ?? [];
    const train: PairExample[] = examples.flatMap((e, n) => (n === k ? [] : e));
    const rulesChecks = checksPassed(selection, undefined);
    const all = scoreBrief(assembleBrief(selection.articles, { now: selection.now }), selection.spec).length;
    total.rules += rulesChecks;
    total.checks += all;
    const models = modes.map((mode) => fitPairModel(train, { ...FIT_SETTINGS, mode }));
    for (const e of held) verdicts.push({ same: e.same, rules: e.rules, modes: models.map((m) => modelVerdict(m, e)) });
    const cells = modes.map((mode, n) => {
      const model = models[n] as PairModel;
      const passed = checksPassed(selection, model);
      total.model.set(mode, (total.model.get(mode) ?? 0) + passed);
      return `${prf(pairScores(held, (e) => modelVerdict(model, e)))} t${model.threshold.toFixed(2)}  ${String(passed).padStart(2)}/${all}`;
    });
    console.log(`${letter.padEnd(8)}  ${String(held.length).padStart(5)}  ${prf(pairScores(held, (e) => e.rules))}  ${String(rulesChecks).padStart(2)}/${all}   ${cells.join('  ')}`);
  }
  const pooled = (verdict: (v: (typeof verdicts)[number]) => boolean): string =>
    prf(pairScores(verdicts.map((v) => ({ features: [], same: v.same, rules: verdict(v) })), (e) => e.rules));
  console.log(`all       rules ${pooled((v) => v.rules)} checks ${total.rules}/${total.checks}  ${modes.map((m, n) => `${m} ${pooled((v) => v.modes[n] === true)} checks ${total.model.get(m) ?? 0}/${total.checks}`).join('  ')}`);
  if (process.argv.includes('--nested')) nested(examples);
  if (process.argv.includes('--choose')) choose(examples);
}
