import { dateFormatter } from './date-formatter.ts';
import { shapeDigits, type Digits } from './shared/digits-direction.ts';

export type { Digits };

const LONG: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

function numberingSystem(digits: Digits): string {
  return digits === 'arabic-indic' ? 'arab' : 'latn';
}

/**
 * A day as Arabic readers write it in the Gregorian calendar ("10 أبريل 2025"), through ICU (Intl) so no month
 * table is written by hand. `iso` is an ISO 8601 timestamp or date; the day is read in UTC so the result does not
 * depend on the machine's time zone.
 */
export function formatGregorian(iso: string, digits: Digits = 'western'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`not a date: ${iso}`);
  return dateFormatter(`ar-u-ca-gregory-nu-${numberingSystem(digits)}`, LONG).format(date);
}

/**
 * The same day in the Umm al-Qura Hijri calendar ("12 شوال 1446 هـ"), the civil Hijri calendar of Saudi Arabia,
 * through ICU's `islamic-umalqura` calendar.
 */
export function formatHijri(iso: string, digits: Digits = 'western'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`not a date: ${iso}`);
  return dateFormatter(`ar-SA-u-ca-islamic-umalqura-nu-${numberingSystem(digits)}`, LONG).format(date);
}

/**
 * A partial date of the Brief model (YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD, as in ISO 8601:2000) written out as far
 * as it is known: "2024", "ديسمبر 2024", "8 ديسمبر 2024", "26 أغسطس".
 */
export function formatPartialDate(partial: string, digits: Digits = 'western'): string {
  const nu = numberingSystem(digits);
  const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(partial);
  const month = /^(\d{4})-(\d{2})$/.exec(partial);
  const dayMonth = /^--(\d{2})-(\d{2})$/.exec(partial);
  const year = /^(\d{4})$/.exec(partial);
  const fmt = (opts: Intl.DateTimeFormatOptions, y: number, m: number, d: number): string =>
    dateFormatter(`ar-u-ca-gregory-nu-${nu}`, opts).format(new Date(Date.UTC(y, m - 1, d)));
  if (full) return fmt({ day: 'numeric', month: 'long', year: 'numeric' }, Number(full[1]), Number(full[2]), Number(full[3]));
  if (month) return fmt({ month: 'long', year: 'numeric' }, Number(month[1]), Number(month[2]), 1);
  // A leap year, so that "--02-29" is a valid day even though the year is unknown.
  if (dayMonth) return fmt({ day: 'numeric', month: 'long' }, 2000, Number(dayMonth[1]), Number(dayMonth[2]));
  if (year) return shapeDigits(partial, digits);
  throw new Error(`not a partial date (YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD): ${partial}`);
}
