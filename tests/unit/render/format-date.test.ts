import { describe, expect, it } from 'vitest';
import { formatGregorian, formatHijri, formatPartialDate } from '../../../main/render/format-date.ts';

describe('format-date', () => {
  it('writes Gregorian and Umm al-Qura Hijri dates in Arabic, Western or Arabic-Indic digits', () => {
    expect(formatGregorian('2025-04-10T09:00:00Z')).toBe('10\u00a0أبريل\u00a02025');
    expect(formatGregorian('2025-04-10T09:00:00Z', 'arabic-indic')).toBe('١٠\u00a0أبريل\u00a0٢٠٢٥');
    expect(formatHijri('2025-04-10T09:00:00Z')).toBe('12\u00a0شوال\u00a01446\u00a0هـ');
    // 1 Ramadan 1446 was 1 March 2025 in the Umm al-Qura calendar.
    expect(formatHijri('2025-03-01T12:00:00Z')).toBe('1\u00a0رمضان\u00a01446\u00a0هـ');
    expect(formatHijri('2025-03-01T12:00:00Z', 'arabic-indic')).toBe('١\u00a0رمضان\u00a0١٤٤٦\u00a0هـ');
  });

  it('writes partial dates as far as they are known, their parts bound by no-break spaces', () => {
    expect(formatPartialDate('2024')).toBe('2024');
    expect(formatPartialDate('2024-12')).toBe('ديسمبر\u00a02024');
    expect(formatPartialDate('2024-12-08')).toBe('8\u00a0ديسمبر\u00a02024');
    // A day without its year says so, as the UI and the brief copied as text do (text/dates/say-date.ts).
    expect(formatPartialDate('--08-26')).toBe('26\u00a0أغسطس، السنة غير معروفة');
    expect(formatPartialDate('--02-29')).toBe('29\u00a0فبراير، السنة غير معروفة');
    expect(formatPartialDate('--08-26', 'arabic-indic')).toBe('٢٦\u00a0أغسطس، السنة غير معروفة');
    expect(formatPartialDate('2024-12-08', 'arabic-indic')).toBe('٨\u00a0ديسمبر\u00a0٢٠٢٤');
    expect(formatPartialDate('2024', 'arabic-indic')).toBe('٢٠٢٤');
    expect(() => formatPartialDate('December')).toThrow(/not a partial date/);
    expect(() => formatGregorian('soon')).toThrow(/not a date/);
  });
});
