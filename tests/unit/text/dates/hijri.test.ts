import { describe, expect, it } from 'vitest';
import { HIJRI_ERA, HIJRI_MONTHS, UMM_AL_QURA_FIRST_YEAR, UMM_AL_QURA_MONTH_LENGTHS } from '../../../../main/text/dates/arabic-date-tables.ts';
import { arabicDateWords } from '../../../../main/text/dates/arabic-date-words.ts';
import { toDayNumber } from '../../../../main/text/dates/calendar.ts';
import { hijriDay } from '../../../../main/text/dates/hijri.ts';
import { findDates } from '../../../../main/text/dates/index.ts';

describe('hijriDay', () => {
  it('reads every month start of the table as the day the table prints as that month’s first', () => {
    const wrong: string[] = [];
    UMM_AL_QURA_MONTH_LENGTHS.forEach((lengths, y) => {
      const year = UMM_AL_QURA_FIRST_YEAR + y;
      for (let month = 1; month <= 12; month++) {
        const d = hijriDay(year, month, 1);
        const said = d === null ? null : arabicDateWords(new Date(toDayNumber(d) * 86_400_000), 'hijri', 'day-month-year', 'latn');
        if (said !== `1 ${HIJRI_MONTHS[month - 1] ?? ''} ${String(year)} ${HIJRI_ERA}`) wrong.push(`${String(year)}-${String(month)}: ${said ?? 'null'}`);
        // The month's last day is 29 or 30 as the table says, and no day after it exists.
        const length = lengths[month - 1] === '1' ? 30 : 29;
        if (hijriDay(year, month, length) === null || hijriDay(year, month, length + 1) !== null) wrong.push(`${String(year)}-${String(month)} length`);
      }
    });
    expect(wrong).toEqual([]);
  });

  it('follows ICU’s Umm al-Qura where other converters differ, and reads the years before 1343', () => {
    // 1 Muharram 1400: ICU (and so the printed words) says 21 November 1979; @tabby_ai/hijri-converter said the 20th.
    expect(hijriDay(1400, 1, 1)).toEqual({ year: 1979, month: 11, day: 21 });
    expect(findDates('1 محرم 1400 هـ').map((m) => m.value)).toEqual(['1979-11-21']);
    expect(findDates('الثلاثاء 24 / 7 / 1320').map((m) => [m.value, m.kind])).toEqual([['1902-10-26', 'hijri']]);
    expect(hijriDay(1299, 12, 1)).toBeNull();
    expect(hijriDay(1446, 13, 1)).toBeNull();
  });
});
