import { describe, expect, it } from 'vitest';
import { datedArticle as dated, whenQuestions as dateQuestions } from '../../../helpers/date-questions.ts';

// Shortened forms of review 27's strike story (studied material): a hearing forecast for a day, then a later report of
// what the committee did on another day. One event of the summary.

describe('a forecast against a later report of what happened (date-contradictions.ts forecast)', () => {
  const planned = dated('a', 'الرافدين اليوم', 'يتوقع أن تعقد لجنة المالية النيابية جلسة استماع لوزير المالية يوم الأحد 11 يناير 2026.', '2026-01-07');
  const report = dated('b', 'بغداد بوست', 'أجلت لجنة المالية النيابية جلسة استماع وزير المالية والتصويت يوم الثلاثاء 13 يناير 2026.', '2026-01-14');

  it('asks no «when did it happen»: the plan moved, and the later report says where', () => {
    expect(dateQuestions([planned, report])).toEqual([]);
  });

  it('still sets two forecasts of one event for different days against each other', () => {
    const other = dated('c', 'المرصد الاقتصادي', 'يتوقع أن تعقد لجنة المالية النيابية جلسة استماع لوزير المالية يوم الاثنين 12 يناير 2026.', '2026-01-08');
    expect(dateQuestions([planned, other])).toHaveLength(1);
  });

  it('still sets two reports of one past event on different days against each other', () => {
    const early = dated('d', 'الساحل', 'أجلت لجنة المالية النيابية جلسة استماع وزير المالية والتصويت يوم الاثنين 12 يناير 2026.', '2026-01-13');
    expect(dateQuestions([early, report])).toHaveLength(1);
  });
});
