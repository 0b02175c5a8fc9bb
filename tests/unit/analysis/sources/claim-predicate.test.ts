import { describe, expect, it } from 'vitest';
import { carriesClaim, carriesDatedClaim } from '../../../../main/analysis/sources/claim-carriers.ts';
import { claimPredicate, tellsPredicate } from '../../../../main/analysis/sources/claim-predicate.ts';

// Shortened forms of the review 27 articles' sentences (a dock strike, a company's director, a court).
const SAID = 'وقال مدير الشركة العامة لموانئ العراق، كريم جواد الخفاجي، إن الدفعة "تغطي جميع العمال الدائمين".';
const HEARING = 'وقالت المحكمة الاتحادية العليا إن جلستها الأولى في دعوى النقابة ستُعقد غداً الخميس.';

describe('a carrier of a reported claim tells what was said, not only who said it (review 27, finding 9)', () => {
  it('the same man saying another thing is no carrier; saying the same in other words is', () => {
    expect(claimPredicate(SAID)).not.toBeNull();
    expect(carriesClaim(SAID, 'في المقابل، قال مدير الشركة العامة لموانئ العراق، المهندس كريم جواد الخفاجي، إن الشركة "ليست طرفاً في الأزمة".')).toBe(false);
    expect(carriesClaim(SAID, 'وأكد مدير الشركة العامة لموانئ العراق كريم جواد الخفاجي أن الدفعة تغطي العمال الدائمين.')).toBe(true);
  });

  it('a timeline entry\'s date-merged sentence must tell what was said too', () => {
    expect(carriesDatedClaim(HEARING, 'ولا تزال الدعوى المرفوعة أمام المحكمة الاتحادية العليا قائمة، إذ قال محامي النقابة إن النقابة لن تسحبها.')).toBe(false);
    expect(carriesDatedClaim(HEARING, 'وأعلنت المحكمة الاتحادية العليا أن جلستها الأولى في دعوى النقابة تعقد الخميس.')).toBe(true);
  });

  it('reads past a connective phrase before a comma, but a verb of saying before a comma is no connective', () => {
    expect(claimPredicate('في غضون ذلك، قالت الشركة العامة إن عدد المضربين انخفض إلى نحو 3 آلاف عامل.')).toEqual(claimPredicate('قالت الشركة العامة إن عدد المضربين انخفض.'));
    expect(claimPredicate('وقال مصدر حكومي، طلب عدم الكشف عن هويته، إن الحكومة تدرس اتفاقاً.')).toEqual(claimPredicate('قال مصدر إن الحكومة تدرس اتفاقاً.'));
  });

  it('a claim that opens on its own act puts no condition: another outlet\'s verb may tell the same act', () => {
    expect(claimPredicate('بغداد - أجّلت لجنة المالية النيابية التصويت على استجواب الوزير.')).toBeNull();
    expect(claimPredicate('وزعت مديرية التموين مخزون صوامع القمح على المخابز.')).toBeNull();
    expect(tellsPredicate(null, 'أي جملة')).toBe(true);
  });
});

describe('a said verb the lexicon reads in one form only', () => {
  it('meets its other form by its root: «ستجتمع» and «اجتمعت» tell one meeting', () => {
    expect(carriesDatedClaim('وقال المتحدث إن اللجنة الوزارية ستجتمع الخميس لبحث ملف المحتجين.', 'واجتمعت اللجنة الوزارية يوم الخميس لبحث ملف المحتجين.')).toBe(true);
  });
});
