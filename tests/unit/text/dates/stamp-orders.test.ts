import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../main/text/dates/index.ts';

const pick = (text: string, reference: string | null = '2026-01-15') =>
  findDates(text, { reference }).map((m) => [m.text, m.value, m.kind]);

// Strings of our own, in the orders stamps were seen printed in (the `search` tool's pages; issue 13).
describe('findDates — the orders stamps print a date in', () => {
  it('reads a year first and the month by its name, the day closing the stamp', () => {
    expect(pick('2025 تشرين الأول 7 09:30')).toEqual([['2025 تشرين الأول 7', '2025-10-07', 'date']]);
    expect(pick('2025 أكتوبر 7 | محليات')).toEqual([['2025 أكتوبر 7', '2025-10-07', 'date']]);
    expect(pick('2025 أكتوبر 7')).toEqual([['2025 أكتوبر 7', '2025-10-07', 'date']]);
    // A figure after the month that counts something is prose.
    expect(pick('خلال 2025 أكتوبر 7 مرات').filter(([, , k]) => k === 'date')).toEqual([]);
  });

  it('reads an American month/day with a two-digit year when only that order reads, with slashes only', () => {
    expect(pick('[10/23/25, 7:05 PM]')).toEqual([['10/23/25', '2025-10-23', 'date']]);
    expect(pick('23/10/25')).toEqual([['23/10/25', '2025-10-23', 'date']]);
    expect(pick('3/4/25')).toEqual([['3/4/25', '2025-04-03', 'date']]);
    expect(pick('10-23-25')).toEqual([]);
  });

  it('reads a numeric date month-first when the weekday printed before it says so (Drupal\'s default stamp)', () => {
    // 3 February 2026 is a Tuesday, 2 March a Monday.
    expect(pick('ثلاثاء, 02/03/2026 - 08:20')).toEqual([['02/03/2026', '2026-02-03', 'date']]);
    expect(pick('الاثنين 02/03/2026')).toEqual([['02/03/2026', '2026-03-02', 'date']]);
    // Without a weekday, or one neither order gives, the day comes first.
    expect(pick('02/03/2026')).toEqual([['02/03/2026', '2026-03-02', 'date']]);
    expect(pick('جمعة, 02/03/2026')).toEqual([['02/03/2026', '2026-03-02', 'date']]);
  });

  it('reads a day-first numeric date of the Hijri range as a Hijri day, with or without its era mark', () => {
    expect(pick('الأحد 22 / 7 / 1447')).toEqual([['22 / 7 / 1447', '2026-01-11', 'hijri']]);
    expect(pick('22/7/1447هـ')).toEqual([['22/7/1447هـ', '2026-01-11', 'hijri']]);
  });
});
