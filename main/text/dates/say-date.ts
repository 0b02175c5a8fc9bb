import { parsePartialDate, type PartialYmd } from './calendar.ts';
import { dateFormatter } from './date-formatter.ts';

/** A partial date in words: Arabic, English, and the Umm al-Qura Hijri day in both when the day is known. */
export interface DateWords {
  ar: string;
  en: string;
  hijri: { ar: string; en: string } | null;
}

const AR_YEAR_UNKNOWN = 'السنة غير معروفة';
const EN_YEAR_UNKNOWN = 'year unknown';

function format(locale: string, options: Intl.DateTimeFormatOptions, year: number, month: number, day: number): string {
  return dateFormatter(locale, options).format(new Date(Date.UTC(year, month - 1, day)));
}

/** The ICU locales of one language's words: its Gregorian and its Umm al-Qura Hijri dates, and its «year unknown». */
interface Language {
  gregorian: string;
  hijri: string;
  yearUnknown: (dayAndMonth: string) => string;
}

const ARABIC: Language = {
  gregorian: 'ar-u-ca-gregory-nu-latn',
  hijri: 'ar-SA-u-ca-islamic-umalqura-nu-latn',
  yearUnknown: (dayAndMonth) => `${dayAndMonth}، ${AR_YEAR_UNKNOWN}`,
};
const ENGLISH: Language = {
  gregorian: 'en-GB-u-ca-gregory',
  hijri: 'en-GB-u-ca-islamic-umalqura',
  yearUnknown: (dayAndMonth) => `${dayAndMonth}, ${EN_YEAR_UNKNOWN}`,
};

/** A parsed partial date in one language's words, and its Hijri day (null unless the day is known). */
function say(p: PartialYmd, language: Language): { words: string; hijri: string | null } {
  if (p.year === null) {
    // A leap year stands in for the unknown one, so that --02-29 is still a day.
    const words = format(language.gregorian, { day: 'numeric', month: 'long' }, 2000, p.month ?? 1, p.day ?? 1);
    return { words: language.yearUnknown(words), hijri: null };
  }
  if (p.month === null) return { words: String(p.year), hijri: null };
  if (p.day === null) return { words: format(language.gregorian, { month: 'long', year: 'numeric' }, p.year, p.month, 1), hijri: null };
  const opts: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
  return { words: format(language.gregorian, opts, p.year, p.month, p.day), hijri: format(language.hijri, opts, p.year, p.month, p.day) };
}

/**
 * A partial date of the model (YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD, ISO 8601:2000) said as far as it is known, in
 * the words Arabic and English readers expect: «26 أغسطس 2024» / "26 August 2024", «أغسطس 2024», «2024», and a
 * day without its year said as such («26 أغسطس، السنة غير معروفة» / "26 August, year unknown"), never «--08-26».
 * Month names come from ICU (Intl), with Western digits (the exporters shape them: render/format-date.ts); the Hijri day
 * is ICU's `islamic-umalqura` calendar, the civil one of Saudi Arabia. Null when `value` is not a partial date.
 */
export function sayDate(value: string): DateWords | null {
  const p = parsePartialDate(value);
  if (p === null) return null;
  const ar = say(p, ARABIC);
  const en = say(p, ENGLISH);
  return { ar: ar.words, en: en.words, hijri: ar.hijri === null || en.hijri === null ? null : { ar: ar.hijri, en: en.hijri } };
}

/**
 * sayDate's Arabic words alone (`ar`, and `hijri.ar` when the day is known): what the exporters print. A render
 * makes no English formatter, each ICU formatter costing far more to make than to use.
 */
export function sayDateInArabic(value: string): { words: string; hijri: string | null } | null {
  const p = parsePartialDate(value);
  return p === null ? null : say(p, ARABIC);
}
