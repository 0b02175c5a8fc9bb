import type { RawDocument } from '../../model/raw-document.ts';
import type { SourceLine } from '../lines/split-lines.ts';
import { detectOutlet } from '../metadata/detect-outlet.ts';
import type { Detected } from '../metadata/detected.ts';
import { learnedOutlet } from './learned-outlet.ts';

/** Which reader gives the import its outlet: the hand-written rules (detectOutlet) or the learned chooser over them. */
export type OutletReader = 'rules' | 'learned';

/**
 * The import's outlet reader: the one switch between the rules and the learned chooser (learned-outlet.ts). The rules
 * stay: the chooser reads better on the studied sets left out in turn (`npm run train:outlets -- --cv-studied`: pooled
 * P 85.2 / R 74.6 against the frozen rules' 77.0 / 59.0 with train-12 in the pool, 37447ad2; f02d420b's 85.4 / 75.1
 * against 76.1 / 59.3 is the pool before train-12 joined it), but it fails three of the rules' cases (clean/unseen.test.ts
 * 06, outlet-by-position.test.ts, outlet-precision.test.ts) and costs ×1.22 of cleaning's CPU (37447ad2, 7 rounds).
 */
export const IMPORT_OUTLET_READER: OutletReader = 'rules';

/** The page's outlet as `reader` reads it (the import's reader unless told). */
export function readOutlet(raw: RawDocument, lines: readonly SourceLine[], reader: OutletReader = IMPORT_OUTLET_READER): Detected<string> {
  const rules = detectOutlet(raw, lines);
  return reader === 'learned' ? learnedOutlet(raw, lines, rules) : rules;
}
