import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../../main/analysis/questions/corpus.ts';
import { unknownQuestions } from '../../../../main/analysis/questions/cue-questions.ts';
import { deniedQuestions } from '../../../../main/analysis/questions/denied.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

// Shortened from the rev25 reviewer's invented ferry story (studied material): a question is built from a claim, never
// from a fragment (rev25 finding 5).
const withOutlet = (id: string, body: string) => articleRecord(id, body, { outlet: `صحيفة ${id}`, outletBasis: 'explicit' });
const ask = (body: string) => deniedQuestions(buildCorpus([withOutlet('أ', body)])).map((q) => q.text);
const unknown = (body: string) => unknownQuestions(buildCorpus([withOutlet('أ', body)])).map((q) => q.text);

describe('denial questions from fragments', () => {
  it('asks nothing of a denied fragment («مجددا أي»), and still asks of a denied phrase', () => {
    expect(ask('خبر الشركة\n\nونفت الشركة مجددا أي.')).toEqual([]);
    expect(ask('خبر الشركة\n\nونفت الشركة إغلاق المعبر.')[0]).toContain('«إغلاق المعبر»');
  });

  it('never takes a headline\'s first half as what its second half denies («… والشركة تنفي مسؤوليتها»)', () => {
    const texts = ask('توقيف قبطان العبارة والشركة تنفي مسؤوليتها\n\nأمرت النيابة العامة بتوقيف قبطان العبارة سبعة أيام.');
    for (const t of texts) expect(t).not.toContain('«توقيف قبطان العبارة والشركة»');
  });

  it('still reads what precedes a trailing predicate of falsity as what is denied', () => {
    const [q] = ask('خبر\n\nوقالت الوزارة إن الحديث عن إغلاق المعبر الحدودي غير صحيح.');
    expect(q).toContain('إغلاق المعبر الحدودي');
  });
});

describe('unknown questions from fragments', () => {
  it('asks from the question word, past the negated verb\'s subject («لم يعرف أحد كيف …»)', () => {
    const [q] = unknown('خبر\n\nوقال ناج إن الأبواب كانت مقفلة ولم يعرف أحد كيف تفتح الأبواب.');
    expect(q).toBeDefined();
    expect(q).not.toContain('ما أحد');
    expect(q).toContain('كيف تفتح الأبواب');
  });

  it('asks nothing of a question word and a verb of pronouns alone («كيف يفتحها»), and still asks of a named one', () => {
    expect(unknown('خبر\n\nوقال ناج إن سترات النجاة كانت مقفلة في خزائن لم يعرف أحد كيف يفتحها.')).toEqual([]);
    expect(unknown('خبر\n\nولم يتضح بعد كيف غرقت العبارة.')[0]).toContain('كيف غرقت العبارة');
  });

  it('asks nothing of an unknown named only by a demonstrative, and still asks of a named one', () => {
    expect(unknown('خبر\n\nولم يتسن التحقق من هذا الرقم من مصدر رسمي مستقل.')).toEqual([]);
    expect(unknown('خبر\n\nولم يتسن التحقق من عدد الركاب من مصدر رسمي مستقل.')[0]).toContain('عدد الركاب');
  });
});
