import { describe, expect, it } from 'vitest';
import { findOpenQuestions } from '../../../../main/analysis/questions/index.ts';
import type { ArticleRecord } from '../../../../main/model/article.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

const dated = (id: string, outlet: string, body: string, published: string): ArticleRecord =>
  articleRecord(id, body, { outlet, outletBasis: 'explicit', published, publishedBasis: 'explicit', title: `عنوان ${id}` });
const cite = (a: ArticleRecord): { sourceId: string; quote: string } => ({ sourceId: a.id, quote: a.body });
const dateQuestions = (articles: ArticleRecord[], events: { sourceId: string; quote: string }[][]) =>
  findOpenQuestions(articles, { now: '2025-06-30', events }).filter((q) => q.kind === 'contradiction' && q.text.startsWith('متى وقع'));

// 2025-06-14 is a Saturday; 2025-06-15 a Sunday.
describe('a relative day its weekday confirms, compared across the sources of one event', () => {
  const a = dated('a', 'جريدة السهل', 'افتتح وزير الأشغال أمس الجمعة الطريق السريع بين المدينتين بعد ثلاث سنوات من الأشغال.', '2025-06-14');
  const b = dated('b', 'إذاعة الجبل', 'افتتح وزير الأشغال الطريق السريع بين المدينتين يوم 12 يونيو 2025 في حفل رسمي.', '2025-06-15');

  it('raises the two days, each said as the day it resolves to, with both sources', () => {
    const qs = dateQuestions([a, b], [[cite(a), cite(b)]]);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text).toContain('«أمس الجمعة» (13 يونيو 2025) بحسب جريدة السهل');
    expect(qs[0]!.text).toContain('12 يونيو 2025');
    expect(qs[0]!.evidence.map((e) => e.sourceId)).toEqual(['a', 'b']);
  });

  it('raises nothing when the confirmed day is the other source\'s day', () => {
    const c = dated('c', 'إذاعة الجبل', 'افتتح وزير الأشغال الطريق السريع بين المدينتين يوم 13 يونيو 2025 في حفل رسمي.', '2025-06-15');
    expect(dateQuestions([a, c], [[cite(a), cite(c)]])).toEqual([]);
  });

  it('does not read a bare «أمس», nor a day whose weekday disagrees, as a day to oppose', () => {
    const bare = dated('d', 'جريدة السهل', 'افتتح وزير الأشغال أمس الطريق السريع بين المدينتين بعد ثلاث سنوات من الأشغال.', '2025-06-14');
    const wrong = dated('e', 'جريدة السهل', 'افتتح وزير الأشغال أمس الأحد الطريق السريع بين المدينتين بعد ثلاث سنوات من الأشغال.', '2025-06-14');
    expect(dateQuestions([bare, b], [[cite(bare), cite(b)]])).toEqual([]);
    expect(dateQuestions([wrong, b], [[cite(wrong), cite(b)]])).toEqual([]);
  });

  it('does not oppose two sources\' relative days that no event groups together', () => {
    const other = dated('f', 'إذاعة الجبل', 'افتتح وزير الأشغال أمس السبت الطريق السريع بين المدينتين في حفل رسمي.', '2025-06-15');
    expect(dateQuestions([a, other], [])).toEqual([]);
    expect(dateQuestions([a, other], [[cite(a), cite(other)]])).toHaveLength(1);
  });
});

describe('two sources that name one day in other words are one side of the question', () => {
  // 2025-06-13 is a Friday: «اليوم الجمعة» in a Friday article and «أمس الجمعة» in a Saturday one name it alike.
  const a = dated('a', 'جريدة السهل', 'افتتح وزير الأشغال اليوم الجمعة الطريق السريع بين المدينتين بعد ثلاث سنوات من الأشغال.', '2025-06-13');
  const b = dated('b', 'إذاعة الوادي', 'افتتح وزير الأشغال أمس الجمعة الطريق السريع بين المدينتين في حفل رسمي.', '2025-06-14');
  const c = dated('c', 'إذاعة الجبل', 'افتتح وزير الأشغال الطريق السريع بين المدينتين يوم 12 يونيو 2025 في حفل رسمي.', '2025-06-15');

  it('names the day once, each wording with the source that wrote it, against the other day', () => {
    const qs = dateQuestions([a, b, c], [[cite(a), cite(b), cite(c)]]);
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text).toContain('«اليوم الجمعة» (13 يونيو 2025) بحسب جريدة السهل و«أمس الجمعة» بحسب إذاعة الوادي أم');
    expect(qs[0]!.evidence.map((e) => e.sourceId)).toEqual(['a', 'b', 'c']);
  });
});
