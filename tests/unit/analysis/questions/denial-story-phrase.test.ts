import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../../main/analysis/questions/corpus.ts';
import { deniedQuestions } from '../../../../main/analysis/questions/denied.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

// Shortened from the rev25 reviewer's invented ferry story (studied material): a claim found by a shared phrase must
// share more than the name every report of the story gives (rev25 leftovers, mendV 2).
const outlet = (id: string, body: string) => articleRecord(id, body, { outlet: `صحيفة ${id}`, outletBasis: 'explicit' });
const denial = 'ونفى مدير الهيئة في المقابل أن تكون الهيئة قد تهاونت في فحص «نجمة البحر»، قائلا إن الفحص استمر يومين.';
const committee = 'أمر المحافظ بتشكيل لجنة تحقيق في غرق العبارة «نجمة البحر»، تضم خبراء من هيئة النقل البحري وخفر السواحل.';
const others = [
  outlet('ج', 'خبر\n\nوانتشل الغواصون جثتين من قرب حطام «نجمة البحر» صباح اليوم.'),
  outlet('د', 'خبر\n\nوتجمع أهالي الركاب أمام الميناء بانتظار أخبار «نجمة البحر».'),
  outlet('هـ', 'خبر\n\nوتراجعت أسهم الشركة المالكة لـ«نجمة البحر» في البورصة.'),
];
const evidence = (articles: ReturnType<typeof outlet>[]) =>
  deniedQuestions(buildCorpus(articles)).map((q) => q.evidence.map((e) => e.text));

describe('a denied claim found by a phrase', () => {
  it('is not a sentence sharing only the story\'s own name («نجمة البحر») and a word with what is denied', () => {
    const qs = evidence([outlet('أ', `خبر\n\n${committee}`), outlet('ب', `خبر\n\n${denial}`), ...others]);
    expect(qs).toHaveLength(1);
    expect(qs[0]).not.toContain(committee);
  });

  it('is still a sentence sharing a phrase the other reports do not give («محطة المياه»)', () => {
    const claim = 'وأرجعت مصادر طبية التفشي إلى تلوث محطة مياه البلدة بمياه الصرف.';
    const denied = 'ونفت هيئة المياه أن تكون محطة مياه البلدة مصدر العدوى، مؤكدة سلامة العينات.';
    const qs = evidence([outlet('أ', `خبر\n\n${claim}`), outlet('ب', `خبر\n\n${denied}`), ...others]);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toContain(claim);
  });
});
