import type { RawDocument } from '../../model/raw-document.ts';
import type { SourceLine } from '../lines/split-lines.ts';
import { knownOutlets, outletByName } from '../metadata/known-outlets.ts';
import { outletShortForms } from '../metadata/outlet-country.ts';
import { matchKey, normalise } from '../../text/arabic/index.ts';
import { outletNamesake } from '../metadata/detect-outlet.ts';
import type { Detected } from '../metadata/detected.ts';
import { chooseOutlet } from './choose-outlet.ts';
import { outletMargin, outletWeights } from './outlet-model-file.ts';

function sameOutlet(a: string, b: string): boolean {
  const known = outletByName(a);
  return a === b || (known !== null && known === outletByName(b));
}

/**
 * The learned chooser's outlet: its pick among the page's candidates, the rules' outlet (`rules`, detectOutlet's)
 * among them as one feature; the namesake of the page's state, as the rules resolve theirs. The rules' read — its
 * spelling and basis — when the pick is the rules' outlet.
 */
export function learnedOutlet(raw: RawDocument, lines: readonly SourceLine[], rules: Detected<string>, weights = outletWeights(), margin = outletMargin()): Detected<string> {
  const chosen = chooseOutlet({ raw, lines, rules: rules.value }, weights, margin);
  if (chosen.value === null || (rules.value !== null && sameOutlet(chosen.value, rules.value))) return chosen.value === null ? chosen : rules;
  // The namesake of the page's state («الدستور» → «الدستور الأردنية»), as the rules resolve theirs: for a pick of
  // the chooser's own only (the rules' read has its namesake already), since telling it reads the whole page.
  return mayHaveNamesake(chosen.value) ? outletNamesake(raw, lines, chosen) : chosen;
}

/** A name's keys as the namesake readers compare them: whole, and without a first word (an outlet word they strip). */
function keysOf(name: string): string[] {
  const key = matchKey(normalise(name).replace(/["'«»“”‘’()[\]]/gu, ' ')).trim();
  const rest = key.split(' ').slice(1).join(' ');
  return rest === '' ? [key] : [key, rest];
}

// Every key a name could be read as a namesake by (outletNamesake: a listed name or alias, one
// its first words open, a short form), found once: telling a namesake reads the whole page for its state, and most
// of the chooser's own picks — names the list lacks — can have none.
let namesakeKeys: Set<string> | null = null;
export function mayHaveNamesake(name: string): boolean {
  if (outletByName(name) !== null) return true;
  if (namesakeKeys === null) {
    namesakeKeys = new Set();
    for (const outlet of knownOutlets()) {
      for (const form of outletShortForms(outlet)) namesakeKeys.add(form);
      for (const written of [outlet.name, ...outlet.aliases]) {
        for (const key of keysOf(written)) {
          const words = key.split(' ');
          for (let n = 1; n <= words.length; n++) namesakeKeys.add(words.slice(0, n).join(' '));
        }
      }
    }
  }
  const keys = namesakeKeys;
  return keysOf(name).some((k) => keys.has(k));
}
