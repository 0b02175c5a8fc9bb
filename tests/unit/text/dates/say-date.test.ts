import { describe, expect, it } from 'vitest';
import { sayDate, sayDateInArabic } from '../../../../main/text/dates/say-date.ts';

describe('sayDate', () => {
  it('says a day in Arabic and English words, with its Umm al-Qura day', () => {
    expect(sayDate('2024-08-26')).toEqual({ ar: '26 أغسطس 2024', en: '26 August 2024', hijri: { ar: '22 صفر 1446 هـ', en: '22 Safar 1446 AH' } });
  });

  it('says a day whose year is unknown as such, never as --MM-DD', () => {
    expect(sayDate('--08-26')).toEqual({ ar: '26 أغسطس، السنة غير معروفة', en: '26 August, year unknown', hijri: null });
    // A leap day without a year is still a day.
    expect(sayDate('--02-29')?.en).toBe('29 February, year unknown');
  });

  it('says a month and a year as far as they are known', () => {
    expect(sayDate('2024-08')).toEqual({ ar: 'أغسطس 2024', en: 'August 2024', hijri: null });
    expect(sayDate('2024')).toEqual({ ar: '2024', en: '2024', hijri: null });
  });

  it('refuses what is not a partial date', () => {
    expect(sayDate('2024-02-30')).toBeNull();
    expect(sayDate('26 August')).toBeNull();
  });
});

describe('sayDateInArabic', () => {
  it('says what sayDate says in Arabic, the Hijri day included', () => {
    for (const value of ['2025-04-10', '2024-02-29', '--08-26', '--02-29', '2024-08', '2024', '1999-12-31']) {
      const both = sayDate(value);
      expect(sayDateInArabic(value)).toEqual({ words: both?.ar, hijri: both?.hijri?.ar ?? null });
    }
    expect(sayDateInArabic('2024-02-30')).toBeNull();
  });
});
