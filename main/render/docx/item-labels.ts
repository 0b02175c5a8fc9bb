import { PLANNED_MARK } from '../brief-labels.ts';
import { MISSING_SOURCE_WORDS } from '../shared/source-fields.ts';

/** Words of the citation notes and the timeline's date marks; the source list's are ../shared/source-fields.ts's. */
export const SOURCE_WORDS = {
  source: 'المصدر',
  unknownOutlet: MISSING_SOURCE_WORDS.outlet,
  approximate: 'تقريباً',
  planned: PLANNED_MARK,
} as const;
