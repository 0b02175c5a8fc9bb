import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../main/ingest/clean-article.ts';
import type { ArticleRecord } from '../../../../main/model/article.ts';
import { inOrder, seed } from './seed-helpers.ts';

const NOW = '2025-04-10';

function reasonOf(a: ArticleRecord, fragment: string): string | undefined {
  return a.removed.find((r) => r.text.includes(fragment))?.reason;
}

/** Each seed cleaned once: the table of kept paragraphs and the seed's own test read the same result. */
const cleanedSeeds = new Map<string, ArticleRecord>();
function cleaned(file: string): ArticleRecord {
  const known = cleanedSeeds.get(file);
  if (known) return known;
  const a = cleanArticle(seed(file), { now: NOW });
  cleanedSeeds.set(file, a);
  return a;
}

/** The story's paragraphs (their openings) that each seed keeps, in order. */
const KEPT: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['000_4ff2338cbc9187df.txt', [
    'خاص- دمشق تفرج عن مقاتلين',
    'قالت مصادر سورية خاصة إن السلطات السورية، أفرجت',
    'وذكرت المصادر في تصريحات لـ "إرم نيوز"',
    'ووفقا للمصادر، كان هؤلاء المقاتلون',
    'ودخل إلى سوريا في عام 2013',
    'نقطة خلافية',
    'ووفقا للمصادر، فإن ملف المقاتلين',
    'بناء الثقة',
    'وقالت مصادر عراقية، إن "مضمون زيارة الشيباني',
  ]],
  ['001_f195298f482e62d6.txt', [
    'العراق ينفي وجود نشاط ضد سوريا على أراضيه',
    'نفت الحكومة العراقية وجود أنشطة عسكرية',
    'وقال مصدر حكومي لقناة “الجزيرة” اليوم، الاثنين 17 من شباط',
    'وكانت صحيفة “تركيا” تحدثت',
    'ولم يحدد المسؤول العراقي هوية',
    'العراق يرغب بالتعاون',
    'من جانب آخر، أعربت الحكومة العراقية',
    'وأشار العوادي إلى أن وزير الخارجية السوري',
  ]],
  ['002_370ad7f8b841efc5.txt', [
    'بعد إرساله 250 عنصراً إلى جبهات الشمال المحرر',
    'التقى رأس النظام بشار الأسد',
    'وذكرت وكالة سانا التابعة للنظام اليوم 26 من آب',
    'ورغم نفيه امتلاك عناصر يقاتلون',
    'وكان نظام الأسد أعاد فتح معبر البوكمال مع العراق بشكل رسمي في 30 من أيلول 2019',
  ]],
  ['003_6e59c3c8b09eb941.txt', [
    'الميليشيات العراقية تعود إلى ديارها بعد انهيار النظام السوري',
    'بغداد – مع فرار نحو 2000 جندي سوري',
    'هل ستكبح الحكومة العراقية الميليشيات؟',
    'وقال مصدر سوري محلي مطلع لـ”العربي الجديد”',
    'ومع إغلاق الحدود في 8 كانون الأول/ديسمبر',
  ]],
];

describe('cleaning the scraped seeds', () => {
  it.each(KEPT)('%s: keeps the story\'s paragraphs in order', (file, paragraphs) => {
    expect(inOrder(cleaned(file).body, [...paragraphs])).toBe(true);
  });

  it('000: drops ticker, logo, section, repeated headline, caption, date line, related headlines and footer', () => {
    const a = cleaned('000_4ff2338cbc9187df.txt');
    expect(a.body.match(/خاص- دمشق تفرج/g)).toHaveLength(1);
    expect(reasonOf(a, 'غارة إسرائيلية تستهدف مخيم جباليا')).toBe('ticker');
    expect(a.removed.filter((r) => r.text === 'logo').map((r) => r.reason)).toEqual(['navigation', 'navigation']);
    expect(reasonOf(a, 'العالم العربي')).toBe('navigation');
    expect(a.removed.find((r) => r.line === 7)).toMatchObject({ reason: 'repeated-headline' });
    expect(reasonOf(a, 'المصدر: وسائل إعلام عراقية')).toBe('caption');
    expect(reasonOf(a, '08 أبريل 2025')).toBe('dateline');
    expect(a.removed.filter((r) => r.text === 'أخبار ذات علاقة')).toHaveLength(3);
    expect(reasonOf(a, 'بين البقاء والاستئصال')).toBe('related-links');
    expect(reasonOf(a, 'أحمد الشرع يكشف أسرار')).toBe('related-links');
    expect(reasonOf(a, 'مصادر عراقية تكشف "العرض"')).toBe('related-links');
    expect(reasonOf(a, 'تابعونا على')).toBe('social');
    expect(reasonOf(a, 'جميع الحقوق محفوظة')).toBe('copyright');
    expect(reasonOf(a, 'مركز الإشعارات')).toBe('navigation');
    expect(a.body).not.toMatch(/logo|تابعونا|أخبار ذات علاقة|جباليا/);
  });

  it('001: drops the duplicated caption, share icons, form messages, related marker and the donation appeal', () => {
    const a = cleaned('001_f195298f482e62d6.txt');
    expect(a.removed.filter((r) => r.text.includes('(الجزيرة/ لقطة شاشة)')).map((r) => r.reason)).toEqual(['caption', 'caption']);
    expect(reasonOf(a, 'tag icon')).toBe('share-icons');
    expect(reasonOf(a, 'تم إرسال توصيتك بنجاح')).toBe('form-message');
    expect(reasonOf(a, 'حدث خطأ أثناء تقديم توصيتك')).toBe('form-message');
    expect(reasonOf(a, 'مقالات متعلقة')).toBe('related-links');
    for (const line of ['الإعلام الموجّه يشوه الحقيقة', 'سوريا بحاجة للصحافة الحرة', 'ادعم عنب بلدي', 'دولار واحد شهريًا', 'اضغط هنا للمساهمة']) {
      expect(reasonOf(a, line)).toBe('donation');
    }
    expect(a.body).not.toMatch(/camera icon|ادعم|توصيتك/);
  });

  it('002: drops the related marker and the back-to-top button', () => {
    const a = cleaned('002_370ad7f8b841efc5.txt');
    expect(a.removed.map((r) => [r.text, r.reason])).toEqual([
      ['مقالات ذات صلة', 'related-links'],
      ['زر الذهاب إلى الأعلى', 'navigation'],
    ]);
  });

  it('003: drops the repeated headline, ad markers, the author biography, the social link and the source credit', () => {
    const a = cleaned('003_6e59c3c8b09eb941.txt');
    expect(a.body.match(/الميليشيات العراقية تعود إلى ديارها/g)).toHaveLength(1);
    expect(a.removed.map((r) => r.reason)).toEqual(['repeated-headline', 'ad-marker', 'author-bio', 'social', 'ad-marker', 'source-credit']);
    expect(a.removed.map((r) => r.line)).toEqual([2, 4, 72, 74, 76, 78]);
  });

  it('004: an article with sub-headings and no boilerplate loses nothing', () => {
    const s = seed('004_738c4e5b00d9a6d1.txt');
    const a = cleanArticle(s, { now: NOW });
    expect(a.removed).toEqual([]);
    expect(a.body.split('\n\n')).toEqual(s.text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0));
    for (const sub of ['مباحثات أمنية', 'آخر التطورات في سوريا', 'مبادرات عراقية لتعزيز الأمن', 'إعادة الجنود السوريين', 'شروط العفو']) {
      expect(a.body.split('\n\n')).toContain(sub);
    }
  });
});
