import { parsePartialDate } from '../../text/dates/calendar.ts';
import { sayDateInArabic } from '../../text/dates/say-date.ts';

/**
 * A partial ISO date (the dates tagger's and ArticleRecord.published's 'YYYY-MM-DD' | 'YYYY-MM' | 'YYYY' |
 * '--MM-DD') as Arabic words for a question, in the words the brief's timeline and source list print
 * (text/dates/say-date.ts): «17 فبراير 2025»، «26 أغسطس، السنة غير معروفة»; a year alone is «عام 2025», since a bare
 * number in a sentence reads as a count. Never ISO: after Arabic letters the bidi algorithm reorders its digits and
 * hyphens («(2026-01-12)» shows as «12-01-2026» in PDF and Word). A value of any other shape is returned unchanged
 * rather than guessed at.
 */
export function arabicDatePhrase(value: string): string {
  const p = parsePartialDate(value);
  if (p === null) return value;
  if (p.year !== null && p.month === null) return `عام ${p.year}`;
  return sayDateInArabic(value)?.words ?? value;
}
