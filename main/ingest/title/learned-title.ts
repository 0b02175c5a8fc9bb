import type { RawDocument } from '../../model/raw-document.ts';
import type { LineClassification } from '../clean/classify-lines.ts';
import { rulesTitle, titleSources } from './rules-title.ts';
import type { Detected } from '../metadata/detected.ts';
import { chooseTitle } from './choose-title.ts';
import { titleWeights } from './load-title-model.ts';
import { headlineStripper } from './title-page.ts';

/**
 * The learned chooser's title: its pick among the page's candidates (the rules' choice among them, as one feature),
 * with the rules' basis when it is the rules' title. Not the import's yet (clean-article.ts takes rulesTitle): as it
 * stands it adds about a third to the cleaning's CPU time. The metadata eval scores it beside the rules, and
 * `npm run train:title-lines -- --cv` gives its leave-one-set-out figures.
 */
export function learnedTitle(raw: RawDocument, classified: LineClassification, outlet: string | null, now: string | undefined, weights = titleWeights()): Detected<string> {
  const rules = rulesTitle(raw, classified, outlet, now);
  const page = { raw, lines: classified.lines, rules: rules.value, sources: titleSources(raw, classified, now), outlet };
  const chosen = chooseTitle(page, weights, headlineStripper(raw, outlet));
  return chosen.value === rules.value ? rules : chosen;
}
