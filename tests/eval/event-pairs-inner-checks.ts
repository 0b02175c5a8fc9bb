// The nested evaluation's second way of choosing the pair scorer's settings (tests/eval/event-pairs.ts, `--nested`):
// by the checks the models pass in an inner leave-one-out over the selections other than the held-out one, rather
// than by their pair F1. Pair F1 over a few hundred pairs moves with one pair and rewarded weak penalties that then
// lost checks; checks are what is measured. The rules alone are a candidate too: when no setting passes more inner
// checks than the rules, the procedure answers the rules. Ties go to the candidate listed first — the rules, then the
// strongest penalty, then union (which keeps every join the rules make) — the simpler answer when the data cannot tell.
import { assembleBrief } from '../../main/briefing/assemble.ts';
import { modelDecider, RULES_ONLY } from '../../main/analysis/summary/event-pair-decider.ts';
import { fitPairModel, type FitSettings, type PairExample } from '../../main/analysis/summary/fit-pair-model.ts';
import { CORE_PAIR_FEATURES } from '../../main/analysis/summary/event-pair-features.ts';
import type { PairModel } from '../../main/analysis/summary/event-pair-model.ts';
import { FIT_SETTINGS } from '../../scripts/train-event-pairs-settings.ts';
import { scoreBrief } from '../fixtures/events/spec.ts';
import type { EventSelection } from '../fixtures/events/studied-selections.ts';

/** The candidate settings, strongest penalty first; joiner is left out (it drops the rules' joins, and lost every inner pair F comparison). */
export const CHECKS_GRID: FitSettings[] = [CORE_PAIR_FEATURES, undefined].flatMap((only) =>
  [100, 30, 3].flatMap((l2) => (['union', 'gate'] as const).map((mode) => ({ l2, iterations: FIT_SETTINGS.iterations, mode, ...(only ? { only } : {}) }))),
);

/** Checks a selection passes with a model, or with the rules alone. */
export function checksPassed(selection: EventSelection, model: PairModel | undefined): number {
  const brief = assembleBrief(selection.articles, { now: selection.now, eventPairs: model ? modelDecider(model) : RULES_ONLY });
  return scoreBrief(brief, selection.spec).filter((c) => c.pass).length;
}

/**
 * The settings whose models, each trained without one of `selections` (and never on `examples` of the outer held-out
 * one, which the caller leaves out of both), pass the most of those selections' checks; undefined when the rules pass
 * as many.
 */
export function innerChoiceByChecks(selections: readonly EventSelection[], examples: readonly PairExample[][]): FitSettings | undefined {
  let best: FitSettings | undefined;
  let bestChecks = selections.reduce((s, sel) => s + checksPassed(sel, undefined), 0);
  for (const settings of CHECKS_GRID) {
    let passed = 0;
    for (const [j, sel] of selections.entries()) {
      const model = fitPairModel(examples.flatMap((e, n) => (n === j ? [] : e)), settings);
      passed += checksPassed(sel, model);
    }
    if (passed > bestChecks) {
      bestChecks = passed;
      best = settings;
    }
  }
  return best;
}
