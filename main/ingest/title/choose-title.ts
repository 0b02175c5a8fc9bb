import type { Detected } from '../metadata/detected.ts';
import { UNKNOWN } from '../metadata/detected.ts';
import { prunedBest } from './pruned-choice.ts';
import type { TitlePage } from './title-candidates.ts';

/**
 * The title the learned chooser takes: the best-scored of the page's candidates under `weights`, its headline
 * furniture taken off by `strip` (inferred; explicit when it is the declared title). Unknown when «no title» wins.
 * Only the lines that can still win are stripped (prunedBest): the pick is bestChoice's over titleCandidates.
 */
export function chooseTitle(page: TitlePage, weights: ReadonlyMap<string, number>, strip: (line: string) => string | null): Detected<string> {
  const best = prunedBest(page, weights, strip);
  if (best.value === null) return UNKNOWN;
  const declared = page.raw.declared.title?.trim();
  return { value: best.value, basis: best.features.has('src:declared') && best.value === declared ? 'explicit' : 'inferred' };
}
