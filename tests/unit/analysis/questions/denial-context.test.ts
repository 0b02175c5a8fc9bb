import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../../main/analysis/questions/corpus.ts';
import { contextClaim, counterClause } from '../../../../main/analysis/questions/denial-context.ts';
import { deniedQuestions } from '../../../../main/analysis/questions/denied.ts';
import { findDenials } from '../../../../main/analysis/questions/denials.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

const withOutlet = (id: string, body: string) => articleRecord(id, body, { outlet: `صحيفة ${id}`, outletBasis: 'explicit' });

describe('a denial\'s claim from its own context', () => {
  it('is the sentence before a denial that only points back to it', () => {
    const body = 'خبر عن الحدود\n\nوذكرت تقارير محلية أن القوات انسحبت من ثلاث قرى حدودية خلال الليل. ونفت وزارة الدفاع ذلك.';
    const corpus = buildCorpus([withOutlet('أ', body)]);
    const found = findDenials(corpus);
    const d = found[0]!;
    expect(contextClaim(corpus, d, new Set(found.map((f) => f.sentence)))?.sentence.text).toBe('وذكرت تقارير محلية أن القوات انسحبت من ثلاث قرى حدودية خلال الليل.');
    const [q] = deniedQuestions(corpus);
    expect(q!.text).toBe('هل صحيح أن القوات انسحبت من ثلاث قرى حدودية خلال الليل؟ يرد ذلك في صحيفة أ، ويرد فيها نفيه: «ونفت وزارة الدفاع ذلك»');
    expect(q!.evidence).toHaveLength(2);
  });

  it('is the counter-clause of a concessive denial, asked as whether the report holds, naming its teller and the denial', () => {
    const body = 'ورغم نفيه إرسال مقاتلين إلى الجبهة، إلا أن وكالة محلية نقلت عن قائد ميداني أن عشرات منهم وصلوا الأسبوع الماضي.';
    const corpus = buildCorpus([withOutlet('ب', body)]);
    const [d] = findDenials(corpus);
    expect(d && counterClause(d)).toBe(8);
    const [q] = deniedQuestions(corpus);
    expect(q!.text).toBe(
      'هل صحيح أن عشرات منهم وصلوا الأسبوع الماضي؟ تنقل صحيفة ب: «وكالة محلية نقلت عن قائد ميداني»، وتورد في مقابله نفي «إرسال مقاتلين إلى الجبهة»',
    );
    expect(q!.evidence).toHaveLength(1);
  });

  it('is none for a short or unconceded contrast, and none when nothing before is pointed to', () => {
    const [short] = findDenials(buildCorpus([withOutlet('ج', 'نفى الوزير استقالته، لكنه رفض التعليق.')]));
    expect(short && counterClause(short)).toBeNull();
    const [whereas] = findDenials(buildCorpus([withOutlet('د', 'نفى الوزير استقالته، بينما أكد مساعده أنه غادر مكتبه نهائيا أمس.')]));
    expect(whereas && counterClause(whereas)).toBeNull();
    const alone = buildCorpus([withOutlet('هـ', 'ونفت وزارة الدفاع ذلك.')]);
    const found = findDenials(alone);
    expect(contextClaim(alone, found[0]!, new Set(found.map((f) => f.sentence)))).toBeNull();
  });
});
