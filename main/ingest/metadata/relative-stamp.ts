import { normalise } from '../../text/arabic/index.ts';
import { NUMBER_BY_KEY } from '../../text/dates/index.ts';
import { DAY_PARTS } from '../../text/dates/lexicon.ts';

// Units of a «منذ …» stamp in hours (a month and a year as 30 and 365 days); singular, dual and plural.
const UNITS: readonly [RegExp, number][] = [
  [/^(?:ثانيه|ثانيتين|ثوان|ثواني|seconds?|secs?)$/u, 0],
  [/^(?:دقيقه|دقيقتين|دقائق|دقايق|minutes?|mins?)$/u, 1 / 60],
  [/^(?:ساعه|ساعتين|ساعات|hours?|hrs?|heures?)$/u, 1],
  [/^(?:يوم|يومين|ايام|days?|jours?)$/u, 24],
  [/^(?:اسبوع|اسبوعين|اسابيع|weeks?|semaines?)$/u, 24 * 7],
  [/^(?:شهر|شهرين|اشهر|شهور|months?|mois)$/u, 24 * 30],
  [/^(?:سنه|سنتين|سنوات|سنين|عام|عامين|اعوام|years?|ans?)$/u, 24 * 365],
];
// «٢ ي», «3 d», «5h», «٤ س»: the one-letter units social pages print under a post (Facebook, Instagram, X), in hours.
// Read only when the line is the count and its letter and nothing else: a letter after a figure is prose's otherwise.
const LETTER_UNITS: ReadonlyMap<string, number> = new Map([
  ['ث', 0], ['د', 1 / 60], ['س', 1], ['ي', 24], ['ا', 24 * 7], ['s', 0], ['m', 1 / 60], ['min', 1 / 60], ['h', 1], ['hr', 1], ['hrs', 1], ['d', 24], ['w', 24 * 7], ['y', 24 * 365],
]);
const LETTER_STAMP = /^(\d{1,3})\s?(\p{L}{1,3})$/u;
// «il y a 3 heures»: French pages' «منذ», read as it.
const FRENCH_AGO = /(?<![\p{L}])il\s+y\s+a(?![\p{L}])/gu;
// «البارحة» and «yesterday» are «أمس».
const YESTERDAY = new Set(['امس', 'البارحه', 'yesterday', 'hier']);
// «مساء أمس | 20:15», «صباح اليوم 09:10»: a part of the day may lead the relative day word of a stamp. Only the one-word
// parts: «منذ» and «حتى» share the lexicon's list but lead other things, and «منتصف ليل» is no stamp's form.
const DAY_PART_WORDS = new Set(DAY_PARTS.filter((w) => !w.includes(' ') && w !== 'منذ' && w !== 'حتى').map((w) => normalise(w)));
const DUAL = /(?:تين|ين)$/u;
// What may stand around a relative stamp on its line: labels, clock words, separators.
const STAMP_WORDS = new Set(['نشر', 'نشرت', 'منشور', 'في', 'تاريخ', 'النشر', 'اخر', 'تحديث', 'التحديث', 'محدث', 'الساعه', 'ص', 'م', 'صباحا', 'مساء', 'published', 'updated', 'posted', 'at', 'am', 'pm', 'publie', 'a', 'le']);

/**
 * Whether words[i] may stand beside a relative stamp. «أمس على الساعة 21:10»: Maghreb pages lead the clock with «على»,
 * which normalises to the given name «علي»; so it counts only in the pair «على الساعة», and «علي · أمس» keeps its name.
 */
function isStampWord(words: readonly string[], i: number): boolean {
  const w = words[i] ?? '';
  return STAMP_WORDS.has(w) || (w === 'علي' && words[i + 1] === 'الساعه');
}

/** `now` (YYYY-MM-DD) moved back by `days` whole days, in UTC calendar arithmetic. */
function daysBefore(now: string, days: number): string {
  const d = new Date(`${now}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/**
 * The day `hours` before the import day `now`, whose time is not known: counted from its noon, so «منذ 5 ساعات» is
 * the import day and «منذ 20 ساعة» the day before (as likely as not, an import at any hour), «منذ يومين» two days back.
 */
function hoursBefore(now: string, hours: number): string {
  return daysBefore(now, Math.max(0, Math.ceil((hours - 12) / 24)));
}

function unitHours(word: string): number | null {
  for (const [re, hours] of UNITS) if (re.test(word)) return hours;
  return null;
}

/** The number of units a stamp counts: digits, a number word, or a dual («ساعتين», «يومين»). */
function count(numberWord: string | undefined, unitWord: string): number | null {
  if (numberWord === undefined || numberWord === '') return DUAL.test(unitWord) && !/^(?:ساعات|سنين)$/u.test(unitWord) ? 2 : 1;
  if (/^\d+$/u.test(numberWord)) return Number(numberWord);
  return NUMBER_BY_KEY.get(numberWord) ?? null;
}

/** The count and unit of a stamp's part at `at`: «3 ساعات», «ساعات 4» (scraped right to left), «يومين», «يوم واحد». */
function partAt(words: readonly string[], at: number): { hours: number; used: number } | null {
  const [a, b] = [words[at], words[at + 1]];
  const withNumber = b !== undefined && unitHours(b) !== null ? { n: count(a, b), unit: b, used: 2 } : null;
  // «منذ ساعات 4»: right-to-left scraping can put the number after its unit; «قبل يوم واحد»: the number word «واحد»
  // follows its unit, as Arabic writes one.
  const after = a !== undefined && b !== undefined && unitHours(a) !== null ? (/^\d+$/u.test(b) ? Number(b) : NUMBER_BY_KEY.get(b) === 1 ? 1 : null) : null;
  const reversed = after === null || a === undefined ? null : { n: after, unit: a, used: 2 };
  const bare = a !== undefined && unitHours(a) !== null ? { n: count(undefined, a), unit: a, used: 1 } : null;
  const found = withNumber ?? reversed ?? bare;
  return found === null || found.n === null ? null : { hours: (unitHours(found.unit) ?? 0) * found.n, used: found.used };
}

/**
 * The day a relative publication stamp stands for, against the import date `now` (YYYY-MM-DD): «منذ 3 ساعات»,
 * «قبل يومين», «أمس - 18:20», «أول أمس», «اليوم 10:15», «3 hours ago», «yesterday», and compound stamps whose
 * parts «و» joins («منذ 3 ايام و 4 ساعات و 20 دقيقه», «منذ يوم و3 ساعات»). Only a line that is nothing but the stamp
 * (with labels and a clock) counts: «منذ 3 سنوات» inside a sentence is the story's time, not the page's.
 * Hours count back from the import day's noon (see hoursBefore). Null when the line is no such stamp.
 */
export function relativeStamp(line: string, now: string): string | null {
  // «و3 ساعات», «وساعتين»: the conjunction of a compound stamp is written glued to the part it adds.
  const key = normalise(line.toLowerCase())
    .replace(FRENCH_AGO, ' منذ ')
    // «10:30», «10.30», and French pages' «10h30».
    .replace(/\d{1,2}[:.h]\d{2}(?::\d{2})?/gu, ' ')
    .replace(/(?<![\p{L}])و(?=\d|(?:ساع|دقيق|يوم|اسبوع|شهر|سن)\p{L}*)/gu, 'و ');
  const words = key.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 12) return null;
  const stamp = (days: number, used: number): string | null => (words.length - used <= 0 || words.every((_, i) => i < used || isStampWord(words, i)) ? daysBefore(now, days) : null);
  const letter = words.length <= 2 ? LETTER_STAMP.exec(words.join(' ')) : null;
  if (letter !== null) {
    // «‏2 يوم‏ · 🌐», «3 ساعات»: Facebook's Arabic interface also writes the unit as a word after the count, the
    // count and its unit still the whole line.
    const hours = LETTER_UNITS.get(letter[2] ?? '') ?? unitHours(letter[2] ?? '');
    return hours === undefined || hours === null ? null : hoursBefore(now, Number(letter[1]) * hours);
  }

  const lead = words.findIndex((w) => w === 'منذ' || w === 'قبل');
  // «منذ 3 س», «منذ ٥ د», «3h ago», «3 h ago»: a theme's one-letter unit after the lead word or before «ago», the count
  // and its letter the whole stamp.
  const lettered = lead >= 0 ? words.slice(lead + 1) : words.at(-1) === 'ago' ? words.slice(0, -1) : null;
  const letterRest = lead >= 0 ? words.slice(0, lead) : [];
  const letterAt = lettered !== null && lettered.length <= 2 && letterRest.every((_, i) => isStampWord(words, i)) ? LETTER_STAMP.exec(lettered.join(' ')) : null;
  const letterHours = letterAt === null ? undefined : LETTER_UNITS.get(letterAt[2] ?? '');
  if (letterAt !== null && letterHours !== undefined) return hoursBefore(now, Number(letterAt[1]) * letterHours);
  if (lead >= 0) {
    const first = partAt(words, lead + 1);
    if (first === null) return null;
    let hours = first.hours;
    let end = lead + 1 + first.used;
    // «و 4 ساعات و 20 دقيقه»: each further part adds its time.
    while (words[end] === 'و') {
      const next = partAt(words, end + 1);
      if (next === null) break;
      hours += next.hours;
      end += 1 + next.used;
    }
    if (!words.every((_, i) => (i >= lead && i < end) || isStampWord(words, i))) return null;
    return hoursBefore(now, hours);
  }
  const ago = words.indexOf('ago');
  if (ago >= 2) {
    const unit = words[ago - 1] ?? '';
    const n = count(words[ago - 2], unit);
    const hours = unitHours(unit);
    if (n !== null && hours !== null && words.length === ago + 1) return hoursBefore(now, hours * n);
  }
  const part = DAY_PART_WORDS.has(words[0] ?? '') ? 1 : 0;
  const day = (days: number, used: number): string | null => stamp(days, part + used);
  if (words[part] === 'اول' && words[part + 1] === 'امس') return day(2, 2);
  if (YESTERDAY.has(words[part] ?? '')) return day(1, 1);
  // A bare «اليوم» is a word of the story; beside a clock («اليوم 10:15») it is the page's stamp.
  const clock = /\d{1,2}[:.h]\d{2}/u.test(line);
  if (words[part] === 'اليوم' || (part === 0 && words[0] === 'today')) return clock ? day(0, 1) : null;
  return null;
}
