import { describe, expect, it } from 'vitest';
import { findDates } from '../../../../main/text/dates/index.ts';

// 2025-02-12 is a Wednesday.
const REF = '2025-02-12';
const at = (text: string) => findDates(text, { reference: REF }).map((m) => ({ text: m.text, value: m.value, approximate: m.approximate, confirmed: m.confirmed === true }));

describe('findDates — a relative day with its weekday written beside it', () => {
  it('takes the weekday into the mention and marks the day confirmed when the two agree', () => {
    expect(at('افتتح المحافظ أمس الثلاثاء جسرا جديدا فوق الوادي.')).toEqual([{ text: 'أمس الثلاثاء', value: '2025-02-11', approximate: false, confirmed: true }]);
    expect(at('تنطلق القافلة غدا الخميس من الميناء.')).toEqual([{ text: 'غدا الخميس', value: '2025-02-13', approximate: false, confirmed: true }]);
    expect(at('وصلت الشحنة أول أمس الاثنين إلى المخازن.')).toEqual([{ text: 'أول أمس الاثنين', value: '2025-02-10', approximate: false, confirmed: true }]);
  });

  it('marks the day approximate when the weekday disagrees with the article date («أمس الأحد» in a Wednesday article)', () => {
    expect(at('افتتح المحافظ أمس الأحد جسرا جديدا فوق الوادي.')).toEqual([{ text: 'أمس الأحد', value: '2025-02-11', approximate: true, confirmed: false }]);
  });

  it('leaves «اليوم» with a weekday to the weekday rule, and a bare «أمس» unconfirmed', () => {
    expect(at('تستأنف المدارس الدراسة اليوم الأربعاء بعد العطلة.').map((m) => [m.text, m.value])).toEqual([['اليوم الأربعاء', REF]]);
    expect(at('افتتح المحافظ أمس جسرا جديدا.')).toEqual([{ text: 'أمس', value: '2025-02-11', approximate: false, confirmed: false }]);
  });
});
