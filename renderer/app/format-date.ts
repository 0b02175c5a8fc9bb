import { dictionary, language } from './i18n.ts';

/**
 * A partial date as the analyst reads it: «26 آب/أغسطس» style month names in Arabic (Intl's Levantine and
 * Egyptian names side by side, as Arabic news does), and the year said to be unknown for --MM-DD dates.
 * The ISO form stays available as the element's title for those who want it.
 */
export function formatPartialDate(value: string, lang: 'ar' | 'en' = language()): string {
  // YYYY, YYYY-MM, YYYY-MM-DD, or --MM-DD (the year unknown: the leading '-' stands in for it).
  const m = /^(?:(\d{4})|-)(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!m || (m[1] === undefined && (m[2] === undefined || m[3] === undefined))) return value;
  const [, year, month, day] = m;
  const monthName = (mm: string): string => {
    const date = new Date(Date.UTC(2000, Number(mm) - 1, 1));
    if (lang === 'en') return new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(date);
    const levant = new Intl.DateTimeFormat('ar-SY', { month: 'long', timeZone: 'UTC' }).format(date);
    const egypt = new Intl.DateTimeFormat('ar-EG', { month: 'long', timeZone: 'UTC' }).format(date);
    return levant === egypt ? levant : `${levant}/${egypt}`;
  };
  const parts: string[] = [];
  if (day !== undefined) parts.push(String(Number(day)));
  if (month !== undefined) parts.push(monthName(month));
  if (year !== undefined) parts.push(year);
  const text = parts.join(' ');
  return year === undefined ? `${text} (${dictionary(lang).yearUnknown})` : text;
}
