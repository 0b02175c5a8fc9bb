// The nested evaluation's way of choosing the pair scorer's settings (tests/eval/event-pairs.ts, `--nested`), and the
// one the shipped model's settings come from (`--choose`): by the checks the models pass in an inner leave-one-out
// over the selections at hand (never the outer held-out one), rather than by their pair F1 — pair F1 over a few
// hundred pairs moves with one pair and rewarded weak penalties that then lost checks; checks are what is measured.
// The rules alone are a candidate too: when no setting passes more inner checks than the rules, the procedure
// answers the rules. Ties go to the candidate listed first — the rules, then union (which keeps every join the rules
// make), then the few core features before all of them, then the strongest penalty — the simpler answer when the
// data cannot tell.
import { assembleBrief } from '../../main/briefing/assemble.ts';
import { modelDecider, RULES_ONLY, WIDE_CANDIDATES } from '../../main/analysis/summary/event-pair-decider.ts';
import { fitPairModel, type FitSettings, type PairExample } from '../../main/analysis/summary/fit-pair-model.ts';
import { CORE_PAIR_FEATURES } from '../../main/analysis/summary/event-pair-features.ts';
import type { PairModel } from '../../main/analysis/summary/event-pair-model.ts';
import { FIT_SETTINGS } from '../../scripts/train-event-pairs-settings.ts';
import { scoreBrief } from '../fixtures/events/spec.ts';
import type { EventSelection } from '../fixtures/events/studied-selections.ts';

export const MODES: readonly PairModel['mode'][] = ['union', 'gate', 'joiner'];

/** The candidate settings: each mode, core features before all, strongest penalty first; all at the wide floor. */
export const CHECKS_GRID: FitSettings[] = MODES.flatMap((mode) =>
  [CORE_PAIR_FEATURES, undefined].flatMap((only) =>
    [100, 30, 3].map((l2) => ({ l2, iterations: FIT_SETTINGS.iterations, mode, candidateFloor: WIDE_CANDIDATES, ...(only ? { only } : {}) })),
  ),
);

/** Checks a selection passes with a model, or with the rules alone. */
export function checksPassed(selection: EventSelection, model: PairModel | undefined): number {
  const brief = assembleBrief(selection.articles, { now: selection.now, eventPairs: model ? modelDecider(model) : RULES_ONLY });
  return scoreBrief(brief, selection.spec).filter((c) => c.pass).length;
}

/** A setting's name as the reports print it. */
export function settingName(s: FitSettings | undefined): string {
  return s ? `${s.mode} l2 ${s.l2}${s.only ? ' core' : ''}` : 'rules';
}

export interface InnerChecks {
  rules: number;
  /** Checks passed in the inner leave-one-out, one figure per CHECKS_GRID entry. */
  bySetting: number[];
}

/**
 * The checks `selections` pass with the rules, and with each setting's models, each trained without one of them
 * (`examples` holds each selection's examples, in the same order; the caller leaves the outer held-out one out of both).
 */
export function innerChecks(selections: readonly EventSelection[], examples: readonly PairExample[][]): InnerChecks {
  const rules = selections.reduce((s, sel) => s + checksPassed(sel, undefined), 0);
  const bySetting = CHECKS_GRID.map((settings) =>
    selections.reduce((s, sel, j) => s + checksPassed(sel, fitPairModel(examples.flatMap((e, n) => (n === j ? [] : e)), settings)), 0),
  );
  return { rules, bySetting };
}

/** The first setting (of those `among` allows) with the most inner checks; undefined (the rules) when `withRules` and none passes more than the rules. */
export function chosenSetting(inner: InnerChecks, among: (s: FitSettings) => boolean, withRules: boolean): FitSettings | undefined {
  let best: FitSettings | undefined;
  let bestChecks = withRules ? inner.rules : -1;
  CHECKS_GRID.forEach((settings, k) => {
    const passed = inner.bySetting[k] ?? -1;
    if (among(settings) && passed > bestChecks) {
      bestChecks = passed;
      best = settings;
    }
  });
  return best;
}
