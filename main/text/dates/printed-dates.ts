import { GREGORIAN_MONTHS, HIJRI_MONTHS, SOLAR_HIJRI_MONTHS, ordinalDayWords } from './lexicon.ts';

// A date as a text prints it: day, month, year and the era sign after it («12 يناير 2025», «8 من كانون الأول 2024»,
// «١٢ شوال ١٤٤٦ هـ», «ديسمبر 2024», «January 12, 2025»). The month names are the date tagger's (lexicon.ts), so a date the
// analysis reads is a date this finds; unlike the tagger it resolves nothing, it only says where each printed date
// stands, cheaply enough to run over every text a renderer sets (render/shared/date-binding.ts).

const DIGIT = '[0-9\u0660-\u0669\u06f0-\u06f9]';
const SPACE = '[ \u00a0]+';
const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A month name as a pattern that also takes the spellings the lexicon folds by `normalise` (hamza seats, each word's final yeh and teh marbuta: «جمادى الأولى» and «جمادي الاولي»). */
function spellings(name: string): string {
  const chars = [...name];
  return chars.map((ch, i) => {
    const wordEnd = i === chars.length - 1 || chars[i + 1] === ' ';
    if ('اأإآ'.includes(ch)) return '[اأإآ]';
    if ('يى'.includes(ch) && wordEnd) return '[يى]';
    if ('ةه'.includes(ch) && wordEnd) return '[ةه]';
    if (ch === ' ') return SPACE;
    return ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }).join('');
}

// Longest names first, so «كانون الثاني» is taken whole before «كانون2»'s neighbours or a shorter prefix.
const MONTH = [...Object.keys(GREGORIAN_MONTHS), ...Object.keys(HIJRI_MONTHS), ...Object.keys(SOLAR_HIJRI_MONTHS), ...ENGLISH_MONTHS]
  .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  .map(spellings)
  .join('|');
// The written ordinal days the date tagger reads («السادس والعشرين من ديسمبر»), longest first.
const ORDINAL_DAY = ordinalDayWords().map(([words]) => words.join(' '))
  .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  .map(spellings)
  .join('|');
// Day, month, year, era sign: «12 يناير 2025», «8 من كانون الأول 2024», «12 شوال 1446 هـ», «1446هـ», «ديسمبر 2024», «January 12, 2025».
// The day may be written («السادس والعشرين من ديسمبر 2024»); the month may carry a proclitic («ومارس 2025») and a second
// name after a slash, as the date tagger reads it (text/dates/patterns.ts MONTH2: «8 ديسمبر/كانون الأول»). A day or a
// year must stand beside the month for the words to be a date at all.
const DATE = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])(?:(?:${DIGIT}{1,2}|${ORDINAL_DAY})${SPACE}(?:من${SPACE})?)?[وفبل]?(?:${MONTH})(?:(?:${SPACE})?/(?:${SPACE})?(?:${MONTH}))?(?:${SPACE}${DIGIT}{1,2},)?` +
  `(?:${SPACE}${DIGIT}{3,4}(?:(?:${SPACE})?(?:هـ|ه|م)(?![\\p{L}\\p{M}]))?)?(?![\\p{L}\\p{M}\\p{N}])`,
  'gu',
);
const HAS_DAY_OR_YEAR = new RegExp(`${DIGIT}`, 'u');

/**
 * Each printed date of `text`, in order, with its offset: a month name with neither a day nor a year beside it (the
 * verb «مارس», the word «آب») is none.
 */
export function printedDates(text: string): { start: number; text: string }[] {
  if (!text.includes(' ') || !HAS_DAY_OR_YEAR.test(text)) return [];
  return [...text.matchAll(DATE)].filter((m) => HAS_DAY_OR_YEAR.test(m[0])).map((m) => ({ start: m.index ?? 0, text: m[0] }));
}

// What may follow a date that ends a text: punctuation, closing quotes and brackets, spaces («… ديسمبر 2024.»).
const TRAILING = /^[\p{P}\s]*$/u;

/** Whether `text` ends with a printed date, save the punctuation after it («… في ديسمبر 2024.»). */
export function endsWithDate(text: string): boolean {
  const last = printedDates(text).at(-1);
  return last !== undefined && TRAILING.test(text.slice(last.start + last.text.length));
}
