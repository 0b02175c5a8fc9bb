import type { RawDocument } from '../../model/raw-document.ts';
import type { SourceLine } from '../lines/split-lines.ts';
import { outletByName } from '../metadata/known-outlets.ts';
import { outletNamesake } from '../metadata/detect-outlet.ts';
import type { Detected } from '../metadata/detected.ts';
import { chooseOutlet } from './choose-outlet.ts';
import { outletWeights } from './outlet-model-file.ts';

function sameOutlet(a: string, b: string): boolean {
  const known = outletByName(a);
  return a === b || (known !== null && known === outletByName(b));
}

/**
 * The learned chooser's outlet: its pick among the page's candidates, the rules' outlet (`rules`, detectOutlet's)
 * among them as one feature; the namesake of the page's state, as the rules resolve theirs. The rules' read — its
 * spelling and basis — when the pick is the rules' outlet.
 */
export function learnedOutlet(raw: RawDocument, lines: readonly SourceLine[], rules: Detected<string>, weights = outletWeights()): Detected<string> {
  const chosen = chooseOutlet({ raw, lines, rules: rules.value }, weights);
  if (chosen.value === null || (rules.value !== null && sameOutlet(chosen.value, rules.value))) return chosen.value === null ? chosen : rules;
  // The namesake of the page's state («الدستور» → «الدستور الأردنية»), as the rules resolve theirs: for a pick of
  // the chooser's own only (the rules' read has its namesake already), since telling it reads the whole page.
  return outletNamesake(raw, lines, chosen);
}
