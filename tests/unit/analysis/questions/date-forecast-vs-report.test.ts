import { describe, expect, it } from 'vitest';
import { findOpenQuestions } from '../../../../main/analysis/questions/index.ts';
import type { ArticleRecord } from '../../../../main/model/article.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

// Shortened forms of review 27's strike story (studied material): a hearing forecast for a day, then a later report of
// what the committee did on another day. One event of the summary.
const dated = (id: string, outlet: string, body: string, published: string): ArticleRecord =>
  articleRecord(id, body, { outlet, outletBasis: 'explicit', published, publishedBasis: 'explicit', title: `عنوان ${id}` });
const cite = (a: ArticleRecord): { sourceId: string; quote: string } => ({ sourceId: a.id, quote: a.body });
const dateQuestions = (articles: ArticleRecord[]): string[] =>
  findOpenQuestions(articles, { now: '2026-01-15', events: [articles.map(cite)] })
    .filter((q) => q.kind === 'contradiction' && q.text.startsWith('متى وقع'))
    .map((q) => q.text);

describe('a forecast against a later report of what happened (date-contradictions.ts forecast)', () => {
  const planned = dated('a', 'الرافدين اليوم', 'يتوقع أن تعقد لجنة المالية النيابية جلسة استماع لوزير المالية يوم الأحد 11 يناير 2026.', '2026-01-07');
  const report = dated('b', 'بغداد بوست', 'أجلت لجنة المالية النيابية جلسة استماع وزير المالية والتصويت يوم الثلاثاء 13 يناير 2026.', '2026-01-14');

  it('asks no «when did it happen»: the plan moved, and the later report says where', () => {
    expect(dateQuestions([planned, report])).toEqual([]);
  });

  it('still sets two forecasts of one event for different days against each other', () => {
    const other = dated('c', 'المرصد الاقتصادي', 'يتوقع أن تعقد لجنة المالية النيابية جلسة استماع لوزير المالية يوم الاثنين 12 يناير 2026.', '2026-01-08');
    expect(dateQuestions([planned, other])).toHaveLength(1);
  });

  it('still sets two reports of one past event on different days against each other', () => {
    const early = dated('d', 'الساحل', 'أجلت لجنة المالية النيابية جلسة استماع وزير المالية والتصويت يوم الاثنين 12 يناير 2026.', '2026-01-13');
    expect(dateQuestions([early, report])).toHaveLength(1);
  });
});
