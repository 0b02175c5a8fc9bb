import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../../main/analysis/questions/corpus.ts';
import { deniedQuestions } from '../../../../main/analysis/questions/denied.ts';
import { findDenials } from '../../../../main/analysis/questions/denials.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

// Shortened from the rev25 reviewer's invented ferry story (studied material): a denial never says that no source of
// the selection confirms what it denies while one does (rev25 finding 3).
const withOutlet = (id: string, body: string) => articleRecord(id, body, { outlet: `صحيفة ${id}`, outletBasis: 'explicit' });
const NONE = 'ولا يؤكده أيٌّ من المصادر المختارة';

const denial = withOutlet('أ', 'خبر الشركة\n\nنفت شركة الأمواج للملاحة أن تكون العبارة قد أبحرت بعدد ركاب يفوق حمولتها المرخصة، ووصفت ما تداولته بعض وسائل الإعلام في هذا الشأن بأنه ادعاءات لا أساس لها.');
const port = withOutlet('ب', 'خبر الميناء\n\nوكشف مصدر في إدارة الميناء أن العبارة كانت تحمل نحو ٤١٠ ركاب، في حين لا تتجاوز حمولتها المرخصة ٣٠٠ راكب.');
const weather = withOutlet('ج', 'خبر الطقس\n\nوقالت هيئة الأرصاد إن الرياح اشتدت فجأة قرابة الساعة التاسعة مساء قبالة الساحل.');

describe('a denial whose claim another source of the selection states', () => {
  it('stops what is denied before the denier goes on to another act («، ووصفت …»)', () => {
    const [d] = findDenials(buildCorpus([denial]));
    expect(d!.sentence.tokens.slice(d!.from, d!.to).map((t) => t.text).join(' ')).not.toContain('ووصفت');
    const [other] = findDenials(buildCorpus([withOutlet('د', 'نفت الشركة أن تكون العبارة حملت أكثر من ٢٨٦ راكبا، وقالت في إفصاح للسوق إنها تتعاون مع الجهات المختصة.')]));
    expect(other!.sentence.tokens.slice(other!.from, other!.to).map((t) => t.text).join(' ')).not.toContain('إفصاح');
  });

  it('cites the source that states it instead of saying none confirms it', () => {
    const [q] = deniedQuestions(buildCorpus([denial, port, weather]));
    expect(q!.text).not.toContain(NONE);
    expect(q!.text).toContain('٤١٠');
    expect(q!.deniedClaim?.sourceId).toBe('ب');
  });

  it('still says none confirms it when no source of the selection states it', () => {
    const [q] = deniedQuestions(buildCorpus([denial, weather]));
    expect(q!.text).toContain(NONE);
  });
});

describe('a denial that opens on a contrast with the sentence before', () => {
  const body = 'خبر القبطان\n\nوقال قبطان العبارة في تصريح نقله محاميه إنه أبلغ الشركة مرارا بأعطال في مضخات الصرف. غير أن الشركة نفت في بيان مكتوب تلقي أي بلاغ من هذا النوع.';
  it('takes that sentence as its claim: the claim is in the same article, never «none confirms it»', () => {
    const [q] = deniedQuestions(buildCorpus([withOutlet('هـ', body)]));
    expect(q!.text).not.toContain(NONE);
    expect(q!.text).toContain('يرد ذلك في صحيفة هـ');
    expect(q!.evidence).toHaveLength(2);
  });

  it('does not take the sentence before a denial that opens otherwise', () => {
    const plain = body.replace('غير أن الشركة نفت', 'ونفت الشركة');
    const [q] = deniedQuestions(buildCorpus([withOutlet('و', plain)]));
    expect(q!.text).toContain(NONE);
  });
});
