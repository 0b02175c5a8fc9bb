import { PLANNED_MARK } from '../brief-labels.ts';

/** The note that marks an item the analyst changed or wrote, so a reader knows it is not as assembled. */
export const EDITED_MARK = '(معدّل)';
export const MANUAL_MARK = '(أضافه المحلل)';

/** Words of the citation notes and the source list. */
export const SOURCE_WORDS = {
  source: 'المصدر',
  unknownOutlet: 'جهة نشر غير معروفة',
  untitled: 'بلا عنوان',
  undated: 'بلا تاريخ',
  approximate: 'تقريباً',
  planned: PLANNED_MARK,
} as const;
