import type { RawDocument } from '../../model/raw-document.ts';
import type { SourceLine } from '../lines/split-lines.ts';
import { detectOutlet } from '../metadata/detect-outlet.ts';
import type { Detected } from '../metadata/detected.ts';
import { learnedOutlet } from './learned-outlet.ts';

/** Which reader gives the import its outlet: the hand-written rules (detectOutlet) or the learned chooser over them. */
export type OutletReader = 'rules' | 'learned';

/**
 * The import's outlet reader: the one switch between the rules and the learned chooser (learned-outlet.ts). The rules
 * still: outlet18 measured the chooser better than the rules, each as the import cites its outlet, on every studied
 * set left out of its training in turn (`npm run train:outlets -- --cv-studied`, pooled P 85.4 / R 75.1 against the
 * rules frozen before each set was studied, P 76.1 / R 59.3) and on both sets written apart (`npm run eval --
 * metadata`: untouched-19 P 65 / R 63 against 59 / 49, untouched-20 61 / 59 against 56 / 44), but switched it gave two
 * of the five seeds a wrong outlet, one their story cites («قال مصدر حكومي لقناة "الجزيرة"» on عنب بلدي's own page,
 * whose appeal the rules read; «وفق تقرير لوكالة الأناضول» on a page naming none), both from the one source that reads
 * the whole story, the names it was told things by (form-sources.ts: toldNames). Switched, the chooser adds its own work to the rules'
 * (whose outlet is one of its features): about a quarter of the cleaning's CPU time on the import bench's articles
 * (outlet18, 7 interleaved rounds), a fifth of it that same source's.
 */
export const IMPORT_OUTLET_READER: OutletReader = 'rules';

/** The page's outlet as `reader` reads it (the import's reader unless told). */
export function readOutlet(raw: RawDocument, lines: readonly SourceLine[], reader: OutletReader = IMPORT_OUTLET_READER): Detected<string> {
  const rules = detectOutlet(raw, lines);
  return reader === 'learned' ? learnedOutlet(raw, lines, rules) : rules;
}
