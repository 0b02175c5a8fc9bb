import { describe, expect, it } from 'vitest';
import { findOpenQuestions } from '../../../../main/analysis/questions/index.ts';
import type { ArticleRecord } from '../../../../main/model/article.ts';
import { verbSkeleton } from '../../../../main/text/arabic/verbal-root.ts';
import { normalise } from '../../../../main/text/arabic/index.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

const dated = (id: string, outlet: string, body: string): ArticleRecord =>
  articleRecord(id, body, { outlet, outletBasis: 'explicit', published: '2024-03-10', publishedBasis: 'explicit', title: `عنوان ${id}` });
const denied = (articles: ArticleRecord[]) => findOpenQuestions(articles, { findDates: () => [] }).filter((q) => q.kind === 'denied');

describe('a verb\'s skeleton (issue 14: a claim negated with its own verb)', () => {
  it('gives a negated jussive and its perfect one form, hollow roots included', () => {
    const jussive = (w: string): string => verbSkeleton(normalise(w), 'jussive');
    const perfect = (w: string): string => verbSkeleton(normalise(w), 'perfect');
    expect(jussive('ينهر')).toBe(perfect('انهار'));
    expect(jussive('تغلق')).toBe(perfect('أغلقت'));
    expect(jussive('ينسحبوا')).toBe(perfect('انسحب'));
    expect(jussive('يسقط')).toBe(perfect('سقطت'));
    expect(jussive('يسقط')).not.toBe(perfect('سجلت'));
  });
});

describe('a claim another source negates with its own verb', () => {
  const post = dated('p', 'فيسبوك', 'انهار جسر الملك فيصل على نهر العاصي صباح اليوم، وانقطعت الطريق بين الضفتين.');
  const office = dated('o', 'صحيفة الشرق', 'وأوضح مدير الطرق أن جسر الملك فيصل على نهر العاصي لم ينهر، وأن الماء غمر مدخله فقط.');

  it('asks which is right, quoting the claim and its negation with their sources', () => {
    expect(denied([post, office]).map((q) => [q.text, q.evidence.map((e) => e.sourceId)])).toEqual([
      ['هل صحيح ما ورد: «انهار جسر الملك فيصل على نهر العاصي» بحسب فيسبوك، أم «جسر الملك فيصل على نهر العاصي لم ينهر» كما تقول صحيفة الشرق؟', ['p', 'o']],
    ]);
  });

  it('needs the same subject, another source, and an auxiliary is no claim', () => {
    const other = dated('x', 'صحيفة الشرق', 'وأوضح مدير الطرق أن سد المدينة القديم لم ينهر، وأن الماء فاض من مصرفه.');
    expect(denied([post, other])).toEqual([]);
    const same = dated('p', 'فيسبوك', `${post.body}\n\nوقال المهندس إن جسر الملك فيصل على نهر العاصي لم ينهر كليا.`);
    expect(denied([same])).toEqual([]);
    const aux = dated('a', 'صحيفة الشرق', 'وقال الأهالي إن جسر الملك فيصل على نهر العاصي لم يعد صالحا للعبور.');
    const used = dated('b', 'فيسبوك', 'عاد جسر الملك فيصل على نهر العاصي إلى العمل صباح اليوم.');
    expect(denied([aux, used])).toEqual([]);
  });
});

describe('the subject read back before a negated verb', () => {
  it('runs past «حتى الآن» to the «أن» that opens its clause', () => {
    const claim = dated('c', 'فيسبوك', 'أغلقت وزارة الصحة العامة مستشفى المدينة صباح اليوم.');
    const denial = dated('d', 'صحيفة الشرق', 'وأكد المتحدث أن وزارة الصحة العامة حتى الآن لم تغلق، وفق بيان رسمي.');
    expect(denied([claim, denial]).map((q) => q.text)).toEqual([
      'هل صحيح ما ورد: «أغلقت وزارة الصحة العامة مستشفى المدينة» بحسب فيسبوك، أم «وزارة الصحة العامة حتى الآن لم تغلق» كما تقول صحيفة الشرق؟',
    ]);
  });
});

describe('a negation that several outlets copy from one wire story', () => {
  const post = dated('p', 'فيسبوك', 'انهار جسر الملك فيصل على نهر العاصي صباح اليوم، وانقطعت الطريق بين الضفتين.');
  const wire = 'وأوضح مدير الطرق أن جسر الملك فيصل على نهر العاصي لم ينهر، وأن الماء غمر مدخله فقط.';
  const copies = [dated('w', 'وكالة الشمال', wire), dated('c1', 'صحيفة الشرق', wire), dated('c2', 'موقع الضفة', wire.replace('وأوضح', 'وقال'))];

  it('is asked once, citing the claim and every copy of the negation', () => {
    const asked = denied([post, ...copies]);
    expect(asked.map((q) => q.evidence.map((e) => e.sourceId))).toEqual([['p', 'w', 'c1', 'c2']]);
    expect(asked[0]?.text).toContain('كما تقول وكالة الشمال وصحيفة الشرق وموقع الضفة؟');
  });

  it('still asks apart a negation of another subject by the same verb', () => {
    const other = dated('d', 'موقع الضفة', 'وأكد الدفاع المدني أن سد المدينة القديم لم ينهر.');
    const claim = dated('e', 'فيسبوك', 'انهار سد المدينة القديم فجر اليوم.');
    expect(denied([post, copies[0] as ArticleRecord, other, claim]).map((q) => q.evidence.map((e) => e.sourceId))).toEqual([['p', 'w'], ['d', 'e']]);
  });
});
