import type { Detected } from '../metadata/detected.ts';
import { UNKNOWN } from '../metadata/detected.ts';
import { bestChoice } from '../choice/fit-choice.ts';
import { outletCandidates, type OutletPage } from './outlet-candidates.ts';

/** The outlet the learned chooser takes: the best-scored of the page's candidates under `weights` (explicit when the page states it). Unknown when «no outlet» wins. */
export function chooseOutlet(page: OutletPage, weights: ReadonlyMap<string, number>): Detected<string> {
  const candidates = outletCandidates(page);
  const best = candidates[bestChoice(candidates, weights)];
  if (best?.value == null) return UNKNOWN;
  return { value: best.value, basis: best.explicit ? 'explicit' : 'inferred' };
}
