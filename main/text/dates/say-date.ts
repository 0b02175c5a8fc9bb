import { parsePartialDate } from './calendar.ts';
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
  const ar = 'ar-u-ca-gregory-nu-latn';
  const en = 'en-GB-u-ca-gregory';
  if (p.year === null) {
    // A leap year stands in for the unknown one, so that --02-29 is still a day.
    const opts: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long' };
    const month = p.month ?? 1;
    const day = p.day ?? 1;
    return { ar: `${format(ar, opts, 2000, month, day)}، ${AR_YEAR_UNKNOWN}`, en: `${format(en, opts, 2000, month, day)}, ${EN_YEAR_UNKNOWN}`, hijri: null };
  }
  if (p.month === null) return { ar: String(p.year), en: String(p.year), hijri: null };
  if (p.day === null) {
    const opts: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric' };
    return { ar: format(ar, opts, p.year, p.month, 1), en: format(en, opts, p.year, p.month, 1), hijri: null };
  }
  const opts: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
  return {
    ar: format(ar, opts, p.year, p.month, p.day),
    en: format(en, opts, p.year, p.month, p.day),
    hijri: {
      ar: format('ar-SA-u-ca-islamic-umalqura-nu-latn', opts, p.year, p.month, p.day),
      en: format('en-GB-u-ca-islamic-umalqura', opts, p.year, p.month, p.day),
    },
  };
}
