// A page's slashed stamp read month first when day first it would be a day after the import.
import { fullDay, isoDay, isValidYmd, parsePartialDate, toDayNumber, weekdayOf, weekdayOfWord, type DateMention } from '../../text/dates/index.ts';

// «01/12/2026»: two figures of a day or a month, then a year of four, set apart by slashes only (dots and dashes are
// day-first conventions; North American sites print the month first with slashes).
const SLASHED = /^\p{N}{1,2}\/\p{N}{1,2}\/\p{N}{4}$/u;
// «01-12-2026 09:14 AM»: dashed, the same order when the line's clock carries the English meridiem, as American
// feeds and the diaspora sites built on their themes print it; an Arab page's dashed date with «ص»/«م» stays day first.
const DASHED = /^\p{N}{1,2}-\p{N}{1,2}-\p{N}{4}$/u;
const ENGLISH_MERIDIEM = /\d{1,2}:\d{2}(?::\d{2})?\s*(?:AM|PM|a\.m\.|p\.m\.)(?![\p{L}])/iu;

// An Arab page's local day is often already the next one in UTC, the import's day (overnight in the Gulf, an evening
// import in the Americas): a day-first reading one day after the import is that, not a month-first stamp.
const ZONE_SLACK_DAYS = 1;

/** The weekdays (0 = Sunday) the words of a line name («الثلاثاء 01/12/2026»). */
function weekdaysNamed(line: string): number[] {
  return (line.match(/[\p{L}\p{M}]+/gu) ?? []).flatMap((w) => {
    const day = weekdayOfWord(w);
    return day === undefined ? [] : [day];
  });
}

/**
 * The stamp `m` as a month-first date when its text is slashed (or dashed beside an «AM»/«PM» clock), its day-first reading (the date tagger's) falls two
 * days or more after the import date `now` and the month-first one does not: a page cannot be stamped with a day that
 * had not come when it was saved, so «01/12/2026» on a page imported on 2026-01-15 is the 12th of January, as Canadian
 * and US sites print it. A weekday on the stamp's `line` that is not the month-first day's keeps the day-first reading
 * («الثلاثاء 01/12/2026»: the 1st of December is a Tuesday). Any other mention is returned as it is.
 */
export function monthFirstWhenLater(m: DateMention, now: string | undefined, line = ''): DateMention {
  const text = m.text.trim();
  if (now === undefined || m.kind !== 'date' || !(SLASHED.test(text) || (DASHED.test(text) && ENGLISH_MERIDIEM.test(line)))) return m;
  const read = fullDay(parsePartialDate(m.value));
  const today = fullDay(parsePartialDate(now.slice(0, 10)));
  if (read === null || today === null || toDayNumber(read) - toDayNumber(today) <= ZONE_SLACK_DAYS) return m;
  const swapped = { year: read.year, month: read.day, day: read.month };
  if (!isValidYmd(swapped) || toDayNumber(swapped) > toDayNumber(today)) return m;
  const named = weekdaysNamed(line);
  return named.length > 0 && !named.includes(weekdayOf(swapped)) ? m : { ...m, value: isoDay(swapped) };
}
