import { describe, expect, it } from 'vitest';
import { formatGregorian, formatHijri, formatPartialDate } from '../../../main/render/format-date.ts';

describe('format-date', () => {
  it('writes Gregorian and Umm al-Qura Hijri dates in Arabic, Western or Arabic-Indic digits', () => {
    expect(formatGregorian('2025-04-10T09:00:00Z')).toBe('10 أبريل 2025');
    expect(formatGregorian('2025-04-10T09:00:00Z', 'arabic-indic')).toBe('١٠ أبريل ٢٠٢٥');
    expect(formatHijri('2025-04-10T09:00:00Z')).toBe('12 شوال 1446 هـ');
    // 1 Ramadan 1446 was 1 March 2025 in the Umm al-Qura calendar.
    expect(formatHijri('2025-03-01T12:00:00Z')).toBe('1 رمضان 1446 هـ');
    expect(formatHijri('2025-03-01T12:00:00Z', 'arabic-indic')).toBe('١ رمضان ١٤٤٦ هـ');
  });

  it('writes partial dates as far as they are known', () => {
    expect(formatPartialDate('2024')).toBe('2024');
    expect(formatPartialDate('2024-12')).toBe('ديسمبر 2024');
    expect(formatPartialDate('2024-12-08')).toBe('8 ديسمبر 2024');
    // A day without its year says so, as the UI and the brief copied as text do (text/dates/say-date.ts).
    expect(formatPartialDate('--08-26')).toBe('26 أغسطس، السنة غير معروفة');
    expect(formatPartialDate('--02-29')).toBe('29 فبراير، السنة غير معروفة');
    expect(formatPartialDate('--08-26', 'arabic-indic')).toBe('٢٦ أغسطس، السنة غير معروفة');
    expect(formatPartialDate('2024-12-08', 'arabic-indic')).toBe('٨ ديسمبر ٢٠٢٤');
    expect(formatPartialDate('2024', 'arabic-indic')).toBe('٢٠٢٤');
    expect(() => formatPartialDate('December')).toThrow(/not a partial date/);
    expect(() => formatGregorian('soon')).toThrow(/not a date/);
  });
});
