import { describe, expect, it } from 'vitest';
import { verbalStems } from '../../../../main/analysis/summary/verbal-stems.ts';

describe('verbalStems', () => {
  it('makes a verb in one sentence and its verbal noun in another one stem', () => {
    const { stemsOf } = verbalStems(['انفجرت قنبلة قرب سوق الخضار في المدينة القديمة.', 'أسفر الانفجار قرب سوق الخضار عن أضرار كبيرة.']);
    const shared = [...stemsOf(0)].filter((s) => stemsOf(1).has(s));
    expect(shared).toContain('7:فجر');
  });

  it('gives a form-I verb the stem its noun already has («حرقوا» / «الحرق»)', () => {
    const { stemsOf } = verbalStems(['حرقوا محاصيل القمح في الحقول.', 'أتى الحرق على محاصيل القمح.']);
    expect([...stemsOf(0)].filter((s) => stemsOf(1).has(s))).toContain('حرق');
  });

  it('leaves a word that only looks like a verb its own stem when its key unites nothing («تونس»)', () => {
    const { stemsOf, unite } = verbalStems(['زار الوفد تونس الأسبوع الماضي.', 'رحبت الحكومة التونسية بالوفد.']);
    expect(unite('تونس')).toBe('تونس');
    expect([...stemsOf(0)].filter((s) => stemsOf(1).has(s))).toContain('تونس');
  });
});
