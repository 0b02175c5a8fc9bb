import { describe, expect, it } from 'vitest';
import {
  aggregatedOrigin, captionCreditOutlet, closingCreditOutlet, datelineOutlet, logoOutlet, ownDateline, wireCreditOutlet,
} from '../../../../main/ingest/metadata/outlet-cues.ts';
import { quotedSelfReferences } from '../../../../main/ingest/metadata/detect-outlet.ts';
import { outletByName, outletInSlot } from '../../../../main/ingest/metadata/known-outlets.ts';
import { outletShaped } from '../../../../main/ingest/metadata/outlet-shape.ts';
import { sourceLineOutlet } from '../../../../main/ingest/metadata/source-line.ts';

describe('outlets where the page layout says a name stands', () => {
  it('knows an outlet by its bare name only in a slot: «معا» between dateline dashes, never as a word of prose', () => {
    expect(outletByName('معا')).toBeNull();
    expect(outletInSlot('معا')?.name).toBe('وكالة معا');
    expect(datelineOutlet('بيت لحم- معا- أضاء أطفال المدارس شجرة الميلاد')?.name).toBe('وكالة معا');
    expect(datelineOutlet('الخرطوم - عثمان الطيب - قال')).toBeNull();
  });

  it('reads an exclusivity mark before the newsroom, a logo alt text, and a «| وكالات» credit', () => {
    expect(ownDateline('خاص- هسبريس افتتح المعرض أبوابه أمس')?.outlet.name).toBe('هسبريس');
    expect(logoOutlet('شعار قناة الحرة')?.name).toBe('الحرة');
    expect(logoOutlet('logo هسبريس')?.name).toBe('هسبريس');
    expect(logoOutlet('شعار الحملة الوطنية للتلقيح')).toBeNull();
    expect(wireCreditOutlet('صوت العاصمة | وكالات')).toBe('صوت العاصمة');
    expect(wireCreditOutlet('وادي النيل نيوز - متابعات')).toBe('وادي النيل نيوز');
    expect(wireCreditOutlet('المسلة نيوز - متابعات')).toBe('صحيفة المسلة');
    expect(wireCreditOutlet('واشنطن - وكالات')).toBeNull();
    expect(wireCreditOutlet('بغداد | متابعة')).toBeNull();
  });

  it('takes an outlet (not an agency) a photo caption credits, and an aggregator header’s origin', () => {
    expect(captionCreditOutlet('وزير الطاقة خلال مؤتمر صحافي في لندن (الشرق الأوسط)')?.name).toBe('الشرق الأوسط');
    expect(captionCreditOutlet('صورة من: فرانس 24')?.name).toBe('فرانس 24');
    expect(captionCreditOutlet('جانب من الاجتماع (رويترز)')).toBeNull();
    expect(captionCreditOutlet('وقال الوزير إن الخطة ستنفذ على مراحل. (الشرق الأوسط)')).toBeNull();
    expect(aggregatedOrigin('موقع كل يوم -جريدة الوسط الكويتية')).toBe('جريدة الوسط الكويتية');
    expect(aggregatedOrigin('أخبار الكويت - الرياضة')).toBeNull();
  });

  it('reads an unknown outlet from a source line or a quoted self-reference only when it is built like one', () => {
    expect(sourceLineOutlet('المصدر: صحافة بلادي')).toBe('صحافة بلادي');
    expect(sourceLineOutlet('المصدر: تركيا الآن نيوز')).toBe('تركيا الآن نيوز');
    expect(sourceLineOutlet('المصدر: وزارة الصحة')).toBeNull();
    expect(sourceLineOutlet('المصدر: وكالات')).toBeNull();
    expect(sourceLineOutlet('المصدر: مواقع التواصل')).toBeNull();
    expect(sourceLineOutlet('المصدر : وكالات + صوت بيروت إنترناشونال')).toBe('صوت بيروت إنترناشونال');
    expect(closingCreditOutlet('المصدر: الجزيرة + وكالات')?.name).toBe('الجزيرة');
    expect(outletShaped('الحكومة المحلية')).toBe(false);
    expect(quotedSelfReferences('وقال أحد أعضاء اللجنة لـ"التغيير" إن الرسوم تضاعفت.')).toEqual(['صحيفة التغيير']);
    expect(quotedSelfReferences('وقال مسؤول في البلدية لـ"صدى الوادي" إن الطريق سيفتح قريبا.')).toEqual(['صدى الوادي']);
    expect(quotedSelfReferences('وأكد في تصريحات خاصة إلى «بوابة الوسط» أن المبلغ في الطريق.')).toEqual(['بوابة الوسط']);
    expect(quotedSelfReferences('ورفع المحتجون لافتة كتب عليها "لا للغلاء" أمام البرلمان.')).toEqual([]);
    expect(quotedSelfReferences('وانضم إلى "الحزب" عام 2011.')).toEqual([]);
    expect(quotedSelfReferences('وأضافت الحكومة إلى "قائمة الإرهاب" ثلاث جماعات.')).toEqual([]);
  });

  it('reads the newsroom after a place and a slash, and a bare name before a dash opening the lede', () => {
    expect(ownDateline('بغداد/المسلة: أعلنت الحكومة حالة الطوارئ')?.outlet.name).toBe('صحيفة المسلة');
    expect(ownDateline('اخبار البلد - أصدر مجلس الوزراء قرارا بتعيين محافظ جديد')?.outlet.name).toBe('موقع أخبار البلد');
    expect(ownDateline('اخبار البلد: ارتفاع الأسعار')).toBeNull();
  });
});
