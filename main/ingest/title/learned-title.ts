import type { RawDocument } from '../../model/raw-document.ts';
import type { LineClassification } from '../clean/classify-lines.ts';
import { rulesTitleOf, titleSources, type TitleSources } from './rules-title.ts';
import type { Detected } from '../metadata/detected.ts';
import { chooseTitle } from './choose-title.ts';
import { titleWeights } from './load-title-model.ts';
import { headlineStripper } from './title-page.ts';

/** What the rules read on a page, when the caller has read it already (the import: read-title.ts). */
export interface RulesRead {
  rules: Detected<string>;
  sources: TitleSources;
}

/**
 * The learned chooser's title: its pick among the page's candidates (the rules' choice among them, as one feature),
 * with the rules' basis when it is the rules' title. The rules' read is taken from `read` when given (never read
 * twice), else read here.
 */
export function learnedTitle(raw: RawDocument, classified: LineClassification, outlet: string | null, now: string | undefined, weights = titleWeights(), read?: RulesRead): Detected<string> {
  const sources = read?.sources ?? titleSources(raw, classified, now);
  const rules = read?.rules ?? rulesTitleOf(raw, classified, outlet, sources);
  const page = { raw, lines: classified.lines, rules: rules.value, sources, outlet };
  const chosen = chooseTitle(page, weights, headlineStripper(raw, outlet));
  return chosen.value === rules.value ? rules : chosen;
}
