import type { RawDocument } from '../../model/raw-document.ts';
import type { ClassifiedLine } from '../clean/classify-lines.ts';
import { bestChoice } from '../choice/fit-choice.ts';
import { lineKey } from '../lines/line-key.ts';
import { UNKNOWN, type Detected } from '../metadata/detected.ts';
import { authorCandidates } from './author-candidates.ts';
import { authorWeights } from './author-model-file.ts';

/**
 * The learned chooser's author: the best-scored of the page's candidates under `weights` (author-candidates.ts), the
 * rules' author (`rules`, detectAuthor's) among them as one feature. The rules' read — its spelling and basis — when
 * the pick is the rules' name; a name of its own is explicit when a cue word or the page's field states it; unknown
 * when «no author» wins.
 */
export function learnedAuthor(raw: RawDocument, lines: readonly ClassifiedLine[], outlet: string | null, rules: Detected<string>, weights = authorWeights()): Detected<string> {
  const candidates = authorCandidates({ raw, lines, outlet, rules: rules.value });
  const best = candidates[bestChoice(candidates, weights)];
  if (best?.value == null) return UNKNOWN;
  if (rules.value !== null && lineKey(rules.value) === lineKey(best.value)) return rules;
  return { value: best.value, basis: best.explicit ? 'explicit' : 'inferred' };
}
