import { normalise } from '../../text/arabic/index.ts';

// Units of a «منذ …» stamp in days (a month and a year as calendar steps, see below); singular, dual and plural.
const UNITS: readonly [RegExp, number][] = [
  [/^(?:ثانيه|ثانيتين|ثوان|ثواني|دقيقه|دقيقتين|دقائق|دقايق|ساعه|ساعتين|ساعات|seconds?|minutes?|mins?|hours?|hrs?)$/u, 0],
  [/^(?:يوم|يومين|ايام|days?)$/u, 1],
  [/^(?:اسبوع|اسبوعين|اسابيع|weeks?)$/u, 7],
  [/^(?:شهر|شهرين|اشهر|شهور|months?)$/u, 30],
  [/^(?:سنه|سنتين|سنوات|سنين|عام|عامين|اعوام|years?)$/u, 365],
];
const DUAL = /(?:تين|ين)$/u;
const WORD_NUMBERS: Readonly<Record<string, number>> = { واحد: 1, ثلاث: 3, ثلاثه: 3, اربع: 4, اربعه: 4, خمس: 5, خمسه: 5, ست: 6, سته: 6, سبع: 7, سبعه: 7, ثماني: 8, ثمانيه: 8, تسع: 9, تسعه: 9, عشر: 10, عشره: 10 };
// What may stand around a relative stamp on its line: labels, clock words, separators.
const STAMP_WORDS = new Set(['نشر', 'نشرت', 'منشور', 'في', 'تاريخ', 'النشر', 'اخر', 'تحديث', 'التحديث', 'محدث', 'الساعه', 'ص', 'م', 'صباحا', 'مساء', 'published', 'updated', 'posted', 'at', 'am', 'pm']);

/** `now` (YYYY-MM-DD) moved back by `days` whole days, in UTC calendar arithmetic. */
function daysBefore(now: string, days: number): string {
  const d = new Date(`${now}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

function unitDays(word: string): number | null {
  for (const [re, days] of UNITS) if (re.test(word)) return days;
  return null;
}

/** The number of units a stamp counts: digits, a number word, or a dual («ساعتين», «يومين»). */
function count(numberWord: string | undefined, unitWord: string): number | null {
  if (numberWord === undefined || numberWord === '') return DUAL.test(unitWord) && !/^(?:ساعات|سنين)$/u.test(unitWord) ? 2 : 1;
  if (/^\d+$/u.test(numberWord)) return Number(numberWord);
  return WORD_NUMBERS[numberWord] ?? null;
}

/** The count and unit of a stamp's part at `at`: «3 ساعات», «ساعات 4» (scraped right to left), «يومين». */
function partAt(words: readonly string[], at: number): { days: number; used: number } | null {
  const [a, b] = [words[at], words[at + 1]];
  const withNumber = b !== undefined && unitDays(b) !== null ? { n: count(a, b), unit: b, used: 2 } : null;
  // «منذ ساعات 4»: right-to-left scraping can put the number after its unit.
  const reversed = a !== undefined && b !== undefined && /^\d+$/u.test(b) && unitDays(a) !== null ? { n: Number(b), unit: a, used: 2 } : null;
  const bare = a !== undefined && unitDays(a) !== null ? { n: count(undefined, a), unit: a, used: 1 } : null;
  const found = withNumber ?? reversed ?? bare;
  return found === null || found.n === null ? null : { days: (unitDays(found.unit) ?? 0) * found.n, used: found.used };
}

/**
 * The day a relative publication stamp stands for, against the import date `now` (YYYY-MM-DD): «منذ 3 ساعات»,
 * «قبل يومين», «أمس - 18:20», «أول أمس», «اليوم 10:15», «3 hours ago», «yesterday», and compound stamps whose
 * parts «و» joins («منذ 3 ايام و 4 ساعات و 20 دقيقه», «منذ يوم و3 ساعات»). Only a line that is nothing but the stamp
 * (with labels and a clock) counts: «منذ 3 سنوات» inside a sentence is the story's time, not the page's.
 * Hours and minutes give the import day itself. Null when the line is no such stamp.
 */
export function relativeStamp(line: string, now: string): string | null {
  // «و3 ساعات», «وساعتين»: the conjunction of a compound stamp is written glued to the part it adds.
  const key = normalise(line.toLowerCase())
    .replace(/\d{1,2}[:.]\d{2}(?::\d{2})?/gu, ' ')
    .replace(/(?<![\p{L}])و(?=\d|(?:ساع|دقيق|يوم|اسبوع|شهر|سن)\p{L}*)/gu, 'و ');
  const words = key.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 12) return null;
  const stamp = (days: number, used: number): string | null => (words.length - used <= 0 || words.every((w, i) => i < used || STAMP_WORDS.has(w)) ? daysBefore(now, days) : null);

  const lead = words.findIndex((w) => w === 'منذ' || w === 'قبل');
  if (lead >= 0) {
    const first = partAt(words, lead + 1);
    if (first === null) return null;
    let days = first.days;
    let end = lead + 1 + first.used;
    // «و 4 ساعات و 20 دقيقه»: each further part adds its time; hours and minutes add no whole day.
    while (words[end] === 'و') {
      const next = partAt(words, end + 1);
      if (next === null) break;
      days += next.days;
      end += 1 + next.used;
    }
    const others = words.filter((_, i) => i < lead || i >= end);
    if (!others.every((w) => STAMP_WORDS.has(w))) return null;
    return daysBefore(now, days);
  }
  const ago = words.indexOf('ago');
  if (ago >= 2) {
    const unit = words[ago - 1] ?? '';
    const n = count(words[ago - 2], unit);
    if (n !== null && unitDays(unit) !== null && words.length === ago + 1) return daysBefore(now, (unitDays(unit) ?? 0) * n);
  }
  if (words[0] === 'اول' && words[1] === 'امس') return stamp(2, 2);
  if (words[0] === 'امس' || words[0] === 'yesterday') return stamp(1, 1);
  // A bare «اليوم» is a word of the story; beside a clock («اليوم 10:15») it is the page's stamp.
  const clock = /\d{1,2}[:.]\d{2}/u.test(line);
  if (words[0] === 'اليوم' || words[0] === 'today') return clock ? stamp(0, 1) : null;
  return null;
}
