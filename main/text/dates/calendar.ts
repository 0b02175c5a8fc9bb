/**
 * Proleptic Gregorian calendar arithmetic on plain numbers (UTC days), so that no result depends
 * on the machine's time zone or clock.
 */

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A day of a month whose year is unknown is valid if it exists in some year (29 February does). */
export function isValidMonthDay(month: number, day: number): boolean {
  return Number.isInteger(month) && Number.isInteger(day) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2000, month);
}

export function isValidYmd(d: Ymd): boolean {
  return Number.isInteger(d.year) && d.year >= 1 && d.year <= 9999 && isValidMonthDay(d.month, d.day) && d.day <= daysInMonth(d.year, d.month);
}

/** Days since 1970-01-01. */
export function toDayNumber(d: Ymd): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000) + (d.year < 100 ? yearOffsetFix(d) : 0);
}

// Date.UTC maps years 0..99 to 1900..1999; correct for them so arithmetic stays proleptic.
function yearOffsetFix(d: Ymd): number {
  const wrong = Date.UTC(d.year, d.month - 1, d.day);
  const date = new Date(wrong);
  date.setUTCFullYear(d.year);
  return Math.round((date.getTime() - wrong) / 86_400_000);
}

export function fromDayNumber(n: number): Ymd {
  const date = new Date(n * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Ymd, days: number): Ymd {
  return fromDayNumber(toDayNumber(d) + days);
}

/** Moves by whole months, clamping the day to the target month's length (31 March − 1 month → 28/29 February). */
export function addMonths(d: Ymd, months: number): Ymd {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(d: Ymd): number {
  return (((toDayNumber(d) + 4) % 7) + 7) % 7;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function isoDay(d: Ymd): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function isoYear(year: number): string {
  return pad(year, 4);
}

export function monthDayOnly(month: number, day: number): string {
  return `--${pad(month)}-${pad(day)}`;
}

const NAMES_DAY = /^(?:\d{4}-\d{2}-\d{2}|--\d{2}-\d{2})$/u;

/** Whether a date value names its day, with its year («2026-01-12») or without («--01-12»): a month alone is a period. */
export function namesDay(value: string): boolean {
  return NAMES_DAY.test(value);
}

/** A partial date as the reference for resolution: what is known of it. */
export interface PartialYmd {
  year: number | null;
  month: number | null;
  day: number | null;
}

/** Parses a PartialDate ('YYYY-MM-DD' | 'YYYY-MM' | 'YYYY' | '--MM-DD'); null when it is none of them or impossible. */
export function parsePartialDate(value: string | null | undefined): PartialYmd | null {
  if (typeof value !== 'string') return null;
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (m) {
    const year = Number(m[1]);
    const month = m[2] === undefined ? null : Number(m[2]);
    const day = m[3] === undefined ? null : Number(m[3]);
    if (month !== null && (month < 1 || month > 12)) return null;
    if (month !== null && day !== null && !isValidYmd({ year, month, day })) return null;
    return { year, month, day };
  }
  m = /^--(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const month = Number(m[1]);
    const day = Number(m[2]);
    return isValidMonthDay(month, day) ? { year: null, month, day } : null;
  }
  return null;
}

/** The full day of a partial date, or null. */
export function fullDay(p: PartialYmd | null): Ymd | null {
  return p !== null && p.year !== null && p.month !== null && p.day !== null ? { year: p.year, month: p.month, day: p.day } : null;
}

/** A year either side: 366 days, so that a leap day never decides. */
export const ONE_YEAR = 366;

/** The latest day of `days`, or null when there is none. */
export function latestDay(days: readonly number[]): number | null {
  return days.length === 0 ? null : Math.max(...days);
}

/**
 * The day `month`-`day` in the year that puts it latest, not after `last` (a full day); null when no such day is
 * within a year of every one of `datedDays` (the publication days of the selection's dated sources).
 */
export function yearNotAfter(month: number, day: number, last: Ymd, datedDays: readonly number[]): Ymd | null {
  const lastNumber = toDayNumber(last);
  for (const year of [last.year, last.year - 1, last.year - 2, last.year - 3, last.year - 4]) {
    const candidate = { year, month, day };
    // 29 February: the latest leap year not after `last`, within the four years that always hold one.
    if (!isValidYmd(candidate)) continue;
    const n = toDayNumber(candidate);
    if (n > lastNumber) continue;
    return datedDays.every((d) => Math.abs(d - n) <= ONE_YEAR) ? candidate : null;
  }
  return null;
}
