import { describe, expect, it } from 'vitest';
import { namesNoClaim } from '../../../../main/analysis/questions/claim-shape.ts';

describe('a phrase that names no claim (review 27 finding 8)', () => {
  it('is a name, a pointer, a time phrase or these together', () => {
    expect(namesNoClaim('فهد آل زيدان الأسبوع الماضي')).toBe(true);
    expect(namesNoClaim('ضياء عبد الرزاق ذلك')).toBe(true);
    expect(namesNoClaim('ذلك في السابع من الشهر الجاري')).toBe(true);
  });

  it('is not an act, a name that does something, or a thing with its time', () => {
    expect(namesNoClaim('إغلاق المعبر يوم الأحد')).toBe(false);
    expect(namesNoClaim('فهد آل زيدان استقال من منصبه الأسبوع الماضي')).toBe(false);
    expect(namesNoClaim('وجود قواعد أجنبية في الإقليم')).toBe(false);
    expect(namesNoClaim('تلقي أي عرض رسمي')).toBe(false);
  });
});
