import type { Detected } from '../metadata/detected.ts';
import { UNKNOWN } from '../metadata/detected.ts';
import { bestChoice } from '../choice/fit-choice.ts';
import { titleCandidates, type TitlePage } from './title-candidates.ts';

/**
 * The title the learned chooser takes: the best-scored of the page's candidates under `weights`, its headline
 * furniture taken off by `strip` (inferred; explicit when it is the declared title). Unknown when «no title» wins.
 */
export function chooseTitle(page: TitlePage, weights: ReadonlyMap<string, number>, strip: (line: string) => string | null): Detected<string> {
  const candidates = titleCandidates(page, strip);
  const best = candidates[bestChoice(candidates, weights)];
  if (best?.value == null) return UNKNOWN;
  const declared = page.raw.declared.title?.trim();
  return { value: best.value, basis: best.features.has('src:declared') && best.value === declared ? 'explicit' : 'inferred' };
}
