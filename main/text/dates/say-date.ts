import { parsePartialDate, type PartialYmd } from './calendar.ts';
import { arabicDateWords, DATE_PARTS_OPTIONS, type DateCalendar, type DateParts } from './arabic-date-words.ts';
import { dateFormatter } from './date-formatter.ts';

/** A partial date in words: Arabic, English, and the Umm al-Qura Hijri day in both when the day is known. */
export interface DateWords {
  ar: string;
  en: string;
  hijri: { ar: string; en: string } | null;
}

const AR_YEAR_UNKNOWN = 'السنة غير معروفة';
const EN_YEAR_UNKNOWN = 'year unknown';

/** One language's words for a day: its Gregorian and its Umm al-Qura Hijri dates, and its «year unknown». */
interface Language {
  words: (date: Date, calendar: DateCalendar, parts: DateParts) => string;
  yearUnknown: (dayAndMonth: string) => string;
}

// Arabic words through the generated tables (what the exporters print: no ICU formatter made on a render), English
// ones through ICU.
const ARABIC: Language = {
  words: (date, calendar, parts) => arabicDateWords(date, calendar, parts, 'latn'),
  yearUnknown: (dayAndMonth) => `${dayAndMonth}، ${AR_YEAR_UNKNOWN}`,
};
const ENGLISH: Language = {
  words: (date, calendar, parts) => dateFormatter(calendar === 'gregorian' ? 'en-GB-u-ca-gregory' : 'en-GB-u-ca-islamic-umalqura', DATE_PARTS_OPTIONS[parts]).format(date),
  yearUnknown: (dayAndMonth) => `${dayAndMonth}, ${EN_YEAR_UNKNOWN}`,
};

/** A parsed partial date in one language's words, and its Hijri day (null unless the day is known). */
function say(p: PartialYmd, language: Language): { words: string; hijri: string | null } {
  if (p.year === null) {
    // A leap year stands in for the unknown one, so that --02-29 is still a day.
    const words = language.words(new Date(Date.UTC(2000, (p.month ?? 1) - 1, p.day ?? 1)), 'gregorian', 'day-month');
    return { words: language.yearUnknown(words), hijri: null };
  }
  if (p.month === null) return { words: String(p.year), hijri: null };
  if (p.day === null) return { words: language.words(new Date(Date.UTC(p.year, p.month - 1, 1)), 'gregorian', 'month-year'), hijri: null };
  const date = new Date(Date.UTC(p.year, p.month - 1, p.day));
  return { words: language.words(date, 'gregorian', 'day-month-year'), hijri: language.words(date, 'hijri', 'day-month-year') };
}

/**
 * A partial date of the model (YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD, ISO 8601:2000) said as far as it is known, in
 * the words Arabic and English readers expect: «26 أغسطس 2024» / "26 August 2024", «أغسطس 2024», «2024», and a
 * day without its year said as such («26 أغسطس، السنة غير معروفة» / "26 August, year unknown"), never «--08-26».
 * Words as ICU (Intl) writes them, with Western digits (the exporters shape them: render/format-date.ts), the Arabic
 * ones from tables generated from ICU (arabic-date-words.ts); the Hijri day is ICU's `islamic-umalqura` calendar, the
 * civil one of Saudi Arabia. Null when `value` is not a partial date.
 */
export function sayDate(value: string): DateWords | null {
  const p = parsePartialDate(value);
  if (p === null) return null;
  const ar = say(p, ARABIC);
  const en = say(p, ENGLISH);
  return { ar: ar.words, en: en.words, hijri: ar.hijri === null || en.hijri === null ? null : { ar: ar.hijri, en: en.hijri } };
}

/**
 * sayDate's Arabic words alone (`ar`, and `hijri.ar` when the day is known): what the exporters print, through the
 * generated tables, so a render makes no ICU formatter (each costs far more to make than to use).
 */
export function sayDateInArabic(value: string): { words: string; hijri: string | null } | null {
  const p = parsePartialDate(value);
  return p === null ? null : say(p, ARABIC);
}
