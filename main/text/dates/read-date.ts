import { asciiDigits } from '../arabic/index.ts';
import { daysInMonth, isoDay, parsePartialDate } from './calendar.ts';
import { findDates } from './find-dates.ts';
import { sayDate, type DateWords } from './say-date.ts';

/** A date the analyst typed, understood: its partial ISO value, the days it covers, and its words. */
export interface ReadDate extends DateWords {
  value: string;
  /** The first and last day the date covers («أغسطس 2024»: 1 to 31 August); null when the year is unknown. */
  days: { start: string; end: string } | null;
}

const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A month named in English, in full or by its first three letters («Sept» too); 0 when it is none. */
function englishMonth(word: string): number {
  const w = word.toLowerCase().replace(/\.$/u, '');
  return w.length >= 3 ? ENGLISH_MONTHS.findIndex((m) => m.startsWith(w)) + 1 : 0;
}

/** «26 August 2024», «August 26, 2024», «Aug 2024» as a partial ISO date (the English UI's own way of typing one). */
function englishDate(text: string): string | null {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const dayFirst = /^(\d{1,2})\s+([a-z]+\.?)\s+(\d{4})$/iu.exec(text);
  const monthFirst = /^([a-z]+\.?)\s+(\d{1,2}),?\s+(\d{4})$/iu.exec(text);
  const monthYear = /^([a-z]+\.?)\s+(\d{4})$/iu.exec(text);
  const [day, month, year] = dayFirst
    ? [Number(dayFirst[1]), englishMonth(dayFirst[2] ?? ''), dayFirst[3]]
    : monthFirst
      ? [Number(monthFirst[2]), englishMonth(monthFirst[1] ?? ''), monthFirst[3]]
      : monthYear
        ? [0, englishMonth(monthYear[1] ?? ''), monthYear[2]]
        : [0, 0, undefined];
  if (month === 0 || year === undefined) return null;
  const value = day === 0 ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  return parsePartialDate(value) === null ? null : value;
}

function daysOf(value: string): ReadDate['days'] {
  const p = parsePartialDate(value);
  if (p === null || p.year === null) return null;
  const from = { year: p.year, month: p.month ?? 1, day: p.day ?? 1 };
  const month = p.month ?? 12;
  const to = { year: p.year, month, day: p.day ?? daysInMonth(p.year, month) };
  return { start: isoDay(from), end: isoDay(to) };
}

/**
 * Reads one date as an analyst types it into a field — «26 أغسطس 2024», «٢٦ آب ٢٠٢٤», «أغسطس 2024», «26/8/2024»,
 * «12 شوال 1446», an ISO form such as 2024-08-26 or 2024, or English words («26 August 2024») — through the project's Arabic date tagger (find-dates.ts),
 * which must find exactly one date spanning the whole text. Null when the text is not one date (a relative word such
 * as «غداً» has no fixed day and is refused).
 */
export function readDate(text: string): ReadDate | null {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > 100) return null;
  const plain = asciiDigits(trimmed);
  let value: string | null = parsePartialDate(plain) === null ? englishDate(plain) : plain;
  if (value === null) {
    const found = findDates(trimmed, {});
    const only = found.length === 1 ? found[0] : undefined;
    if (only !== undefined && only.start === 0 && only.end === trimmed.length && only.kind !== 'relative' && only.kind !== 'weekday' && only.kind !== 'range') value = only.value;
  }
  const words = value === null ? null : sayDate(value);
  return value === null || words === null ? null : { value, days: daysOf(value), ...words };
}
