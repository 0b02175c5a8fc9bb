import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../../../main/ingest/clean-article.ts';
import { articleId } from '../../../../main/ingest/article-id.ts';
import { raw } from '../clean/seed-helpers.ts';

const NOW = '2025-04-10';
const P1 = 'أعلنت وزارة الصحة اللبنانية أنها ستفتح ثلاثة مراكز جديدة للرعاية الأولية في الجنوب، بعد تضرر عدد من المستشفيات في الأشهر الماضية.';
const P2 = 'وقال وزير الصحة إن المراكز ستعمل على مدار الساعة، وإن الوزارة تعمل مع منظمات دولية لتأمين الأدوية والمعدات اللازمة لها.';
const P3 = 'ويعاني القطاع الصحي في لبنان منذ سنوات من أزمة مالية حادة دفعت كثيرا من الأطباء والممرضين إلى الهجرة بحثا عن فرص أفضل.';
const HEADLINE = 'لبنان يفتح مراكز صحية جديدة في الجنوب';

describe('metadata from the text', () => {
  it('reads a date line written in Arabic-Indic digits, and removes it from the body', () => {
    const a = cleanArticle(raw([HEADLINE, 'نشر في: ١٢ آذار ٢٠٢٤، ١٠:٣٠ ص', P1, P2, P3].join('\n')), { now: NOW });
    expect(a.published).toBe('2024-03-12');
    expect(a.publishedBasis).toBe('explicit');
    expect(a.removed).toEqual([{ line: 1, text: 'نشر في: ١٢ آذار ٢٠٢٤، ١٠:٣٠ ص', reason: 'dateline' }]);
  });

  it('reads a numeric «30-9-2019» update line', () => {
    const a = cleanArticle(raw([HEADLINE, 'آخر تحديث: 30-9-2019 10:45', P1, P2].join('\n')), { now: NOW });
    expect(a.published).toBe('2019-09-30');
    expect(a.removed.map((r) => r.reason)).toEqual(['dateline']);
  });

  it('does not read outlet names with date words as dates, and takes the outlet from its copyright line', () => {
    const story = 'وقالت قناة روسيا اليوم 12 من آذار إن الوفد وصل إلى بيروت، فيما نقلت صحيفة «الغد» عن مصادر أن الزيارة ستستمر يومين.';
    const a = cleanArticle(raw([HEADLINE, P1, story, P2, 'جميع الحقوق محفوظة © 2024 اليوم السابع'].join('\n')), { now: NOW });
    expect(a.outlet).toBe('اليوم السابع');
    expect(a.outletBasis).toBe('explicit');
    expect(a.published).toBeNull();
    expect(a.publishedBasis).toBe('unknown');
  });

  it('infers the year of a self-dated «اليوم، الخميس 3 من نيسان» from the weekday, and keeps --MM-DD without one', () => {
    const withWeekday = cleanArticle(raw([HEADLINE, `${P1.slice(0, -1)} اليوم، الخميس 3 من نيسان، في مؤتمر صحفي.`, P2].join('\n')), { now: NOW });
    expect([withWeekday.published, withWeekday.publishedBasis]).toEqual(['2025-04-03', 'inferred']);
    const without = cleanArticle(raw([HEADLINE, `وقال الوزير اليوم 5 حزيران إن المراكز ستفتح قريبا، وإن العمل جار على تجهيزها.`, P2].join('\n')), { now: NOW });
    expect([without.published, without.publishedBasis]).toEqual(['--06-05', 'inferred']);
  });

  it('takes a wire agency from the dateline, and the author from a byline', () => {
    const a = cleanArticle(raw([HEADLINE, 'بقلم: سارة الحسيني', `بيروت (رويترز) - ${P1}`, P2].join('\n')), { now: NOW });
    expect([a.outlet, a.outletBasis]).toEqual(['رويترز', 'inferred']);
    expect([a.author, a.authorBasis]).toEqual(['سارة الحسيني', 'explicit']);
    expect(a.removed).toEqual([{ line: 1, text: 'بقلم: سارة الحسيني', reason: 'byline' }]);
  });

  it('takes the outlet from a web domain in the file name', () => {
    const a = cleanArticle(raw([HEADLINE, P1, P2].join('\n'), {}, '/tmp/www.aljazeera.net-news-2024-lebanon.txt'), { now: NOW });
    expect([a.outlet, a.outletBasis]).toEqual(['الجزيرة', 'inferred']);
    expect(a.file).toBe('www.aljazeera.net-news-2024-lebanon.txt');
  });

  it('does not take a cited channel («لقناة الجزيرة», «لوكالة الأناضول») as the outlet', () => {
    const a = cleanArticle(raw([HEADLINE, `وقال مصدر لقناة الجزيرة إن ${P1}`, `وأكد لوكالة الأناضول أن ${P2}`].join('\n')), { now: NOW });
    expect(a.outlet).toBeNull();
  });

  it('prefers declared metadata, with the outlet suffix taken off the title', () => {
    const a = cleanArticle(
      raw([HEADLINE, P1, P2].join('\n'), {
        title: `${HEADLINE} | الجزيرة نت`,
        outlet: 'الجزيرة نت',
        // A person: a declared desk («فريق التحرير») names no writer (byline-fields.test.ts).
        author: 'سلمى الحداد',
        published: '2024-11-02T08:15:00Z',
        language: 'ar-LB',
        url: 'https://www.aljazeera.net/news/2024/11/2/x',
      }),
      { now: NOW },
    );
    expect(a).toMatchObject({
      title: HEADLINE, titleBasis: 'explicit', outlet: 'الجزيرة', outletBasis: 'explicit', author: 'سلمى الحداد', authorBasis: 'explicit',
      published: '2024-11-02', publishedBasis: 'explicit', language: 'ar', languageBasis: 'explicit', url: 'https://www.aljazeera.net/news/2024/11/2/x',
    });
  });

  it('infers English for an English article', () => {
    const a = cleanArticle(raw('Lebanon opens new health centres\nThe health ministry said on Monday that it would open three new primary care centres in the south of the country.\nThe minister said the centres would work around the clock.'), { now: NOW });
    expect([a.language, a.languageBasis]).toEqual(['en', 'inferred']);
    expect(a.title).toBe('Lebanon opens new health centres');
  });
});

describe('the declared language against the text', () => {
  const english = 'The health ministry said on Monday that it would open three new primary care centres in the south of the country, and that the minister would visit them.';

  it('reads Arabic when a word processor declares its own en-US default on an Arabic article', () => {
    const a = cleanArticle(raw([HEADLINE, P1, P2, P3].join('\n'), { language: 'en-US' }, 'article.docx'), { now: NOW });
    expect([a.language, a.languageBasis]).toEqual(['ar', 'inferred']);
  });

  it('keeps the declared language when the text agrees, is mixed, or is too short to tell', () => {
    const agrees = cleanArticle(raw([HEADLINE, P1, P2, P3].join('\n'), { language: 'ar-EG' }), { now: NOW });
    expect([agrees.language, agrees.languageBasis]).toEqual(['ar', 'explicit']);
    const mixed = cleanArticle(raw([HEADLINE, P1, english, english].join('\n'), { language: 'en' }), { now: NOW });
    expect([mixed.language, mixed.languageBasis]).toEqual(['en', 'explicit']);
    const short = cleanArticle(raw('خبر قصير\nقال الوزير إن المراكز ستفتح.', { language: 'en' }), { now: NOW });
    expect([short.language, short.languageBasis]).toEqual(['en', 'explicit']);
  });

  it('keeps a declared French on a French text (Latin script agrees)', () => {
    const a = cleanArticle(raw(`Titre\n${english} ${english}`, { language: 'fr-FR' }), { now: NOW });
    expect([a.language, a.languageBasis]).toEqual(['fr', 'explicit']);
  });
});

describe('articleId', () => {
  it('is 16 hex digits, the same for the same article written with other diacritics or controls, and differs otherwise', () => {
    const id = articleId('قالَ الوزيرُ إنّ المراكزَ ستُفتح.');
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(articleId('قال الوزير إن المراكز ستفتح.\u200f')).toBe(id);
    expect(articleId('قال الوزير إن المراكز ستغلق.')).not.toBe(id);
  });
});

describe('titles without ticker tags and outlet prefixes', () => {
  it('takes «عاجل |» and «Outlet |» off the headline, and keeps «خاص-» the outlet prints as part of it', () => {
    expect(cleanArticle(raw(['عاجل | ' + HEADLINE, P1, P2].join('\n')), { now: NOW }).title).toBe(HEADLINE);
    expect(cleanArticle(raw(['هسبريس | ' + HEADLINE, P1, P2].join('\n')), { now: NOW }).title).toBe(HEADLINE);
    expect(cleanArticle(raw(['خاص- ' + HEADLINE, P1, P2].join('\n')), { now: NOW }).title).toBe('خاص- ' + HEADLINE);
    expect(cleanArticle(raw(['بيروت: ' + HEADLINE, P1, P2].join('\n')), { now: NOW }).title).toBe('بيروت: ' + HEADLINE);
  });
});
