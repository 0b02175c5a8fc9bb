import type { Detected } from '../metadata/detected.ts';
import { UNKNOWN } from '../metadata/detected.ts';
import { bestChoice, choiceScore } from '../choice/fit-choice.ts';
import { outletCandidates, type OutletPage } from './outlet-candidates.ts';

/**
 * The index of the candidate the chooser takes: the best-scored, unless it beats «no outlet» by less than `margin`. A
 * wrong outlet miscounts a brief's independent sources, so a close call abstains; the shipped margin is the model's
 * (outletMargin: chosen by `npm run train:outlets` on the studied sets left out in turn), which learnedOutlet passes.
 */
export function pickOutlet(candidates: readonly { value: string | null; features: ReadonlyMap<string, number> }[], weights: ReadonlyMap<string, number>, margin: number): number {
  const best = bestChoice(candidates, weights);
  const none = candidates.findIndex((c) => c.value === null);
  const top = candidates[best];
  const abstain = candidates[none];
  if (top === undefined || abstain === undefined || best === none) return best;
  return choiceScore(top.features, weights) - choiceScore(abstain.features, weights) < margin ? none : best;
}

/** The outlet the learned chooser takes (pickOutlet; explicit when the page states it). Unknown when «no outlet» wins. */
export function chooseOutlet(page: OutletPage, weights: ReadonlyMap<string, number>, margin: number): Detected<string> {
  const candidates = outletCandidates(page);
  const best = candidates[pickOutlet(candidates, weights, margin)];
  if (best?.value == null) return UNKNOWN;
  return { value: best.value, basis: best.explicit ? 'explicit' : 'inferred' };
}
