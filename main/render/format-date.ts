import { sayDateInArabic } from '../text/dates/say-date.ts';
import { bindDates } from './shared/date-binding.ts';
import { shapeDigits, type Digits } from './shared/digits-direction.ts';

export type { Digits };

/**
 * The words of a partial date, from the one place the project says dates (text/dates/say-date.ts): the UI, the
 * brief copied as text and both exporters say every date alike, a year-unknown day included.
 */
function wordsOf(partial: string): NonNullable<ReturnType<typeof sayDateInArabic>> {
  const words = sayDateInArabic(partial);
  if (words === null) throw new Error(`not a partial date (YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD): ${partial}`);
  return words;
}

/** The UTC day of an ISO 8601 timestamp or date, so the result does not depend on the machine's time zone. */
function utcDay(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`not a date: ${iso}`);
  return date.toISOString().slice(0, 10);
}

/** A day as Arabic readers write it in the Gregorian calendar ("10 أبريل 2025"), digits in the template's shape. */
export function formatGregorian(iso: string, digits: Digits = 'western'): string {
  return formatPartialDate(utcDay(iso), digits);
}

/** The same day in the Umm al-Qura Hijri calendar ("12 شوال 1446 هـ"), the civil Hijri calendar of Saudi Arabia. */
export function formatHijri(iso: string, digits: Digits = 'western'): string {
  const { hijri } = wordsOf(utcDay(iso));
  if (hijri === null) throw new Error(`not a day: ${iso}`);
  return bindDates(shapeDigits(hijri, digits));
}

/**
 * A partial date of the Brief model (YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD, as in ISO 8601:2000) written out as far
 * as it is known: "2024", "ديسمبر 2024", "8 ديسمبر 2024", "26 أغسطس، السنة غير معروفة" — never "--08-26". Its parts
 * are bound by no-break spaces (shared/date-binding.ts: day, month, year, era sign; not the words after the comma), so
 * the date never ends one line and opens the next, in the PDF and in Word (where a date before note references stays
 * bound too: docx/citation-notes.ts gives the line a place to end before the references).
 */
export function formatPartialDate(partial: string, digits: Digits = 'western'): string {
  return bindDates(shapeDigits(wordsOf(partial).words, digits));
}
