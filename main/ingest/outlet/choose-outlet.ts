import type { Detected } from '../metadata/detected.ts';
import { UNKNOWN } from '../metadata/detected.ts';
import { bestChoice, choiceScore } from '../choice/fit-choice.ts';
import { outletCandidates, type OutletPage } from './outlet-candidates.ts';

/**
 * How far a name must score above «no outlet» to be taken: a wrong outlet miscounts a brief's independent sources,
 * so a close call abstains. Chosen by leave-one-set-out on the training sets (`npm run train:outlets -- --cv`, mean
 * of the sets left out): 0 → 0.5 took P from 88.3 to 90.5 as R went from 78.9 to 77.3; 1 gave P 90.7 for R 73.7.
 */
export const ABSTAIN_MARGIN = 0.5;

/** The index of the candidate the chooser takes: the best-scored, unless it beats «no outlet» by less than `margin`. */
export function pickOutlet(candidates: readonly { value: string | null; features: ReadonlyMap<string, number> }[], weights: ReadonlyMap<string, number>, margin = ABSTAIN_MARGIN): number {
  const best = bestChoice(candidates, weights);
  const none = candidates.findIndex((c) => c.value === null);
  const top = candidates[best];
  const abstain = candidates[none];
  if (top === undefined || abstain === undefined || best === none) return best;
  return choiceScore(top.features, weights) - choiceScore(abstain.features, weights) < margin ? none : best;
}

/** The outlet the learned chooser takes (pickOutlet; explicit when the page states it). Unknown when «no outlet» wins. */
export function chooseOutlet(page: OutletPage, weights: ReadonlyMap<string, number>): Detected<string> {
  const candidates = outletCandidates(page);
  const best = candidates[pickOutlet(candidates, weights)];
  if (best?.value == null) return UNKNOWN;
  return { value: best.value, basis: best.explicit ? 'explicit' : 'inferred' };
}
