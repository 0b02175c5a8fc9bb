import { describe, expect, it } from 'vitest';
import { datedArticle as dated, whenQuestions as dateQuestions } from '../../../helpers/date-questions.ts';

// Shortened forms of review 25's ferry story (studied material): one event of the summary, two dates of two events.

describe('the day a sentence of an event puts it on, not a day of a side frame (date-contradictions.ts)', () => {
  const update = dated('a', 'صوت الجزيرة', 'وأعلن خفر السواحل انتشال جثتين جديدتين لترتفع الحصيلة، وهو الرقم نفسه الذي أعلنته مصادر طبية الجمعة 9 يناير 2026.', '2026-01-13');
  const shares = dated('b', 'نشرة الموانئ', 'تراجعت أسهم شركة الأمواج للملاحة بنسبة كبيرة منذ غرق عبارتها «نجمة البحر» الأربعاء 7 يناير 2026.', '2026-01-14');

  it('leaves a date after a relative pronoun or «منذ» in its clause out of the comparison', () => {
    expect(dateQuestions([update, shares])).toEqual([]);
  });

  it('still sets two days of one development told in the main clause against each other', () => {
    const early = dated('c', 'الساحل', 'غرقت العبارة «نجمة البحر» الأربعاء 7 يناير 2026 قبالة رأس النخيل.', '2026-01-08');
    const late = dated('d', 'المرفأ', 'غرقت العبارة «نجمة البحر» الخميس 8 يناير 2026 قبالة رأس النخيل.', '2026-01-10');
    expect(dateQuestions([early, late])).toHaveLength(1);
  });
});
