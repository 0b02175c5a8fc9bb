import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../main/text/dates/index.ts';

const pick = (text: string, reference: string | null = '2026-01-15') =>
  findDates(text, { reference }).map((m) => [m.text, m.value, m.kind]);

describe('findDates — the wider grammar (month families, glued days, two-digit years)', () => {
  it('reads Mauritanian month names and a day glued to its month', () => {
    expect(pick('انطلقت الحملة الأحد 28دجمبر 2025 م بمدينة سيلبابي')).toEqual([['الأحد 28دجمبر 2025 م', '2025-12-28', 'date']]);
    expect(pick('في 3 دسمبر 2024')).toEqual([['3 دسمبر 2024', '2024-12-03', 'date']]);
  });

  it('reads the Levantine names numbered as CMS menus print them, with the other name after a slash', () => {
    expect(pick('الجمعة 09 كانون2/يناير 2026 12:40')).toEqual([['الجمعة 09 كانون2/يناير 2026', '2026-01-09', 'date']]);
    expect(pick('5 تشرين1 2025')).toEqual([['5 تشرين1 2025', '2025-10-05', 'date']]);
    // The two names must agree.
    expect(pick('09 كانون2/مارس 2026').filter(([, , k]) => k === 'date')).toEqual([]);
  });

  it('reads a day-first numeric date with a two-digit year in the century of the reference', () => {
    expect(pick('نشر 12/01/26 الساعة 10:00')).toEqual([['12/01/26', '2026-01-12', 'date']]);
    expect(pick('09.01.26')).toEqual([['09.01.26', '2026-01-09', 'date']]);
    expect(pick('11-1-26')).toEqual([['11-1-26', '2026-01-11', 'date']]);
    expect(pick('12/01/99')).toEqual([['12/01/99', '1999-01-12', 'date']]);
    expect(pick('12-يناير-26')).toEqual([['12-يناير-26', '2026-01-12', 'date']]);
  });

  it('leaves what only looks like a short date: a version, a score, a day that does not exist, an undated reference', () => {
    expect(pick('الإصدار 1.5.20')).toEqual([]);
    expect(pick('انتهت المباراة 2-1-26')).toEqual([]);
    expect(pick('31/02/26')).toEqual([]);
    expect(pick('12/01/26', null)).toEqual([]);
  });

  it('reads Arabic-Indic and Persian digits in every form', () => {
    expect(pick('٠٩/٠١/٢٠٢٦')).toEqual([['٠٩/٠١/٢٠٢٦', '2026-01-09', 'date']]);
    expect(pick('۱۲/۰۱/۲۶')).toEqual([['۱۲/۰۱/۲۶', '2026-01-12', 'date']]);
  });
});

describe('findDates — a month name held by dashes or slashes with a four-digit year', () => {
  it('reads «D-Month-YYYY» and «D/Month/YYYY», and no dash run that is not a date', () => {
    expect(pick('07-يناير-2026')).toEqual([['07-يناير-2026', '2026-01-07', 'date']]);
    expect(pick('31-فبراير-2026').filter(([, , k]) => k === 'date')).toEqual([]);
    // The two separators must agree.
    expect(pick('07-يناير/2026').filter(([t]) => t === '07-يناير/2026')).toEqual([]);
  });
});
