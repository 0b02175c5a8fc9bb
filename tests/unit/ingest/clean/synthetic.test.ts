import { describe, expect, it } from 'vitest';
import { cleanArticle, cleanBatch } from '../../../../main/ingest/clean-article.ts';
import type { ArticleRecord } from '../../../../main/model/article.ts';
import { inOrder, raw } from './seed-helpers.ts';

const NOW = '2025-04-10';
// Story paragraphs of invented articles: long, sentence-shaped, full of function words.
const P1 = 'أعلنت وزارة الزراعة في الأردن أنها ستبدأ الشهر المقبل برنامجا لدعم صغار المزارعين في وادي الأردن، بعد موسم جاف أضر بالمحاصيل.';
const P2 = 'وقال المتحدث باسم الوزارة إن البرنامج يشمل قروضا ميسرة وبذورا محسنة، وإن المرحلة الأولى ستغطي نحو ثلاثة آلاف مزارع في المحافظات الجنوبية.';
const P3 = 'وأضاف أن الحكومة تعمل مع منظمات دولية على تمويل مشاريع لحصاد مياه الأمطار، في ظل تراجع منسوب المياه في السدود خلال السنوات الأخيرة.';
const P4 = 'ويشكو المزارعون منذ سنوات من ارتفاع كلفة الإنتاج وضعف الأسعار في الأسواق المحلية، وهو ما دفع كثيرين منهم إلى ترك أراضيهم.';
const HEADLINE = 'الأردن يطلق برنامجا لدعم صغار المزارعين بعد موسم جاف';

function reasons(a: ArticleRecord): Record<string, string> {
  return Object.fromEntries(a.removed.map((r) => [r.text, r.reason]));
}

describe('cleanArticle on invented articles', () => {
  it('removes nothing from an article without boilerplate', () => {
    const a = cleanArticle(raw([HEADLINE, '', P1, '', P2, '', P3, '', P4].join('\n')), { now: NOW });
    expect(a.removed).toEqual([]);
    expect(a.body).toBe([HEADLINE, P1, P2, P3, P4].join('\n\n'));
    expect(a.title).toBe(HEADLINE);
    expect(a.titleBasis).toBe('inferred');
  });

  it('keeps sub-headings inside the story, also right after a related-links block', () => {
    const text = [HEADLINE, P1, 'برنامج على مراحل', P2, 'اقرأ أيضا', 'موجة حر جديدة تضرب بلاد الشام الأسبوع المقبل', 'تحديات المياه', P3, P4].join('\n');
    const a = cleanArticle(raw(text), { now: NOW });
    expect(inOrder(a.body, [HEADLINE, P1, 'برنامج على مراحل', P2, 'تحديات المياه', P3, P4])).toBe(true);
    expect(reasons(a)).toEqual({ 'اقرأ أيضا': 'related-links', 'موجة حر جديدة تضرب بلاد الشام الأسبوع المقبل': 'related-links' });
  });

  it('removes English boilerplate: ads, share bar, read-more, newsletter, follow-us and copyright', () => {
    const text = [
      'Home', HEADLINE, 'Advertisement', 'Share on Facebook', P1, P2, 'Read also: Drought threatens wheat harvest across the region',
      P3, P4, 'Subscribe to our newsletter', 'Follow us on Twitter', '© 2024 Example Media Group. All rights reserved.',
    ].join('\n');
    const a = cleanArticle(raw(text), { now: NOW });
    expect(a.body).toBe([HEADLINE, P1, P2, P3, P4].join('\n\n'));
    expect(reasons(a)).toEqual({
      Home: 'navigation',
      Advertisement: 'ad-marker',
      'Share on Facebook': 'share-icons',
      'Read also: Drought threatens wheat harvest across the region': 'related-links',
      'Subscribe to our newsletter': 'newsletter',
      'Follow us on Twitter': 'social',
      '© 2024 Example Media Group. All rights reserved.': 'copyright',
    });
    expect(a.outlet).toBe('Example Media Group');
    expect(a.outletBasis).toBe('explicit');
  });

  it('removes Arabic comment, newsletter, tag and photo-credit lines, and a caption repeated with an icon', () => {
    const caption = 'مزارع يتفقد محصول القمح في وادي الأردن (رويترز)';
    const text = [
      HEADLINE, caption, `camera icon${caption}`, 'تصوير: محمد علي', P1, P2, 'صورة أرشيفية لسد الملك طلال', P3, P4,
      'الوسوم: الأردن، الزراعة، المياه', 'اشترك في النشرة البريدية', 'أضف تعليق', 'الآراء الواردة في المقال لا تعبر بالضرورة عن رأي الموقع',
    ].join('\n');
    const a = cleanArticle(raw(text), { now: NOW });
    expect(a.body).toBe([HEADLINE, P1, P2, P3, P4].join('\n\n'));
    expect(a.removed.map((r) => r.reason)).toEqual(['caption', 'caption', 'caption', 'caption', 'tags', 'newsletter', 'comments', 'disclaimer']);
  });

  it('takes a headline-like line about another story above the real headline as a ticker', () => {
    const text = ['عاجل', 'زلزال بقوة خمس درجات يضرب جنوب تركيا دون أضرار', 'أخبار محلية', HEADLINE, P1, P2, P3].join('\n');
    const a = cleanArticle(raw(text), { now: NOW });
    expect(a.title).toBe(HEADLINE);
    expect(reasons(a)).toEqual({ 'عاجل': 'ticker', 'زلزال بقوة خمس درجات يضرب جنوب تركيا دون أضرار': 'ticker', 'أخبار محلية': 'navigation' });
  });

  it('keeps the last short sentence of the story but drops stray words under it', () => {
    const a = cleanArticle(raw([HEADLINE, P1, P2, 'ولم يعلق المزارعون على القرار.', 'الأكثر قراءة', 'وظائف شاغرة'].join('\n')), { now: NOW });
    expect(a.body.endsWith('ولم يعلق المزارعون على القرار.')).toBe(true);
    expect(reasons(a)).toEqual({ 'الأكثر قراءة': 'related-links', 'وظائف شاغرة': 'related-links' });
  });
});

describe('cleanBatch', () => {
  const footer = '© 2025 صحيفة المزارع';
  const menu = 'الزراعة والبيئة';
  const promo = 'حمّل تطبيق المزارع على هاتفك الآن';

  it('removes lines repeated across articles of the same outlet', () => {
    const one = raw([menu, HEADLINE, P1, P2, promo, footer].join('\n'), {}, 'a.txt');
    const two = raw([menu, 'ارتفاع أسعار الأعلاف يقلق مربي الماشية في الجنوب', P3, P4, promo, footer].join('\n'), {}, 'b.txt');
    const [a, b] = cleanBatch([one, two], { now: NOW });
    for (const article of [a!, b!]) {
      // As readers cite a paper (cited-outlet.ts): without its kind word.
      expect(article.outlet).toBe('المزارع');
      // The promotion is also an app download prompt, which the cleaner now names by itself.
      expect(article.removed.find((r) => r.text === promo)?.reason).toMatch(/cross-document-repeat|app-promo/);
      expect(article.removed.find((r) => r.text === menu)?.reason).toMatch(/cross-document-repeat|navigation/);
      expect(article.body).not.toContain(promo);
    }
    expect(a!.body).toBe([HEADLINE, P1, P2].join('\n\n'));
  });

  it('does not strip an article imported twice, nor a near-duplicate of it', () => {
    const text = [HEADLINE, P1, P2, P3, footer].join('\n');
    const near = [HEADLINE, P1, P2, P3, P4, footer].join('\n');
    const [a, b, c] = cleanBatch([raw(text, {}, 'a.txt'), raw(text, {}, 'a-copy.txt'), raw(near, {}, 'a2.txt')], { now: NOW });
    expect(a!.body).toBe([HEADLINE, P1, P2, P3].join('\n\n'));
    expect(b!.id).toBe(a!.id);
    expect(c!.body).toBe([HEADLINE, P1, P2, P3, P4].join('\n\n'));
  });
});
