import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../../main/analysis/questions/corpus.ts';
import { deniedQuestion, denialQuote } from '../../../../main/analysis/questions/denied-question.ts';
import { restated } from '../../../../main/analysis/questions/denial-groups.ts';
import { findDenials } from '../../../../main/analysis/questions/denials.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

const withOutlet = (id: string, body: string) => articleRecord(id, body, { outlet: `وكالة ${id}`, outletBasis: 'explicit' });

describe('the denied question\'s wording', () => {
  it('quotes a denial deep in a long sentence from the start of its clause', () => {
    const body = 'وفي مؤتمر صحفي عقده مساء أمس في مقر الوزارة بالعاصمة بحضور عدد من الصحفيين، نفى المتحدث إغلاق المعبر الحدودي.';
    const [d] = findDenials(buildCorpus([withOutlet('x', body)]));
    expect(d && denialQuote(d)).toBe('…نفى المتحدث إغلاق المعبر الحدودي');
  });

  it('names what is denied, by whom and in which sources when no source asserts it, never a fixed template', () => {
    const corpus = buildCorpus([withOutlet('x', 'نفى المتحدث إغلاق المعبر.'), withOutlet('y', 'ونفت الوزارة إغلاق المعبر.')]);
    const q = deniedQuestion(corpus, findDenials(corpus))!;
    expect(q.text).toBe('من يقول بـ«إغلاق المعبر»؟ نفى المتحدث ذلك بحسب وكالة x ووكالة y، ولا يؤكده أيٌّ من المصادر المختارة');
    expect(q.evidence).toHaveLength(2);
  });

  it('names the report that occasioned a denial as the only other side the selection has', () => {
    const body = 'وكانت وزارة الدفاع قد نفت وجود قواعد أجنبية في الإقليم، بعد تداول أنباء عن وصول طائرات إلى مطاره.';
    const corpus = buildCorpus([withOutlet('x', body)]);
    expect(deniedQuestion(corpus, findDenials(corpus))!.text).toBe(
      'من يقول بـ«وجود قواعد أجنبية في الإقليم»؟ يرد نفيه في وكالة x، بعد تداول أنباء عن وصول طائرات إلى مطاره، ولا يؤكده أيٌّ من المصادر المختارة',
    );
  });
});

describe('restated denials', () => {
  it('are two denials of one article sharing most of their content', () => {
    const lead = 'نفت الحكومة وجود معسكرات لتدريب مقاتلين سوريين قرب الحدود الشمالية.';
    const quote = 'وقال المتحدث إن ما تردد عن وجود معسكرات لتدريب مقاتلين سوريين قرب الحدود الشمالية غير صحيح.';
    const [a, b] = findDenials(buildCorpus([withOutlet('x', `${lead} ${quote}`)]));
    const [c] = findDenials(buildCorpus([withOutlet('y', 'نفى الجيش قصف قرية في الجنوب.')]));
    expect(a && b && restated(a, b)).toBe(true);
    expect(a && c && restated(a, c)).toBe(false);
  });
});
