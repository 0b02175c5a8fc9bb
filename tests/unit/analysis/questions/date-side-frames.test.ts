import { describe, expect, it } from 'vitest';
import { findOpenQuestions } from '../../../../main/analysis/questions/index.ts';
import type { ArticleRecord } from '../../../../main/model/article.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

// Shortened forms of review 25's ferry story (studied material): one event of the summary, two dates of two events.
const dated = (id: string, outlet: string, body: string, published: string): ArticleRecord =>
  articleRecord(id, body, { outlet, outletBasis: 'explicit', published, publishedBasis: 'explicit', title: `عنوان ${id}` });
const cite = (a: ArticleRecord): { sourceId: string; quote: string } => ({ sourceId: a.id, quote: a.body });
const dateQuestions = (articles: ArticleRecord[]): string[] =>
  findOpenQuestions(articles, { now: '2026-01-15', events: [articles.map(cite)] })
    .filter((q) => q.kind === 'contradiction' && q.text.startsWith('متى وقع'))
    .map((q) => q.text);

describe('the day a sentence of an event puts it on, not a day of a side frame (date-contradictions.ts)', () => {
  const update = dated('a', 'صوت الجزيرة', 'وأعلن خفر السواحل انتشال جثتين جديدتين لترتفع الحصيلة، وهو الرقم نفسه الذي أعلنته مصادر طبية الجمعة 9 يناير 2026.', '2026-01-13');
  const shares = dated('b', 'نشرة الموانئ', 'تراجعت أسهم شركة الأمواج للملاحة بنسبة كبيرة منذ غرق عبارتها «نجمة البحر» الأربعاء 7 يناير 2026.', '2026-01-14');

  it('leaves a date after a relative pronoun or «منذ» in its clause out of the comparison', () => {
    expect(dateQuestions([update, shares])).toEqual([]);
  });

  it('still sets two days of one development told in the main clause against each other', () => {
    const early = dated('c', 'الساحل', 'غرقت العبارة «نجمة البحر» الأربعاء 7 يناير 2026 قبالة رأس النخيل.', '2026-01-08');
    const late = dated('d', 'المرفأ', 'غرقت العبارة «نجمة البحر» الخميس 8 يناير 2026 قبالة رأس النخيل.', '2026-01-10');
    expect(dateQuestions([early, late])).toHaveLength(1);
  });
});
