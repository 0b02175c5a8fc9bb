// A page's slashed stamp read month first when day first it would be a day after the import.
import type { DateMention } from '../../text/dates/index.ts';

// «01/12/2026»: two figures of a day or a month, then a year of four, set apart by slashes only (dots and dashes are
// day-first conventions; North American sites print the month first with slashes).
const SLASHED = /^\p{N}{1,2}\/\p{N}{1,2}\/\p{N}{4}$/u;

/**
 * The stamp `m` as a month-first date when its text is slashed, its day-first reading (the date tagger's) falls after
 * the import date `now` and the month-first one does not: a page cannot be stamped with a day that had not come
 * when it was saved, so «01/12/2026» on a page imported on 2026-01-15 is the 12th of January, as Canadian and US
 * sites print it. Any other mention is returned as it is.
 */
export function monthFirstWhenLater(m: DateMention, now: string | undefined): DateMention {
  if (now === undefined || m.kind !== 'date' || !SLASHED.test(m.text.trim())) return m;
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(m.value);
  if (parts === null || m.value <= now.slice(0, 10)) return m;
  const [, year, month, day] = parts;
  if (Number(day) > 12) return m;
  const swapped = `${year}-${day}-${month}`;
  const valid = new Date(`${swapped}T00:00:00Z`).getUTCDate() === Number(month);
  return valid && swapped <= now.slice(0, 10) ? { ...m, value: swapped } : m;
}
