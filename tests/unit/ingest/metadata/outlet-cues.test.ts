import { describe, expect, it } from 'vitest';
import { closingCreditOutlet, datelineOutlet, logoOutlet, outletNamed } from '../../../../main/ingest/metadata/outlet-cues.ts';
import { headlineWriter, parseCredits, parseOutletByline, parsePlaceByline, parseByline, splitHeadlineByline } from '../../../../main/ingest/metadata/byline.ts';
import { inferTitle } from '../../../../main/ingest/metadata/infer-title.ts';
import { outletByName } from '../../../../main/ingest/metadata/known-outlets.ts';

describe('outlet cues beyond copyright lines', () => {
  it('reads datelines with the agency in brackets, quotes or slashes, after a place that may carry its own brackets', () => {
    expect(datelineOutlet('الموصل (العراق) - (أ ف ب) - قال مسؤولون')?.name).toBe('وكالة الصحافة الفرنسية');
    expect(datelineOutlet('الدوحة في 3 مارس / قنا / أعلنت الوزارة')?.name).toBe('قنا');
    expect(datelineOutlet('الرياض - واس - أعلنت الهيئة')?.name).toBe('واس');
    expect(datelineOutlet('طرابلس - «النهار»')).toMatchObject({ name: 'النهار' });
    expect(datelineOutlet('عمان - «صوت الشمال»')).toEqual({ name: 'صوت الشمال', known: null });
    expect(datelineOutlet('غزة (قصة من الميدان) - قال')).toBeNull();
    expect(datelineOutlet('وقال الوزير في مؤتمر صحفي عقده أمس في العاصمة (رويترز) - إن')).toBeNull();
    expect(datelineOutlet('قال المتحدث، في بيان، إن «الجزيرة» - القناة')).toBeNull();
  });

  it('names outlets in credits with or inside brackets, and by their full name with the agency word', () => {
    expect(outletNamed('وكالة الأنباء الأردنية (بترا)')?.name).toBe('بترا');
    expect(outletByName('وكالة الصحافة الفرنسية')?.name).toBe('وكالة الصحافة الفرنسية');
    expect(closingCreditOutlet('— رويترز')?.name).toBe('رويترز');
    expect(closingCreditOutlet('(أ ف ب)')?.name).toBe('وكالة الصحافة الفرنسية');
    expect(closingCreditOutlet('كونا/محمد العلي/خالد السالم')?.name).toBe('كونا');
    expect(closingCreditOutlet('— انتهى —')).toBeNull();
    expect(logoOutlet('هسبريس')?.name).toBe('هسبريس');
    expect(logoOutlet('الرئيسية')).toBeNull();
  });
});

describe('bylines and credits', () => {
  it('reads a byline with the date on the same line, and one with a title and a description', () => {
    expect(parseByline('كتبت سارة منصور الخميس، 6 فبراير 2025 04:15 م')).toBe('سارة منصور');
    expect(parseByline('بقلم: د. رامي الأحمد - كاتب سوري')).toBe('رامي الأحمد');
    expect(parseByline('كتب الرئيس على منصة إكس أن الحكومة ستعلن قرارها خلال أيام')).toBeNull();
  });

  it('pairs an outlet with a writer, and a place with a writer, but not with a place, a section or a quote', () => {
    expect(parseOutletByline('الأيام - منى الخطيب')).toEqual({ author: 'منى الخطيب', outlet: 'الأيام' });
    expect(parseOutletByline('رويترز - الولايات المتحدة')).toBeNull();
    expect(parseOutletByline('الجزيرة - أخبار العالم')).toBeNull();
    expect(parseOutletByline('الجزيرة | منى الخطيب')).toBeNull();
    expect(parsePlaceByline('الدمام: نورة القحطاني')).toBe('نورة القحطاني');
    expect(parsePlaceByline('مصدر: الاتفاق وشيك')).toBeNull();
    expect(parsePlaceByline('السعودية: الاتفاق وشيك')).toBeNull();
  });

  it('reads wire credits and their reporter', () => {
    expect(parseCredits('(تغطية صحفية سامح الخطيب - إعداد منير البويطي للنشرة العربية)')).toEqual({ reporter: 'سامح الخطيب' });
    expect(parseCredits('(Reporting by Jane Doe; Editing by John Roe)')).toEqual({ reporter: 'Jane Doe' });
    expect(parseCredits('وقال إن إعداد الميزانية تأخر بسبب خلافات داخل الحكومة.')).toBeNull();
  });
});

describe('inferTitle', () => {
  it('takes a headline-sized first sentence without its dateline and stop, and gives none for a long one', () => {
    expect(inferTitle('الرباط (لاماب) - افتتح وزير الصحة مستشفى جامعيا جديدا في طنجة. وقال الوزير إن المستشفى سيخدم الجهة.'))
      .toBe('افتتح وزير الصحة مستشفى جامعيا جديدا في طنجة');
    expect(inferTitle('BEIRUT — Lebanon reopened its airport on Monday. Flights resumed at noon.')).toBe('Lebanon reopened its airport on Monday');
    const long = 'في خطوة تهدف إلى تعزيز التعاون الاقتصادي بين البلدين، وقع وزيرا التجارة في البلدين، بحضور عدد كبير من رجال الأعمال والمسؤولين، اتفاقية شاملة لتسهيل حركة البضائع عبر المنافذ البرية والبحرية.';
    expect(inferTitle(long)).toBeNull();
  });
});

describe('bylines in more forms', () => {
  it('reads a tatweel after «كتب» and an outlet and writer across a spaced slash', () => {
    expect(parseByline('كتب ـ جمال بخيت:')).toBe('جمال بخيت');
    expect(parseOutletByline('"موقع الحرة" / كريم مجدي')).toEqual({ author: 'كريم مجدي', outlet: 'الحرة' });
    expect(parseOutletByline('شفق نيوز/ البصرة')).toBeNull();
  });

  it('takes a byline printed after the headline off the headline, as its writer', () => {
    expect(splitHeadlineByline('القافلة تسير والأسعار تطير – بقلم : محمد الصقر')).toEqual({ title: 'القافلة تسير والأسعار تطير', writer: 'محمد الصقر' });
    expect(headlineWriter('القافلة تسير والأسعار تطير – بقلم : محمد الصقر')).toBe('محمد الصقر');
    expect(splitHeadlineByline('مجلس الأمن يناقش الأزمة - الجلسة الثانية')).toBeNull();
  });

  it('reads the site title «الموقع الرسمي لـ…» and a logo line with its section', () => {
    expect(logoOutlet('الموقع الرسمي لجريدة عُمان - محليات')?.name).toBe('جريدة عمان');
    expect(logoOutlet('هسبريس | مجتمع')?.name).toBe('هسبريس');
    expect(logoOutlet('الموقع الرسمي لوزارة الصحة')).toBeNull();
  });
});
