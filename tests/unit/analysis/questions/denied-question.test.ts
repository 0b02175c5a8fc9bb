import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../../main/analysis/questions/corpus.ts';
import { deniedQuestion, denialQuote } from '../../../../main/analysis/questions/denied-question.ts';
import { restated } from '../../../../main/analysis/questions/denial-groups.ts';
import { deniedQuestions } from '../../../../main/analysis/questions/denied.ts';
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

describe('a denial whose claim another source tells in other words (review 27 finding 6)', () => {
  const denial = 'نفى الوزير أن تكون قوات الأمن قد اعتقلت أياً من عمال الميناء المضربين، واصفاً الأنباء بأنها كاذبة.';

  it('ends what is denied at a circumstantial participle after a comma («، واصفاً …»), not at one without a comma', () => {
    const [d] = findDenials(buildCorpus([withOutlet('x', denial)]));
    expect(d && d.sentence.tokens.slice(d.from, d.to).some((t) => t.key === 'واصفا')).toBe(false);
    const [e] = findDenials(buildCorpus([withOutlet('x', 'نفى الوزير أن تكون الشرطة قد اعتقلت عمالاً قادمين من البصرة.')]));
    expect(e && e.sentence.tokens.slice(e.from, e.to).some((t) => t.key === 'قادمين')).toBe(true);
  });

  it('pairs it with a sentence that has its verb and that verb\'s complement, not one that negates them', () => {
    const carrier = 'وأعلنت النقابة أن الشرطة اعتقلت عمالاً عند البوابة الشمالية.';
    const corpus = buildCorpus([withOutlet('x', denial), withOutlet('y', carrier)]);
    const [q] = deniedQuestions(corpus);
    expect(q?.text).not.toContain('ولا يؤكده');
    expect(q?.deniedClaim?.text).toBe(carrier);
    const negated = buildCorpus([withOutlet('x', denial), withOutlet('y', 'وقالت النقابة إن الشرطة لم تعتقل عمالاً عند البوابة.')]);
    expect(deniedQuestions(negated)[0]?.deniedClaim).toBeUndefined();
  });

  it('prefers a sentence telling the denied act to one sharing more of the other words without it', () => {
    const around = 'وطوقت قوات الأمن عمال الميناء المضربين عند البوابة.';
    const carrier = 'وأعلنت النقابة أن الشرطة اعتقلت عمالاً عند البوابة الشمالية.';
    const corpus = buildCorpus([withOutlet('x', denial), withOutlet('y', around), withOutlet('z', carrier)]);
    expect(deniedQuestions(corpus)[0]?.deniedClaim?.text).toBe(carrier);
    const alone = buildCorpus([withOutlet('x', denial), withOutlet('y', around)]);
    expect(deniedQuestions(alone)[0]?.deniedClaim?.text).toBe(around);
  });

  it('never says no source confirms it when another sentence tells the denied act by its root, unsure of the rest', () => {
    const corpus = buildCorpus([withOutlet('x', denial), withOutlet('y', 'ويشير البند إلى أن اعتقالات العمال حدثت فعلاً، رغم نفي الوزير الأسبوع الماضي.')]);
    const [q] = deniedQuestions(corpus);
    expect(q?.text).toMatch(/^من يقول بأن قوات الأمن قد اعتقلت/u);
    expect(q?.text).not.toContain('ولا يؤكده');
    const apart = buildCorpus([withOutlet('x', denial), withOutlet('y', 'ويشير البند إلى أن إضراب العمال حدث فعلاً، رغم نفي الوزير الأسبوع الماضي.')]);
    expect(deniedQuestions(apart)[0]?.text).toContain('ولا يؤكده أيٌّ من المصادر المختارة');
  });
});

describe('a denial whose object names no claim (review 27 finding 8)', () => {
  it('makes no question of a name and a pointer or a time, but does of an act', () => {
    const before = 'وقالت النقابة إن الرواتب لم تصرف منذ ثلاثة أشهر.';
    const named = buildCorpus([withOutlet('x', `${before} ونفى المتحدث باسم الوزارة ضياء عبد الرزاق ذلك.`)]);
    expect(deniedQuestions(named).map((q) => q.text).join(' ')).not.toContain('ضياء عبد الرزاق ذلك');
    const timed = buildCorpus([withOutlet('x', 'وهذا أول اعتراف بحصول توقيفات، بعد أن نفى الوزير ذلك في السابع من الشهر الجاري.')]);
    expect(deniedQuestions(timed)).toEqual([]);
    const act = buildCorpus([withOutlet('x', 'ونفى المتحدث باسم الوزارة تأخر صرف الرواتب.')]);
    expect(deniedQuestions(act)[0]?.text).toContain('تأخر صرف الرواتب');
  });
});
