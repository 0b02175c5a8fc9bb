import { describe, expect, it } from 'vitest';
import { readDate } from '../../../../main/text/dates/read-date.ts';

describe('readDate', () => {
  it('reads a day typed in Arabic words, Arabic-Indic digits, numbers or ISO form', () => {
    for (const typed of ['26 أغسطس 2024', '٢٦ آب ٢٠٢٤', '26/8/2024', '2024-08-26', ' 2024-08-26 ', '26 August 2024', 'Aug 26, 2024']) {
      expect(readDate(typed), typed).toMatchObject({ value: '2024-08-26', days: { start: '2024-08-26', end: '2024-08-26' }, ar: '26 أغسطس 2024' });
    }
  });

  it('gives a month or a year the days it covers', () => {
    expect(readDate('فبراير 2024')).toMatchObject({ value: '2024-02', days: { start: '2024-02-01', end: '2024-02-29' } });
    expect(readDate('sept 2024')).toMatchObject({ value: '2024-09', days: { start: '2024-09-01', end: '2024-09-30' } });
    expect(readDate('٢٠٢٣')).toMatchObject({ value: '2023', days: { start: '2023-01-01', end: '2023-12-31' } });
  });

  it('turns a Hijri day into its Gregorian day', () => {
    expect(readDate('12 شوال 1446')).toMatchObject({ value: '2025-04-10', hijri: { ar: '12 شوال 1446 هـ' } });
  });

  it('reads a day without its year, which covers no fixed days', () => {
    expect(readDate('26 أغسطس')).toMatchObject({ value: '--08-26', days: null, en: '26 August, year unknown' });
  });

  it('refuses text that is not exactly one date', () => {
    for (const typed of ['', 'غداً', 'hello', '31/2/2024', '30 February 2024', 'Ma 2024', '26 أغسطس 2024 ثم 27 أغسطس 2024', 'قبل 26 أغسطس 2024']) expect(readDate(typed), typed).toBeNull();
  });
});
