import { describe, expect, it } from 'vitest';
import { summarise } from '../../../../main/analysis/summary/index.ts';
import { pointText } from '../../../../main/analysis/summary/point-text.ts';
import { SummaryPoint } from '../../../../main/model/brief.ts';
import type { ArticleRecord } from '../../../../main/model/article.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

const WIRE = 'أعلنت وزارة الصحة أن حصيلة ضحايا الفيضانات في المحافظات الجنوبية ارتفعت إلى أربعين شخصا مع استمرار عمليات البحث.';
// The same wire copy as a second outlet runs it: one word changed.
const WIRE_EDITED = 'أعلنت وزارة الصحة أن حصيلة ضحايا الفيضانات في المحافظات الجنوبية ارتفعت إلى أربعين شخصا مع استمرار عمليات الإنقاذ.';

const east = articleRecord(
  'east',
  [
    'الفيضانات تضرب الجنوب',
    WIRE,
    'وقال محافظ الإقليم إن فرق الدفاع المدني أجلت أكثر من ألفي أسرة من القرى المنكوبة خلال الليل.',
    'وأضاف أن المياه غمرت الطرق الرئيسية بين المدن الجنوبية وقطعت الكهرباء عن عشرات القرى.',
    'وتوقعت هيئة الأرصاد الجوية استمرار هطول الأمطار الغزيرة على المناطق الجنوبية حتى نهاية الأسبوع.',
    'وطالب نواب في البرلمان الحكومة بإعلان المحافظات الجنوبية مناطق منكوبة وتخصيص موازنة طارئة للإغاثة.',
    'هل تكفي الموازنة الطارئة؟',
  ].join('\n\n'),
  { outlet: 'صحيفة الشرق', published: '2024-11-02', publishedBasis: 'explicit' },
);
const west = articleRecord(
  'west',
  [
    WIRE_EDITED,
    'وأرسلت دول مجاورة طائرات محملة بالمساعدات الغذائية والخيام إلى مطار العاصمة لدعم جهود الإغاثة.',
    'وقالت منظمة الصليب الأحمر إن آلاف النازحين يحتاجون إلى مياه الشرب والأدوية بشكل عاجل في مراكز الإيواء.',
    'وأعلن البنك المركزي تخصيص قروض ميسرة للمزارعين الذين خسروا محاصيلهم بسبب الفيضانات.',
    'وشهدت أسعار الخضروات ارتفاعا حادا في أسواق العاصمة بعد انقطاع الطرق القادمة من الجنوب.',
  ].join('\n\n'),
  { outlet: 'وكالة الغرب', published: '2024-11-03', publishedBasis: 'explicit' },
);
const north = articleRecord(
  'north',
  [
    'عقد مجلس الوزراء جلسة طارئة لبحث تداعيات الفيضانات وأقر خطة لإعادة إعمار الجسور المدمرة.',
    'وكلفت الحكومة وزارة الأشغال العامة بإصلاح شبكة الصرف في المدن الجنوبية قبل موسم الأمطار المقبل.',
    'وانتقدت أحزاب المعارضة بطء استجابة الحكومة وحملتها مسؤولية إهمال صيانة السدود منذ سنوات.',
    'ويخشى خبراء البيئة من انتشار الأمراض المنقولة بالمياه في المخيمات المكتظة بالنازحين.',
  ].join('\n\n'),
  { outlet: 'موقع الشمال', published: '2024-11-04', publishedBasis: 'explicit' },
);
const all = [east, west, north];

function expectExactQuotes(points: SummaryPoint[], articles: ArticleRecord[]): void {
  for (const p of points) {
    expect(SummaryPoint.parse(p)).toEqual(p);
    for (const s of p.sources) {
      const body = articles.find((a) => a.id === s.sourceId)?.body ?? '';
      expect(body.includes(s.quote)).toBe(true);
    }
  }
}

describe('summarise', () => {
  it('gives 5 to 8 points by default, each quote exact, deterministic ids', () => {
    const points = summarise(all);
    expect(points.length).toBeGreaterThanOrEqual(5);
    expect(points.length).toBeLessThanOrEqual(8);
    expectExactQuotes(points, all);
    expect(summarise(all)).toEqual(points);
    expect(new Set(points.map((p) => p.id)).size).toBe(points.length);
  });

  it('counts wire copy once and cites every outlet that carried it', () => {
    const points = summarise(all);
    const wire = points.filter((p) => p.sources.some((s) => s.quote === WIRE || s.quote === WIRE_EDITED));
    expect(wire).toHaveLength(1);
    expect(wire[0]!.sources).toEqual([
      { sourceId: 'east', quote: WIRE },
      { sourceId: 'west', quote: WIRE_EDITED },
    ]);
  });

  it('skips headings and questions, and covers every source', () => {
    const points = summarise(all);
    const quotes = points.flatMap((p) => p.sources.map((s) => s.quote));
    expect(quotes).not.toContain('الفيضانات تضرب الجنوب');
    expect(quotes).not.toContain('هل تكفي الموازنة الطارئة؟');
    expect(new Set(points.flatMap((p) => p.sources.map((s) => s.sourceId)))).toEqual(new Set(['east', 'west', 'north']));
  });

  it('does not pick a near-repeat that falls short of wire copy', () => {
    const repeat = articleRecord(
      'repeat',
      [
        'أجلت فرق الدفاع المدني أكثر من ألفي أسرة من القرى المنكوبة خلال الليل بحسب محافظ الإقليم الجنوبي.',
        'وقال شهود إن المياه وصلت إلى أسطح المنازل في بعض القرى.',
      ].join('\n\n'),
      { outlet: 'إذاعة الوسط', published: '2024-11-03', publishedBasis: 'explicit' },
    );
    const points = summarise([...all, repeat], { maxPoints: 8 });
    const evacuation = points.filter((p) => p.sources.some((s) => s.quote.includes('ألفي أسرة')));
    expect(evacuation).toHaveLength(1);
  });

  it('ranks sentences on the selected topics higher', () => {
    const plain = summarise(all, { minPoints: 3, maxPoints: 3 });
    const topics = [{ name: 'الاقتصاد', keywords: ['الأسعار', 'البنك المركزي', 'القروض', 'المزارعين'] }];
    const focused = summarise(all, { topics, minPoints: 3, maxPoints: 3 });
    const economic = (ps: SummaryPoint[]) => ps.filter((p) => /البنك المركزي|أسعار الخضروات/.test(p.text)).length;
    expect(economic(focused)).toBeGreaterThan(economic(plain));
    expectExactQuotes(focused, all);
  });

  it('gives one point per event, citing every source, with wire copies counted once', () => {
    const points = summarise(all);
    const wire = points.filter((p) => p.sources.some((s) => s.quote === WIRE || s.quote === WIRE_EDITED));
    expect(wire).toHaveLength(1);
    expect(wire[0]!.sources.map((s) => s.sourceId).sort()).toEqual(['east', 'west']);
    // The two outlets print one wire sentence: one independent source.
    expect(wire[0]!.independentSources).toBe(1);
    for (const p of points) expect(p.independentSources).toBeGreaterThanOrEqual(1);
  });

  it('ranks background after the news', () => {
    const news = articleRecord(
      'news',
      [
        'افتتح وزير النقل الجسر الجديد فوق النهر أمام حركة السيارات صباح الأحد بحضور سكان المنطقة.',
        'وقال الوزير إن الجسر الجديد سيختصر زمن الرحلة بين ضفتي النهر إلى عشر دقائق فقط.',
        'وكان الجسر القديم قد انهار في عام 2009 بعد فيضان كبير أغرق ضفتي النهر.',
      ].join('\n\n'),
      { published: '2024-11-03', publishedBasis: 'explicit' },
    );
    const points = summarise([news], { now: '2024-11-04' });
    const old = points.findIndex((p) => p.text.includes('2009'));
    expect(old).toBe(points.length - 1);
    expect(points[old]!.event?.background).toBe(true);
  });

  it('keeps a development an article tells in its lead, carried by another outlet too, however rare its words', () => {
    const lead = 'أغلقت السلطات معبر الحدود الشمالي أمام حركة الشاحنات صباح الأحد بسبب الاشتباكات.';
    const second = 'وعلقت سلطة الطيران رحلات الشحن من مطار العاصمة حتى إشعار آخر.';
    const wire = articleRecord('wire', [lead, second, 'وكانت الحكومة قد فتحت المعبر في عام 2015.'].join('\n\n'), { outlet: 'وكالة الشمال', published: '2024-11-03', publishedBasis: 'explicit' });
    const copy = articleRecord('copy', [lead, second].join('\n\n'), { outlet: 'صحيفة الغد', published: '2024-11-03', publishedBasis: 'explicit' });
    const story = [
      'أغلقت قوات الأمن معبر الحدود الشمالي أمام الشاحنات والمسافرين يوم الأحد بعد اشتباكات قرب المعبر.',
      'تكدست مئات الشاحنات عند معبر الحدود الشمالي بعد إغلاقه أمام حركة الشاحنات.',
      'وقال سائقو الشاحنات عند المعبر إنهم ينتظرون منذ الصباح دون ماء أو طعام.',
      'وارتفعت أسعار الخضروات في أسواق المدينة بعد توقف الشاحنات عند معبر الحدود الشمالي.',
      'وطالب التجار الحكومة بإعادة فتح معبر الحدود الشمالي أمام الشاحنات في أقرب وقت.',
      'وقالت وزارة التجارة إن مخزون القمح يكفي شهرين رغم إغلاق المعبر أمام الشاحنات.',
    ].map((body, i) => articleRecord(`s${i}`, body, { outlet: `موقع ${i}`, published: '2024-11-04', publishedBasis: 'explicit' }));
    const cites = (points: SummaryPoint[]) => points.some((p) => p.sources.some((c) => c.quote === second));
    // Past the points asked for at least, only what weighs is added.
    expect(cites(summarise([wire, copy, ...story], { now: '2024-11-05', minPoints: 2 }))).toBe(true);
    // Told by one outlet only, the rare sentence is no point past them.
    expect(cites(summarise([wire, ...story], { now: '2024-11-05', minPoints: 2 }))).toBe(false);
    // Nor by one outlet twice (an update of its own item): a second article is not another outlet.
    const update = articleRecord('update', [lead, second].join('\n\n'), { outlet: 'وكالة الشمال', published: '2024-11-03', publishedBasis: 'explicit' });
    expect(cites(summarise([wire, update, ...story], { now: '2024-11-05', minPoints: 2 }))).toBe(false);
  });

  it('gives fewer points when the material is thin', () => {
    const thin = articleRecord('thin', 'أعلنت البلدية إغلاق الجسر القديم أمام السيارات لمدة أسبوعين بسبب أعمال الصيانة.\n\nوسيسمح للمشاة بعبوره خلال ساعات النهار فقط.');
    const points = summarise([thin]);
    expect(points.length).toBe(2);
    expect(points[0]!.text).toBe('أعلنت البلدية إغلاق الجسر القديم أمام السيارات لمدة أسبوعين بسبب أعمال الصيانة.');
    expect(summarise([articleRecord('empty', '')])).toEqual([]);
  });
});

describe('pointText', () => {
  it('drops a connective «و» only where the rest is still a sentence', () => {
    expect(pointText('وقال الوزير إن الخطة جاهزة.')).toBe('قال الوزير إن الخطة جاهزة.');
    expect(pointText('والحكومة تدرس الخطة.')).toBe('الحكومة تدرس الخطة.');
    expect(pointText('وزارة الصحة تعلن الحصيلة.')).toBe('وزارة الصحة تعلن الحصيلة.');
    expect(pointText('وليد الأحمد يفوز بالجائزة.')).toBe('وليد الأحمد يفوز بالجائزة.');
  });
});
