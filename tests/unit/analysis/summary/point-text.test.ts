import { describe, expect, it } from 'vitest';
import { pointText } from '../../../../main/analysis/summary/point-text.ts';
import { placeDatelineEnd } from '../../../../main/text/gazetteer/place-dateline.ts';

describe('pointText', () => {
  it('drops a place dateline glued to the start (review 27, 10): the point tells the act, not where it was filed', () => {
    expect(pointText('بغداد - أجّلت لجنة المالية النيابية التصويت على الطلب.')).toBe('أجّلت لجنة المالية النيابية التصويت على الطلب.');
    expect(pointText('دمشق — قالت الوزارة إن الجسر أغلق.')).toBe('قالت الوزارة إن الجسر أغلق.');
  });

  it('then drops a connective «و» as before, and keeps the sentence verbatim otherwise', () => {
    expect(pointText('وقال الوزير إن الجسر أغلق.')).toBe('قال الوزير إن الجسر أغلق.');
    expect(pointText('أجّلت اللجنة التصويت في بغداد - بحسب مصدر.')).toBe('أجّلت اللجنة التصويت في بغداد - بحسب مصدر.');
  });

  it('keeps what only looks like a dateline: a subject set off by a dash, a hyphenated name, a dash with nothing after', () => {
    expect(pointText('الحكومة - بعد أسابيع من الجدل - أقرت الموازنة.')).toBe('الحكومة - بعد أسابيع من الجدل - أقرت الموازنة.');
    expect(placeDatelineEnd('بغداد-الرصافة تشهد ازدحاما.')).toBe(0);
    expect(placeDatelineEnd('بغداد - ')).toBe(0);
  });
});
