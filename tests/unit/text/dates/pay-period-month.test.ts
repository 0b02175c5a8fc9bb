import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../main/text/dates/index.ts';

// rev27 #4: «رواتب شهر تشرين الأول ستُصرف» in an article of 7 January 2026 became «أكتوبر 2026 (مرتقب)». The month names
// what the pay is for, not when it is paid: the future verb does not move it; it takes the month nearest the article.
describe('a month named as the period of a pay', () => {
  const at = (text: string): string[] => findDates(text, { reference: '2026-01-07' }).map((m) => m.value);

  it('is not put ahead by the future verb of the paying', () => {
    expect(at('وأوضح الوزير أن رواتب شهر تشرين الأول ستُصرف قبل نهاية الأسبوع')).toContain('2025-10');
    expect(at('وقال إن الحكومة ستدفع مستحقات شهر أكتوبر للعمال')).toEqual(['2025-10']);
    expect(at('وسيتسلم المتقاعدون معاشات تشرين الثاني/نوفمبر')).toEqual(['2025-11']);
  });

  it('still goes ahead when the month itself is the time of a future act', () => {
    expect(at('وستُصرف الرواتب في شهر تشرين الأول')).toEqual(['2026-10']);
    expect(at('ويزور الوفد بغداد في أكتوبر المقبل لبحث رواتب العمال')).toEqual(['2026-10']);
  });
});
