import { findDates, type DateMention } from '../../analysis/dates/index.ts';
import { normalise } from '../../analysis/arabic/index.ts';
import { maskOutletNames } from '../metadata/mask-outlets.ts';

// What may stand beside the date on a page's date line: labels, times, weekdays, calendar words.
const LABEL_WORDS = new Set(
  [
    'نشر', 'نشرت', 'منشور', 'في', 'بتاريخ', 'تاريخ', 'النشر', 'آخر', 'اخر', 'تحديث', 'التحديث', 'محدث', 'حدث', 'بتوقيت', 'توقيت', 'مكة', 'المكرمة',
    'غرينتش', 'جرينتش', 'القدس', 'بيروت', 'دمشق', 'بغداد', 'القاهرة', 'الساعة', 'منذ', 'الموافق', 'ص', 'م', 'صباحا', 'صباحًا', 'مساء', 'مساءً',
    'ظهرا', 'ه', 'هـ', 'ميلادي', 'هجري', 'السبت', 'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'يوم',
    'published', 'updated', 'last', 'on', 'at', 'am', 'pm', 'gmt', 'utc', 'posted', 'date',
  ].map((w) => normalise(w)),
);
const TIME = /\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\b/gu;

/** The date mentions of a line, read with outlet names masked (see maskOutletNames). */
export function lineDates(text: string, now?: string): DateMention[] {
  return findDates(maskOutletNames(text), now === undefined ? {} : { now });
}

/**
 * A page's date line («08 أبريل 2025، 12:07 م», «نشر في: 30-9-2019», «آخر تحديث: الأحد ٣ مارس ٢٠٢٤»):
 * a short line whose words, once its dates and times are taken out, are only labels and calendar words.
 */
export function isDateline(text: string, words: number, now?: string): boolean {
  if (words > 14) return false;
  const mentions = lineDates(text, now).filter((m) => m.kind !== 'relative');
  if (mentions.length === 0) return false;
  let rest = text;
  for (const m of [...mentions].sort((a, b) => b.start - a.start)) rest = rest.slice(0, m.start) + ' ' + rest.slice(m.end);
  const leftover = normalise(rest)
    .replace(TIME, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0 && !LABEL_WORDS.has(w) && !/^\d+$/u.test(w));
  return leftover.length === 0;
}
