import { findDates, type DateMention } from '../../analysis/dates/index.ts';
import { normalise } from '../../analysis/arabic/index.ts';
import { maskOutletNames } from '../metadata/mask-outlets.ts';
import { englishDates } from './english-date.ts';

// What may stand beside the date on a page's date line: labels, times, weekdays, calendar words.
const LABEL_WORDS = new Set(
  [
    'نشر', 'نشرت', 'منشور', 'في', 'بتاريخ', 'تاريخ', 'النشر', 'آخر', 'اخر', 'تحديث', 'التحديث', 'محدث', 'حدث', 'بتوقيت', 'توقيت', 'مكة', 'المكرمة',
    'غرينتش', 'جرينتش', 'القدس', 'بيروت', 'دمشق', 'بغداد', 'القاهرة', 'الساعة', 'منذ', 'الموافق', 'ص', 'م', 'صباحا', 'صباحًا', 'مساء', 'مساءً',
    'ظهرا', 'على', 'عند', 'ه', 'هـ', 'ميلادي', 'هجري', 'السبت', 'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'يوم',
    'published', 'updated', 'last', 'on', 'at', 'am', 'pm', 'gmt', 'utc', 'posted', 'date', 'monday', 'tuesday', 'wednesday',
    'thursday', 'friday', 'saturday', 'sunday',
  ].map((w) => normalise(w)),
);
const TIME = /\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\b/gu;

/** The date mentions of a line, read with outlet names masked (see maskOutletNames), English dates included. */
export function lineDates(text: string, now?: string): DateMention[] {
  const arabic = findDates(maskOutletNames(text), now === undefined ? {} : { now });
  if (!/[A-Za-z]/u.test(text)) return arabic;
  const english = englishDates(text).filter((e) => !arabic.some((a) => a.start < e.end && e.start < a.end));
  return [...arabic, ...english].sort((a, b) => a.start - b.start);
}

/** Is the word one of those that stand beside a date on a date line (labels, weekdays, «ص», «GMT»)? */
export function isDateLabelWord(word: string): boolean {
  return LABEL_WORDS.has(normalise(word.replace(/[^\p{L}\p{N}]+/gu, '')));
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
