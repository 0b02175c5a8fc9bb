import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { arabicDateWords, DATE_PARTS_OPTIONS, type DateCalendar, type DateParts, type Numbering } from '../../../../main/text/dates/arabic-date-words.ts';
import { UMM_AL_QURA_FIRST_DAY, UMM_AL_QURA_MONTH_LENGTHS } from '../../../../main/text/dates/arabic-date-tables.ts';
import { arabicDateTablesSource, TABLES_FILE } from '../../../../scripts/generate-arabic-date-tables.ts';

const DAY_MS = 86_400_000;
const CALENDARS: readonly DateCalendar[] = ['gregorian', 'hijri'];
const NUMBERINGS: readonly Numbering[] = ['latn', 'arab'];
const PARTS = Object.keys(DATE_PARTS_OPTIONS) as DateParts[];

function icu(calendar: DateCalendar, parts: DateParts, numbering: Numbering): Intl.DateTimeFormat {
  const locale = calendar === 'gregorian' ? `ar-u-ca-gregory-nu-${numbering}` : `ar-SA-u-ca-islamic-umalqura-nu-${numbering}`;
  return new Intl.DateTimeFormat(locale, { ...DATE_PARTS_OPTIONS[parts], timeZone: 'UTC' });
}

/** One past the table's last day: its first day plus every month's length. */
const END_DAY = UMM_AL_QURA_FIRST_DAY + [...UMM_AL_QURA_MONTH_LENGTHS.join('')].reduce((days, length) => days + (length === '1' ? 30 : 29), 0);

describe('arabicDateWords', () => {
  it('is the generator’s output, so the committed table is what ICU says today', () => {
    expect(fs.readFileSync(TABLES_FILE, 'utf8')).toBe(arabicDateTablesSource());
  });

  it('says every day of the table’s range as Intl does, in both calendars, every set of parts, both numberings', () => {
    // 1300–1600 AH: ≈ 107,000 days; a difference is reported once per calendar, parts and numbering.
    for (const calendar of CALENDARS) {
      for (const numbering of NUMBERINGS) {
        for (const parts of PARTS) {
          const format = icu(calendar, parts, numbering);
          let first: { day: string; table: string; icu: string } | null = null;
          for (let day = UMM_AL_QURA_FIRST_DAY; day < END_DAY && first === null; day += 1) {
            const date = new Date(day * DAY_MS);
            const table = arabicDateWords(date, calendar, parts, numbering);
            const said = format.format(date);
            if (table !== said) first = { day: date.toISOString().slice(0, 10), table, icu: said };
          }
          expect(first, `${calendar} ${parts} ${numbering}`).toBeNull();
        }
      }
    }
  }, 120_000);

  it('covers 12 November 1882 to 25 November 2174, and outside that range says what Intl says', () => {
    expect(new Date(UMM_AL_QURA_FIRST_DAY * DAY_MS).toISOString().slice(0, 10)).toBe('1882-11-12');
    expect(new Date(END_DAY * DAY_MS).toISOString().slice(0, 10)).toBe('2174-11-26');
    const outside = [UMM_AL_QURA_FIRST_DAY - 1, END_DAY, END_DAY + 400, Date.UTC(1066, 9, 14) / DAY_MS, Date.UTC(9999, 11, 31) / DAY_MS, Date.UTC(0, 0, 1) / DAY_MS];
    for (const day of outside) {
      const date = new Date(day * DAY_MS);
      for (const calendar of CALENDARS) {
        for (const numbering of NUMBERINGS) {
          for (const parts of PARTS) expect(arabicDateWords(date, calendar, parts, numbering)).toBe(icu(calendar, parts, numbering).format(date));
        }
      }
    }
    // Outside the table ICU reckons Umm al-Qura days by arithmetic (proleptic Gregorian input): still said, by Intl.
    expect(arabicDateWords(new Date(Date.UTC(1066, 9, 14)), 'hijri', 'day-month-year', 'latn')).toBe('15 ذو القعدة 458 هـ');
  });

  it('says a time of day as its UTC day, as Intl with timeZone UTC does', () => {
    const lateInDay = new Date(Date.UTC(2025, 3, 10, 23, 59, 59));
    expect(arabicDateWords(lateInDay, 'gregorian', 'day-month-year', 'latn')).toBe('10 أبريل 2025');
    expect(arabicDateWords(lateInDay, 'hijri', 'day-month-year', 'arab')).toBe('١٢ شوال ١٤٤٦ هـ');
  });
});
