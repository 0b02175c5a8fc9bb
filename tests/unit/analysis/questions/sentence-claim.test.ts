import { describe, expect, it } from 'vitest';
import { sentenceClaim } from '../../../../main/analysis/questions/sentence-claim.ts';

// Sentences of our own, one per way a claim is put in a mouth (revE findings 2–5).
const read = (text: string): [string, string | null, boolean] | null => {
  const c = sentenceClaim(text);
  return c ? [c.stance, c.speaker, c.unnamed] : null;
};

describe('the claim a sentence attributes', () => {
  it('credits a reported denial to its own denier, and «إنه ينفي» to the verb of saying’s subject', () => {
    expect(read('قالت الشرطة إن المتظاهرين نفوا أي صلة بالهجوم على المبنى.')).toEqual(['denies', 'المتظاهرين', false]);
    expect(read('قال الجيش إنه ينفي أي تورط في قصف القرية.')).toEqual(['denies', 'الجيش', false]);
  });

  it('reads a negated denial as no denial: the named speaker asserts', () => {
    expect(read('وأكد الوزير أن الحكومة لا تنفي وجود اتصالات مع المعارضة.')).toEqual(['asserts', 'الوزير', false]);
    expect(read('وقال الرئيس إنه لا ينفي وجود خلافات داخل الحزب.')).toEqual(['asserts', 'الرئيس', false]);
  });

  it('keeps that a denier is unnamed, in its words or through the mouth the sentence quotes', () => {
    expect(read('ونفى مصدر في وزارة الزراعة أن تكون المحاصيل قد تلفت.')).toEqual(['denies', 'مصدر في وزارة الزراعة', true]);
    expect(read('وقال مصدر حكومي لقناة محلية إن ما تردد عن إغلاق الميناء غير صحيح.')).toEqual(['denies', 'مصدر حكومي', true]);
    expect(read('ونقلت وكالة محلية عن مصدر في الحزب نفيه وجود أي خلاف.')).toEqual(['denies', 'مصدر في الحزب', true]);
  });

  it('reads «أشار» and «نقل … عن» as saying, and a subject standing before its verb', () => {
    expect(read('وأشار المحافظ إلى أن الطريق سيفتح غدا.')).toEqual(['asserts', 'المحافظ', false]);
    expect(read('كما نقلت وكالة الأنباء الوطنية عن الناطق باسم الحكومة، سامي الخطيب، أن الوفد سيصل غدا.')).toEqual(['asserts', 'الناطق باسم الحكومة', false]);
    expect(read('مدير المستشفى الحكومي، خالد العمري، قال إن عدد الجرحى ارتفع.')).toEqual(['asserts', 'مدير المستشفى الحكومي', false]);
  });

  it('ends the speaker’s words at the phrase: «باسم» continues an office, a comma, a verb or «قوله» ends a mouth, «ل» is cut', () => {
    expect(read('وقال المتحدث باسم الحكومة الليبية، سالم الورفلي، إن الانتخابات ستجرى في موعدها.')).toEqual(['asserts', 'المتحدث باسم الحكومة الليبية', false]);
    expect(read('ونفى المتحدث باسم الجيش، العقيد سامر حداد، أن تكون القوات قد انسحبت.')).toEqual(['denies', 'المتحدث باسم الجيش', false]);
    expect(read('وقال مسؤولون أمريكيون، تحدثوا شريطة عدم الكشف عن هوياتهم، إن المحادثات تعثرت.')).toEqual(['unattributed', 'مسؤولون أمريكيون', true]);
    expect(read('ونقلت الصحيفة عن مصدر مطلع قوله إن الاتفاق بات قريبا.')).toEqual(['unattributed', 'مصدر مطلع', true]);
    expect(read('ونسبت الصحيفة لمصدر مطلع أن الاتفاق بات قريبا.')).toEqual(['unattributed', 'مصدر مطلع', true]);
  });

  it('reads nothing into a sentence told in the newsroom’s voice', () => {
    expect(read('أغلقت قوات الأمن المعبر الحدودي صباح الثلاثاء.')).toBeNull();
  });
});
