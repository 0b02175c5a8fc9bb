import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../main/ingest/clean-article.ts';
import { ownDateline } from '../../../../main/ingest/metadata/outlet-cues.ts';
import { headlineWriter, parseBareName, parseByline, parsePlaceByline } from '../../../../main/ingest/metadata/byline.ts';

const NOW = '2026-01-15';
const clean = (lines: string[]) => cleanArticle({ file: 'a.txt', format: 'txt', encoding: 'utf-8', text: lines.join('\n'), declared: {} }, { now: NOW });
const STORY = [
  'أعلنت وزارة الصحة، اليوم، إطلاق حملة وطنية للتطعيم ضد الحصبة تستهدف الأطفال دون سن الخامسة في جميع المحافظات، بعد تسجيل إصابات في مناطق عدة.',
  'وقال المتحدث باسم الوزارة إن الفرق الصحية ستزور المدارس ورياض الأطفال، وإن اللقاح سيقدم مجانا في المراكز الصحية الحكومية طوال مدة الحملة.',
];

describe('cleaning that keeps the story', () => {
  it('keeps a last paragraph cut mid-sentence, as excerpts end', () => {
    const cut = 'وأضاف أن الوزارة تنسق مع المنظمات الدولية لتوفير كميات إضافية من اللقاحات، وأن الحملة ستمدد إذا لم تبلغ نسبة التغطية المطلوبة في';
    const record = clean(['الصحة تطلق حملة وطنية للتطعيم ضد الحصبة', ...STORY, cut, '© 2025 المصري اليوم']);
    expect(record.body.split('\n\n').at(-1)).toBe(cut);
  });

  it('removes promotions with their reason: channel subscriptions, app downloads, follow-us lines, breadcrumbs', () => {
    const record = clean([
      'اشترك في قناتنا على يوتيوب ليصلك كل جديد',
      'حمّل تطبيق الموقع على هاتفك',
      'الرئيسية > أخبار > صحة',
      'الصحة تطلق حملة وطنية للتطعيم ضد الحصبة',
      ...STORY,
      'تابعونا على تلغرام',
      'Download on the App Store',
    ]);
    expect(record.title).toBe('الصحة تطلق حملة وطنية للتطعيم ضد الحصبة');
    const reasons = Object.fromEntries(record.removed.map((l) => [l.text, l.reason]));
    expect(reasons['حمّل تطبيق الموقع على هاتفك']).toBe('app-promo');
    expect(reasons['Download on the App Store']).toBe('app-promo');
    expect(reasons['الرئيسية > أخبار > صحة']).toBe('navigation');
    expect(reasons['اشترك في قناتنا على يوتيوب ليصلك كل جديد']).toBeDefined();
    expect(reasons['تابعونا على تلغرام']).toBe('social');
  });

  it('takes a ticker run onto one line for furniture, and keeps a headline that joins its halves with «..»', () => {
    const ticker = 'نتيجة مباراة القمة في الدوري.. فوز مثير في الوقت القاتل كيفية حجز تذاكر معرض الكتاب إلكترونيا خطوة بخطوة موعد صرف المعاشات بالزيادة الجديدة للشهر المقبل';
    const headline = 'بعد أسابيع من الجدل.. الصحة تطلق حملة وطنية للتطعيم ضد الحصبة';
    const record = clean([ticker, headline, ...STORY]);
    expect(record.removed.find((l) => l.text === ticker)?.reason).toBe('ticker');
    expect(record.title).toBe(headline);
  });

  it('never takes the site name on a line of its own for the headline', () => {
    const record = clean(['صحيفة صدى الشعب', 'الصحة تطلق حملة وطنية للتطعيم ضد الحصبة', ...STORY]);
    expect(record.title).toBe('الصحة تطلق حملة وطنية للتطعيم ضد الحصبة');
    expect(record.removed.find((l) => l.text === 'صحيفة صدى الشعب')?.reason).toBe('site-name');
  });

  it('reads a bare name beside the date stamp as the byline, not as the headline', () => {
    const record = clean(['الصحة تطلق حملة وطنية للتطعيم ضد الحصبة', 'د.عبدالله المقطري', 'الخميس 25 ديسمبر 2025 09:10 مـ', ...STORY]);
    expect(record).toMatchObject({ title: 'الصحة تطلق حملة وطنية للتطعيم ضد الحصبة', author: 'عبدالله المقطري', published: '2025-12-25' });
  });
});

describe('outlets and writers as real pages print them', () => {
  it('reads a newsroom dateline: outlet and place either way round, or the outlet opening the lede', () => {
    expect(ownDateline('بغداد اليوم - بغداد')).toMatchObject({ outlet: { name: 'بغداد اليوم' }, whole: true });
    expect(ownDateline('شفق نيوز/ البصرة')).toMatchObject({ outlet: { name: 'شفق نيوز' }, whole: true });
    expect(ownDateline('دمشق-سانا')).toMatchObject({ outlet: { name: 'سانا' }, whole: true });
    expect(ownDateline('عمون - حددت وزارة التربية مواعيد الامتحانات')).toMatchObject({ outlet: { name: 'عمون' }, whole: false });
    expect(ownDateline('الخرطوم: محمد بدر الدين')).toBeNull();
    expect(ownDateline('الأمم المتحدة: الوضع في غزة كارثي')).toBeNull();
  });

  it('reads the outlet a headline names after a bar, and the writer an opinion headline names', () => {
    const record = clean(['الرئيسية', 'الصحة تطلق حملة وطنية للتطعيم ضد الحصبة | صحيفة عكاظ', ...STORY]);
    expect(record).toMatchObject({ outlet: 'عكاظ', title: 'الصحة تطلق حملة وطنية للتطعيم ضد الحصبة' });
    expect(headlineWriter('الطيب علي فرح يكتب: كيف خاضت الحرب معركتها')).toBe('الطيب علي فرح');
    expect(headlineWriter('الحكومة في مصر تكتب: فصلا جديدا')).toBeNull();
  });

  it('takes an agency quoted inside the story for a source, not the outlet', () => {
    const record = clean(['بغداد اليوم - بغداد', ...STORY, 'ونقلت وكالة الأنباء العراقية (واع) عن مسؤول في الوزارة أن الحملة ستشمل مخيمات النازحين أيضا خلال الأسبوع المقبل.']);
    expect(record.outlet).toBe('بغداد اليوم');
  });

  it('reads the writer after a writing-hand emoji or «بقلم/», and a bare name without its honorific', () => {
    expect(parseByline('✍️ ريم الأحمد')).toBe('ريم الأحمد');
    expect(parseByline('بقلم/ أنور حيدر')).toBe('أنور حيدر');
    expect(parseBareName('د.عبدالله المقطري')).toBe('عبدالله المقطري');
    expect(parseBareName('الولايات المتحدة')).toBeNull();
    expect(parseBareName('بورتسودان - سلمى يوسف:')).toBeNull();
    expect(parsePlaceByline('بورتسودان - سلمى يوسف:')).toBe('سلمى يوسف');
  });
});
