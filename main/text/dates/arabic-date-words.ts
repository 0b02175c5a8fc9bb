import { arabicIndicDigits } from '../arabic/indic-digits.ts';
import { GREGORIAN_MONTHS, HIJRI_ERA, HIJRI_MONTHS, UMM_AL_QURA_FIRST_DAY, UMM_AL_QURA_FIRST_YEAR, UMM_AL_QURA_MONTH_LENGTHS } from './arabic-date-tables.ts';
import { dateFormatter } from './date-formatter.ts';

/** Which parts of a day are said, as Intl's `day`, `month: 'long'` and `year` options would ask for them. */
export type DateParts = 'day-month-year' | 'day-month' | 'month-year' | 'month' | 'year';
export type DateCalendar = 'gregorian' | 'hijri';
/** ICU's numbering systems: Western digits or Arabic-Indic ones. */
export type Numbering = 'latn' | 'arab';

const DAY_MS = 86_400_000;

/** The day (from 1970-01-01) each Umm al-Qura month of the table opens on, and one past the last month's end. */
let monthStarts: number[] | null = null;

/**
 * The day (from 1970-01-01) each month of the generated Umm al-Qura table opens on, month by month from Muharram
 * of UMM_AL_QURA_FIRST_YEAR, and one past the last month's end.
 */
export function tableMonthStarts(): number[] {
  if (monthStarts !== null) return monthStarts;
  const starts = [UMM_AL_QURA_FIRST_DAY];
  let day = UMM_AL_QURA_FIRST_DAY;
  for (const year of UMM_AL_QURA_MONTH_LENGTHS) {
    for (const length of year) {
      day += length === '1' ? 30 : 29;
      starts.push(day);
    }
  }
  monthStarts = starts;
  return starts;
}

/** The Umm al-Qura year, month (1–12) and day of a day of the table (`day` inside its range). */
function hijriOf(day: number): { year: number; month: number; day: number } {
  const starts = tableMonthStarts();
  // The last month opening on or before the day (binary search over ≈ 3,600 months).
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? Infinity) <= day) low = mid;
    else high = mid - 1;
  }
  return { year: UMM_AL_QURA_FIRST_YEAR + Math.floor(low / 12), month: (low % 12) + 1, day: day - (starts[low] ?? day) + 1 };
}

function joined(day: number | null, month: string | null, year: string | null): string {
  return [day === null ? null : String(day), month, year].filter((part) => part !== null).join(' ');
}

/** The Intl.DateTimeFormat options that ask for each set of parts. */
export const DATE_PARTS_OPTIONS: Readonly<Record<DateParts, Intl.DateTimeFormatOptions>> = {
  'day-month-year': { day: 'numeric', month: 'long', year: 'numeric' },
  'day-month': { day: 'numeric', month: 'long' },
  'month-year': { month: 'long', year: 'numeric' },
  month: { month: 'long' },
  year: { year: 'numeric' },
};

/**
 * A UTC day in Arabic words, exactly as ICU says it through Intl.DateTimeFormat with the locale
 * `ar-u-ca-gregory-nu-…` (Gregorian) or `ar-SA-u-ca-islamic-umalqura-nu-…` (Hijri) and the parts' options:
 * «10 أبريل 2025», «12 شوال 1446 هـ». Inside the generated table's range (1300–1600 AH, 1882–2174 CE) the words
 * come from the table, so the exporters make no ICU formatter (the first costs ≈ 13–15 ms of a render); outside it
 * they come from Intl itself.
 */
export function arabicDateWords(date: Date, calendar: DateCalendar, parts: DateParts, numbering: Numbering): string {
  const day = Math.floor(date.getTime() / DAY_MS);
  const starts = tableMonthStarts();
  if (!(day >= UMM_AL_QURA_FIRST_DAY && day < (starts[starts.length - 1] ?? UMM_AL_QURA_FIRST_DAY))) {
    const locale = calendar === 'gregorian' ? `ar-u-ca-gregory-nu-${numbering}` : `ar-SA-u-ca-islamic-umalqura-nu-${numbering}`;
    return dateFormatter(locale, DATE_PARTS_OPTIONS[parts]).format(date);
  }
  const said =
    calendar === 'gregorian'
      ? { year: String(date.getUTCFullYear()), month: GREGORIAN_MONTHS[date.getUTCMonth()] ?? '', day: date.getUTCDate() }
      : (() => {
          const h = hijriOf(day);
          return { year: `${String(h.year)} ${HIJRI_ERA}`, month: HIJRI_MONTHS[h.month - 1] ?? '', day: h.day };
        })();
  const withDay = parts === 'day-month-year' || parts === 'day-month';
  const withMonth = parts !== 'year';
  const withYear = parts === 'day-month-year' || parts === 'month-year' || parts === 'year';
  const words = joined(withDay ? said.day : null, withMonth ? said.month : null, withYear ? said.year : null);
  return numbering === 'arab' ? arabicIndicDigits(words) : words;
}
