import { isValidMonthDay, isValidYmd } from './calendar.ts';
import type { DateMention } from './types.ts';

// The Arabic date tagger reads Arabic and numeric dates; bilingual sites print English ones on English pages.
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
// «Monday 12th January,2026»: a print site's masthead glues the year to the comma after the month; the weekday that
// opens it is the date's, not a word beside it.
const EN_WEEKDAY = String.raw`(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?`;
const DAY_FIRST = new RegExp(String.raw`(?<![\p{L}\p{N}])${EN_WEEKDAY}(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH}(?:,\s*|\s+)((?:19|20)\d{2})(?![\p{N}])`, 'giu');
// «02-Aug-25 10:34 AM», «02-Aug-2025»: a CMS's dashed stamp, the year of two digits in this century.
const DASHED = new RegExp(String.raw`(?<![\p{L}\p{N}])(\d{1,2})-${MONTH}-((?:19|20)?\d{2})(?![\p{L}\p{N}])`, 'giu');
// «January 14», «14 Jan» alone on a line: a chat channel's day separator (Telegram, WhatsApp); the line writes no
// year, so the mention carries none (`--MM-DD`, its year basis unknown). A social page's post header prints the day
// of this year so too, with the clock after «at» and the audience's icon after a dot («January 13 at 4:27 PM · 🌐»).
const POST_CLOCK = String.raw`(?:\s*,?\s*(?:at\s+)?\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)?(?:\s*·[\s\p{Extended_Pictographic}\p{So}\uFE0F]*)?`;
const NO_YEAR_LINE = new RegExp(String.raw`^\s*(?:${MONTH}\s+(\d{1,2})|(\d{1,2})\s+${MONTH})${POST_CLOCK}\s*$`, 'iu');
const MONTH_FIRST = new RegExp(String.raw`(?<![\p{L}])${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})(?![\p{N}])`, 'giu');

// «Mardi 13 janvier 2026», «1er février 2026»: Maghreb and Djibouti pages print the header's date in French, and their
// themes' short forms («13 janv. 2026», «2 févr. 2026», «9 juil. 2025», «4 déc. 2025»), accents kept or dropped.
const FRENCH_MONTH = String.raw`(janv(?:ier)?|f[ée]v(?:r(?:ier)?)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t|sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?)\.?`;
const FRENCH_DAY_FIRST = new RegExp(String.raw`(?<![\p{L}\p{N}])(\d{1,2})(?:er)?\s+${FRENCH_MONTH}\s+((?:19|20)\d{2})(?![\p{N}])`, 'giu');
// The month a French name or short form stands for, by the letters that tell them apart («juin» / «juil», «mars» / «mai»).
const FRENCH_PREFIXES: readonly [string, number][] = [['jan', 1], ['fe', 2], ['mar', 3], ['av', 4], ['mai', 5], ['juin', 6], ['juil', 7], ['ao', 8], ['sep', 9], ['oct', 10], ['nov', 11], ['de', 12]];
function frenchMonth(name: string): number {
  const bare = name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  return FRENCH_PREFIXES.find(([p]) => bare.startsWith(p))?.[1] ?? 0;
}

// «13. Januar 2026», «2. Dez. 2025», «9. März 2026»: the German day-first date, its day closed by a dot, which Arabic
// pages published in Germany and Austria print in their stamps («Dienstag, 13. Januar 2026»).
// «ä» is matched precomposed or as «a» and its combining diaeresis (some scrapes give NFD text); the name is made
// NFC before its month is looked up, so the offsets stay the text's own.
const UMLAUT_A = String.raw`(?:ä|a\u0308)`;
const GERMAN_MONTH = String.raw`(Januar|J${UMLAUT_A}nner|Februar|M${UMLAUT_A}rz|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Feb|M${UMLAUT_A}r|Mrz|Apr|Jun|Jul|Aug|Sept?|Okt|Nov|Dez)\.?`;
const GERMAN_DAY_FIRST = new RegExp(String.raw`(?<![\p{L}\p{N}])(\d{1,2})\.\s*${GERMAN_MONTH}\s+((?:19|20)\d{2})(?![\p{N}])`, 'giu');
const GERMAN_PREFIXES: readonly [string, number][] = [['ja', 1], ['jä', 1], ['f', 2], ['mä', 3], ['mr', 3], ['mae', 3], ['ap', 4], ['mai', 5], ['jun', 6], ['jul', 7], ['au', 8], ['s', 9], ['o', 10], ['n', 11], ['d', 12]];
function germanMonth(name: string): number {
  const lower = name.normalize('NFC').toLowerCase();
  return GERMAN_PREFIXES.find(([p]) => lower.startsWith(p))?.[1] ?? 0;
}

/** The mention of a day and month, with its year or, when the text writes none (null), as `--MM-DD`. */
function mention(m: RegExpMatchArray, month: string, day: string, year: string | null): DateMention | null {
  const mm = MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1;
  const dd = Number(day);
  // A day the month does not have («30 February 2025») is no date: the calendar decides, as the other rules ask it.
  if (mm === 0 || !(year === null ? isValidMonthDay(mm, dd) : isValidYmd({ year: Number(year), month: mm, day: dd }))) return null;
  const start = m.index ?? 0;
  const value = `${year ?? '-'}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
  const yearBasis = year === null ? 'unknown' : 'explicit';
  return { start, end: start + m[0].length, text: m[0], value, approximate: false, yearBasis, kind: 'date' };
}

/**
 * English calendar dates with their year (and French and German ones, «Mardi 13 janvier 2026», «13. Januar 2026»), «5 November 2024», «Nov. 5, 2024», «02-Aug-25», as date mentions of the
 * tagger's shape; a day and month alone on the line («January 14») without its year (`--MM-DD`).
 */
export function englishDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(DAY_FIRST)) {
    const d = mention(m, m[2] ?? '', m[1] ?? '', m[3] ?? '');
    if (d) out.push(d);
  }
  for (const m of text.matchAll(DASHED)) {
    const year = m[3] ?? '';
    const d = mention(m, m[2] ?? '', m[1] ?? '', year.length === 2 ? `20${year}` : year);
    if (d && !out.some((o) => o.start < d.end && d.start < o.end)) out.push(d);
  }
  for (const m of text.matchAll(MONTH_FIRST)) {
    const d = mention(m, m[1] ?? '', m[2] ?? '', m[3] ?? '');
    if (d && !out.some((o) => o.start < d.end && d.start < o.end)) out.push(d);
  }
  for (const m of text.matchAll(FRENCH_DAY_FIRST)) {
    const month = frenchMonth(m[2] ?? '');
    const d = month === 0 ? null : mention(m, MONTHS[month - 1] ?? '', m[1] ?? '', m[3] ?? '');
    if (d && !out.some((o) => o.start < d.end && d.start < o.end)) out.push(d);
  }
  for (const m of text.matchAll(GERMAN_DAY_FIRST)) {
    const month = germanMonth(m[2] ?? '');
    const d = month === 0 ? null : mention(m, MONTHS[month - 1] ?? '', m[1] ?? '', m[3] ?? '');
    if (d && !out.some((o) => o.start < d.end && d.start < o.end)) out.push(d);
  }
  const alone = out.length === 0 ? NO_YEAR_LINE.exec(text) : null;
  if (alone !== null) {
    const d = mention(alone, alone[1] ?? alone[4] ?? '', alone[2] ?? alone[3] ?? '', null);
    if (d) out.push(d);
  }
  return out.sort((a, b) => a.start - b.start);
}
