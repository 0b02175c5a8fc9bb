import { describe, expect, it } from 'vitest';
import { findOpenQuestions } from '../../../../main/analysis/questions/index.ts';
import type { ArticleRecord } from '../../../../main/model/article.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

const dated = (id: string, body: string, published: string): ArticleRecord =>
  articleRecord(id, body, { outlet: 'صحيفة الميناء', outletBasis: 'explicit', published, publishedBasis: 'explicit', title: `عنوان ${id}` });

const texts = (a: ArticleRecord): string[] => findOpenQuestions([a]).filter((q) => q.kind === 'contradiction').map((q) => q.text);

// An ISO date after Arabic letters is reordered by the bidi algorithm («2026-01-12» reads «12-01-2026» in the PDF
// and in Word), so a question says its dates in words, as the timeline does.
describe('date-check questions', () => {
  it('says the article date a later date is checked against in words, not ISO', () => {
    const qs = texts(dated('a', 'وصل وفد صندوق النقد إلى بغداد يوم 20 كانون الثاني 2026 والتقى وزير المالية.', '2026-01-12'));
    expect(qs.length).toBeGreaterThan(0);
    for (const q of qs) {
      expect(q).toContain('(12 يناير 2026)');
      expect(q).not.toMatch(/\d{4}-\d{2}/u);
    }
  });

  it('says the day a written weekday disagrees with in words', () => {
    const qs = texts(dated('b', 'عقدت اللجنة اجتماعها يوم الأحد 13 كانون الثاني 2026 في مبنى الوزارة.', '2026-01-14'));
    expect(qs.some((q) => q.includes('لكن 13 يناير 2026 يوافق'))).toBe(true);
    for (const q of qs) expect(q).not.toMatch(/\d{4}-\d{2}/u);
  });

  it('asks nothing of a date on or before the article and its right weekday', () => {
    expect(texts(dated('c', 'عقدت اللجنة اجتماعها يوم الأحد 11 كانون الثاني 2026 في مبنى الوزارة.', '2026-01-12'))).toEqual([]);
  });
});
