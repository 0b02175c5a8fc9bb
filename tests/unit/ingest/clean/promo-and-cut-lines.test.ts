import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../main/ingest/clean-article.ts';
import { isChannelPromo } from '../../../../main/ingest/clean/channel-promo.ts';

const clean = (lines: string[]) =>
  cleanArticle({ file: 'a.txt', format: 'txt', encoding: 'utf-8', text: lines.join('\n'), declared: {} }, { now: '2026-01-15' });
const STORY = [
  'أعلنت بلدية المدينة الساحلية في بيان أنها ستغلق السوق القديم أمام السيارات طوال فصل الصيف، لتخفيف الزحام على المشاة والباعة.',
  'وقال رئيس البلدية إن الحافلات الصغيرة ستنقل المتسوقين من المواقف الجديدة على أطراف الحي، وإن الخطة ستراجع بعد شهرين من تطبيقها.',
];
const words = (t: string): number => t.split(/\s+/u).length;

describe('a channel promotion, told by its shape', () => {
  it('reads an invitation, a channel noun and a platform on a short line, in any spelling the phrases do not list', () => {
    for (const line of ['اشترك في قناة موقعنا على تلغرام', 'للانضمام إلى مجموعتنا على واتساب اضغط هنا', 'تابعوا صفحتنا الرسمية عبر فيسبوك', 'Join our WhatsApp group']) {
      expect(isChannelPromo(line, words(line)), line).toBe(true);
    }
    // A perfect that spells like an invitation, a canal, an account in a story: no promotion.
    for (const line of ['وتابع أن الحساب الرسمي للوزارة على منصة إكس نشر البيان', 'اشترك الجيش في عملية قرب قناة السويس', 'انضموا إلى الاعتصام أمام مبنى البلدية']) {
      expect(isChannelPromo(line, words(line)), line).toBe(false);
    }
    // The plural perfects «انضموا / اشتركوا / تابعوا» with a channel and a platform: story sentences, not calls.
    for (const line of [
      'وقالت الشرطة إن الموقوفين الثلاثة انضموا إلى مجموعة على تلغرام تنشر الشائعات',
      'وبين أن مئات الطلاب اشتركوا في قناة النقابة على يوتيوب خلال أسبوع',
      'وتابعوا المؤتمر على صفحة البلدية في فيسبوك حتى ساعة متأخرة.',
      'تابع السكان النقل المباشر على قناة المحافظة عبر يوتيوب',
    ]) {
      expect(isChannelPromo(line, words(line)), line).toBe(false);
    }
  });

  it('keeps a story paragraph whose subjects joined a channel', () => {
    const joined = 'وقالت الشرطة إن الموقوفين الثلاثة انضموا إلى مجموعة على تلغرام تنشر الشائعات.';
    const record = clean(['السوق القديم يغلق أمام السيارات', STORY[0]!, joined, STORY[1]!]);
    expect(record.body).toContain(joined);
  });

  it('never takes a subscribe line for the headline of a page that has none, and removes it with its reason', () => {
    const record = clean(['اشترك في قناة موقعنا على تلغرام', ...STORY]);
    expect(record.title).not.toContain('تلغرام');
    expect(record.body).not.toContain('تلغرام');
    expect(record.removed.find((l) => l.text === 'اشترك في قناة موقعنا على تلغرام')?.reason).toBe('channel-promo');
  });
});

describe('a short cut last paragraph', () => {
  it('stays when it opens as the story\'s next sentence, before or without a footer', () => {
    const cut = 'وأضاف أن البلدية ستعلن جدول';
    expect(clean(['السوق القديم يغلق أمام السيارات', ...STORY, cut]).body.split('\n\n').at(-1)).toBe(cut);
    expect(clean(['السوق القديم يغلق أمام السيارات', ...STORY, cut, 'اقرأ المزيد']).body.split('\n\n').at(-1)).toBe(cut);
    expect(clean(['السوق القديم يغلق أمام السيارات', ...STORY, 'كما أكد أن التجار']).body.split('\n\n').at(-1)).toBe('كما أكد أن التجار');
  });

  it('still drops stray short words below the story that open no sentence', () => {
    const record = clean(['السوق القديم يغلق أمام السيارات', ...STORY, 'أخبار المدينة اليوم']);
    expect(record.body).not.toContain('أخبار المدينة اليوم');
  });
});

describe('an agency named inside the story', () => {
  it('is a source quoted, not the outlet, even when it is the only name on the page', () => {
    const record = clean([
      'السوق القديم يغلق أمام السيارات',
      ...STORY,
      'ونقلت وكالة الأنباء العراقية (واع) عن مسؤول في البلدية أن الخطة ستشمل الأسواق الشعبية الأخرى خلال الأسبوع المقبل.',
    ]);
    expect(record.outlet).toBeNull();
  });
});
