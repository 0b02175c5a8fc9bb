import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../../main/analysis/questions/corpus.ts';
import { deniedParts, denyingVerb, pointsBack } from '../../../../main/analysis/questions/denied-object.ts';
import { findDenials } from '../../../../main/analysis/questions/denials.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

const denialOf = (body: string) => {
  const [d] = findDenials(buildCorpus([articleRecord('a', body)]));
  if (!d) throw new Error('no denial');
  return d;
};
const words = (body: string, part: 'subject' | 'object' | 'occasion'): string | null => {
  const d = denialOf(body);
  const range = deniedParts(d)[part];
  return range ? d.sentence.tokens.slice(range[0], range[1]).map((t) => t.text).join(' ') : null;
};

describe('the parts of what a denial denies', () => {
  it('takes a definite noun phrase after the verb as the denier, the content word after it as the object', () => {
    expect(words('نفت الحكومة العراقية وجود أنشطة مسلحة.', 'subject')).toBe('الحكومة العراقية');
    expect(words('نفت الحكومة العراقية وجود أنشطة مسلحة.', 'object')).toBe('وجود أنشطة مسلحة');
    expect(words('ونفى رئيس الوزراء إغلاق المعبر.', 'subject')).toBe('رئيس الوزراء');
    expect(words('ونفى المتحدث باسم الجيش انسحاب القوات.', 'subject')).toBe('المتحدث باسم الجيش');
    expect(denyingVerb(denialOf('ونفى المتحدث باسم الجيش انسحاب القوات.'))).toBe('نفى');
  });

  it('keeps a definite complement after «لـ» («المالكة للمصنع») in the denier\'s phrase', () => {
    expect(words('نفت الشركة المالكة للميناء تلقيها أي شكوى من الصيادين.', 'subject')).toBe('الشركة المالكة للميناء');
    expect(words('نفت الشركة المالكة للميناء تلقيها أي شكوى من الصيادين.', 'object')).toBe('تلقيها أي شكوى من الصيادين');
  });

  it('takes an adverb of «لـ» («للغاية»، «للمرة الثانية») into neither the denier nor what is denied', () => {
    expect(words('نفت الحكومة السورية للمرة الثانية وجود قوات أجنبية على أراضيها.', 'subject')).toBe('الحكومة السورية');
    expect(words('نفت الحكومة السورية للمرة الثانية وجود قوات أجنبية على أراضيها.', 'object')).toBe('وجود قوات أجنبية على أراضيها');
    expect(words('ونفى الجيش للتو انسحاب القوات من المعبر.', 'subject')).toBe('الجيش');
    expect(words('ونفى الجيش للتو انسحاب القوات من المعبر.', 'object')).toBe('انسحاب القوات من المعبر');
  });

  it('starts what is denied at the complementizer, past the denier and the time of the denial', () => {
    const body = 'نفى المتحدث باسم البلدية سامي العبيدي، صباح الأحد، أن تكون الجرافات قد هدمت المحلات في السوق القديم، مؤكدا أن الأشغال قانونية.';
    expect(words(body, 'subject')).toBe('المتحدث باسم البلدية سامي العبيدي صباح الأحد');
    // What the denier adds after a comma («مؤكدا أن …») is not denied.
    expect(words(body, 'object')).toBe('تكون الجرافات قد هدمت المحلات في السوق القديم');
    expect(words('نفت الوزارة أن يكون المعبر قد أغلق.', 'object')).toBe('يكون المعبر قد أغلق');
  });

  it('takes a noun phrase opening the clause before the verb as the denier', () => {
    expect(words('الوزارة نفت إغلاق المعبر الشمالي أمام الشاحنات.', 'subject')).toBe('الوزارة');
    expect(words('وزارة الداخلية تنفي استعمال الغاز في السوق.', 'subject')).toBe('وزارة الداخلية');
    expect(words('وزارة الداخلية تنفي استعمال الغاز في السوق.', 'object')).toBe('استعمال الغاز في السوق');
    // A clause of its own after «و» is not a subject before the verb; nor is a particle.
    expect(words('وصل الوفد إلى المدينة، ونفت الوزارة إغلاق المعبر.', 'subject')).toBe('الوزارة');
    expect(words('وقال إنه نفى إغلاق المعبر.', 'subject')).toBeNull();
  });

  it('names no denier when the phrase after the verb is not followed by content, or there is no verb', () => {
    expect(words('نفت الحكومة الأنباء عن إغلاق المعبر.', 'subject')).toBe('الحكومة');
    expect(words('نفت إيران الاتهامات الموجهة إليها.', 'subject')).toBeNull();
    expect(words('نفت مصادر مطلعة وصول الوفد.', 'subject')).toBeNull();
    expect(words('ورغم نفيه امتلاك عناصر مسلحة، إلا أن تقارير عدة تحدثت عن مشاركتهم في المعارك.', 'subject')).toBeNull();
    expect(words('وقال المتحدث إن ما تردد عن إغلاق المعبر غير صحيح.', 'object')).toBe('إغلاق المعبر');
  });

  it('ends the object where the report that occasioned the denial starts', () => {
    const body = 'ونفت الوزارة وجود معتقلين أجانب في السجن، إثر تقارير عن نقلهم إليه.';
    expect(words(body, 'object')).toBe('وجود معتقلين أجانب في السجن');
    expect(words(body, 'occasion')).toBe('إثر تقارير عن نقلهم إليه');
  });

  it('knows a denial that only points back to what came before', () => {
    expect(pointsBack(denialOf('ونفت الوزارة ذلك.'))).toBe(true);
    expect(pointsBack(denialOf('ونفت الوزارة هذه الأنباء جملة وتفصيلا.'))).toBe(true);
    expect(pointsBack(denialOf('ونفت الحكومة التقارير.'))).toBe(true);
    expect(pointsBack(denialOf('ونفت الحكومة التقارير عن إغلاق المعبر الحدودي.'))).toBe(false);
    expect(pointsBack(denialOf('نفت الحكومة العراقية وجود أنشطة مسلحة.'))).toBe(false);
  });
});
