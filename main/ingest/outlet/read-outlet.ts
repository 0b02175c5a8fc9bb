import type { RawDocument } from '../../model/raw-document.ts';
import type { SourceLine } from '../lines/split-lines.ts';
import { detectOutlet } from '../metadata/detect-outlet.ts';
import type { Detected } from '../metadata/detected.ts';
import { findOutletMentions } from '../metadata/known-outlets.ts';
import { learnedOutlet } from './learned-outlet.ts';

/** Which reader gives the import its outlet: the hand-written rules (detectOutlet) or the learned chooser over them. */
export type OutletReader = 'rules' | 'learned';

/**
 * The import's outlet reader: the one switch between the rules and the learned chooser (learned-outlet.ts). The
 * chooser, since it reads better than the rules frozen before each studied set was studied, on those sets left out in
 * turn (`npm run train:outlets -- --cv`; the margin training picks loses to them on the fewest sets:
 * outlet-studied-cv.ts). Abstaining to the rules where the chooser abstains was measured there too and not taken: on
 * the pages it abstains on, the frozen rules' reads were right fewer than half the time, whatever kind of evidence gave them.
 */
export const IMPORT_OUTLET_READER: OutletReader = 'learned';

/** The page's outlet as `reader` reads it (the import's reader unless told). */
export function readOutlet(raw: RawDocument, lines: readonly SourceLine[], reader: OutletReader = IMPORT_OUTLET_READER): Detected<string> {
  // The chooser scans the page's whole text for outlets' names (its told forms): scanned before the rules ask line by
  // line, it answers each line's scan too (known-outlets.ts, rememberLines), and no line is scanned twice.
  if (reader === 'learned') findOutletMentions(raw.text);
  const rules = detectOutlet(raw, lines);
  return reader === 'learned' ? learnedOutlet(raw, lines, rules) : rules;
}
