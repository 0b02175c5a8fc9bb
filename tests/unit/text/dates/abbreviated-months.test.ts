import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../main/text/dates/index.ts';

const pick = (text: string) => findDates(text, { reference: '2026-01-15' }).map((m) => [m.text, m.value, m.kind]);

describe('findDates — the Levantine months abbreviated to a letter and their number («ك2», «ت1»)', () => {
  it('reads them between a day and a printed year, in either digit set, with the other name after a slash', () => {
    expect(pick('13 ك2 2026')).toEqual([['13 ك2 2026', '2026-01-13', 'date']]);
    expect(pick('١٣ ك٢ ٢٠٢٦')).toEqual([['١٣ ك٢ ٢٠٢٦', '2026-01-13', 'date']]);
    expect(pick('5 ت1 2025')).toEqual([['5 ت1 2025', '2025-10-05', 'date']]);
    expect(pick('30 ت2، 2025')).toEqual([['30 ت2، 2025', '2025-11-30', 'date']]);
    expect(pick('9 ك1/ديسمبر 2025')).toEqual([['9 ك1/ديسمبر 2025', '2025-12-09', 'date']]);
  });

  it('reads no date from a letter and a figure without the day and the year, a day the month lacks, or names that disagree', () => {
    expect(pick('وصل 3 ت1 في الصباح')).toEqual([]);
    expect(pick('سيارة ك2 موديل 2026').filter(([, , k]) => k !== 'year')).toEqual([]);
    expect(pick('31 ت2 2025').filter(([, , k]) => k === 'date')).toEqual([]);
    expect(pick('9 ك1/يناير 2025').filter(([, , k]) => k === 'date')).toEqual([]);
  });
});
