import type { RawDocument } from '../../model/raw-document.ts';
import type { SourceLine } from '../lines/split-lines.ts';
import { detectOutlet } from '../metadata/detect-outlet.ts';
import type { Detected } from '../metadata/detected.ts';
import { learnedOutlet } from './learned-outlet.ts';

/** Which reader gives the import its outlet: the hand-written rules (detectOutlet) or the learned chooser over them. */
export type OutletReader = 'rules' | 'learned';

/**
 * The import's outlet reader: the one switch between the rules and the learned chooser (learned-outlet.ts). The rules
 * until the chooser is measured on a set written apart from its training and found better there
 * (`npm run eval -- metadata --sets untouched-10`, its «outlet, learned chooser» row). Switched, the chooser adds its
 * own work to the rules' (tests/bench/choice-cost.ts: about a tenth of the cleaning's CPU time on the import bench's
 * articles, a quarter on the format sets' short pages).
 */
export const IMPORT_OUTLET_READER: OutletReader = 'rules';

/** The page's outlet as `reader` reads it (the import's reader unless told). */
export function readOutlet(raw: RawDocument, lines: readonly SourceLine[], reader: OutletReader = IMPORT_OUTLET_READER): Detected<string> {
  const rules = detectOutlet(raw, lines);
  return reader === 'learned' ? learnedOutlet(raw, lines, rules) : rules;
}
