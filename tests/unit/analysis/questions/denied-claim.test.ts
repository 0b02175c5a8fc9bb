import { describe, expect, it } from 'vitest';
import { claimIndex } from '../../../../main/analysis/questions/claim-index.ts';
import { buildCorpus } from '../../../../main/analysis/questions/corpus.ts';
import { deniedClaim, eventClaim } from '../../../../main/analysis/questions/denied-claim.ts';
import { findDenials } from '../../../../main/analysis/questions/denials.ts';
import { findOpenQuestions } from '../../../../main/analysis/questions/index.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

const DENIAL = 'نفت الحكومة الأردنية وجود معسكرات لتدريب مقاتلين سوريين على أراضيها قرب الحدود.';

/** The claim found for the denial among `others` (each an article of its own), as text. */
function claimFor(...others: string[]): string | null {
  const corpus = buildCorpus([DENIAL, ...others].map((body, i) => articleRecord(`a${i}`, body)));
  const found = findDenials(corpus);
  const [denial] = found;
  if (!denial) throw new Error('no denial found');
  return deniedClaim(corpus, claimIndex(corpus), denial, new Set(found.map((d) => d.sentence)))?.text ?? null;
}

/** The claim found for the first denial of `denial`'s article among the articles `others`, as text; `byPhrase` as deniedClaim takes it. */
function claimAgainst(denial: string, others: readonly string[], byPhrase = false): string | null {
  const corpus = buildCorpus([denial, ...others].map((body, i) => articleRecord(String.fromCharCode(97 + i), body)));
  const found = findDenials(corpus);
  const [d] = found;
  if (!d) throw new Error('no denial found');
  return deniedClaim(corpus, claimIndex(corpus), d, new Set(found.map((x) => x.sentence)), byPhrase)?.text ?? null;
}

describe('the claim a denial denies', () => {
  const claim = 'وأكد قائد ميداني أن معسكرات تدريب المقاتلين السوريين في الأردن استقبلت دفعة جديدة قرب الحدود.';

  it('is a sentence sharing the denied content\'s words and entities', () => {
    expect(claimFor('وصلت الأمطار إلى المدينة.', claim)).toBe(claim);
  });

  it('is not a sentence that negates what it shares', () => {
    expect(claimFor('وقال مسؤول إنه لا معسكرات لتدريب المقاتلين السوريين في الأردن قرب الحدود.')).toBeNull();
  });

  it('is not another denial', () => {
    expect(claimFor('ونفى الجيش وجود معسكرات تدريب المقاتلين السوريين في الأردن قرب الحدود.')).toBeNull();
  });
});

describe('the claim a denial denies, in a source of the same event', () => {
  const denial = 'ونفت البلدية إغلاق السوق القديم.';
  // Closed with another verb than the denial's noun («أوصد» / «إغلاق»): «أغلق» would share it (verbal-root.ts).
  const other = 'أوصد عمال البلدية أبواب السوق القديم صباح الأحد بعد انهيار جزء من سقفه.';

  it('is taken from a source that tells one event with the denial\'s source on fewer shared words, and only from one', () => {
    const corpus = buildCorpus([articleRecord('a', denial), articleRecord('b', other), articleRecord('c', other.replace('صباح الأحد', 'مساء السبت'))]);
    const found = findDenials(corpus);
    const [d] = found;
    if (!d) throw new Error('no denial found');
    const denials = new Set(found.map((f) => f.sentence));
    const index = claimIndex(corpus);
    // Two shared words and no entity: not enough on their own.
    expect(deniedClaim(corpus, index, d, denials)).toBeNull();
    const of = (id: string) => corpus.sentences.filter((s) => s.sourceId === id);
    expect(eventClaim(index, d, denials, of('c'))?.sourceId).toBe('c');
    expect(eventClaim(index, d, denials, [])).toBeNull();
  });
});

describe('the claim a denial denies, named by a phrase', () => {
  const denial = 'نفت شركة النقل أن تكون مضخة محطة الوقود الشمالية سبب الحريق.';
  const claimOf = (other: string): string | null => claimAgainst(denial, [other], true);

  it('is a sentence sharing three of its words, two of them side by side in both («محطة الوقود»), when asked for', () => {
    const claim = 'وعزا شهود عيان اندلاع النيران إلى تسرب من مضخة في محطة الوقود قرب الجسر.';
    expect(claimOf(claim)).toBe(claim);
    const corpus = buildCorpus([articleRecord('a', denial), articleRecord('b', claim)]);
    const found = findDenials(corpus);
    expect(deniedClaim(corpus, claimIndex(corpus), found[0]!, new Set(found.map((x) => x.sentence)))).toBeNull();
  });

  it('comes after the counter-clause of the denial\'s own sentence', () => {
    const own = 'ورغم نفي الشركة أن تكون مضخة محطة الوقود سبب الحريق، إلا أن الدفاع المدني أكد أن التسرب بدأ من المضخة.';
    const elsewhere = 'وعزا شهود عيان اندلاع النيران إلى تسرب من مضخة في محطة الوقود قرب الجسر.';
    const qs = findOpenQuestions([articleRecord('a', own), articleRecord('b', elsewhere)], { findDates: () => [] }).filter((q) => q.kind === 'denied');
    expect(qs.map((q) => q.evidence.map((e) => e.sourceId))).toEqual([['a']]);
  });

  it('is not a sentence whose three shared words stand apart', () => {
    expect(claimOf('وقال سائق إن الوقود نفد من المضخة قبل أن تغلق المحطة أبوابها.')).toBeNull();
  });
});

describe('the claim of a short denied phrase («الحديث عن أرض مباعة في مارس بأنه عار عن الصحة»)', () => {
  const denial = 'ووصف الناطق باسم البلدية الحديث عن أرض مباعة في مارس بأنه عار عن الصحة، وقال إن المجلس لم يناقش العرض.';
  const claimOf = (...others: string[]): string | null => {
    const corpus = buildCorpus([denial, ...others].map((body, i) => articleRecord(`a${i}`, body)));
    const found = findDenials(corpus);
    const [d] = found;
    if (!d) throw new Error('no denial found');
    return deniedClaim(corpus, claimIndex(corpus), d, new Set(found.map((x) => x.sentence)))?.text ?? null;
  };
  const claim = 'وقال نقابيون إن البلدية باعت في مارس الماضي قطعة الأرض المجاورة للسوق لمستثمر خاص.';

  it('is another source\'s sentence that holds all of the phrase\'s words but one', () => {
    expect(claimOf('هطلت أمطار غزيرة على المدينة.', claim)).toBe(claim);
  });

  it('is none when another source shares one of its words only', () => {
    expect(claimOf('وزرع المتطوعون الأشجار في الأرض المجاورة للمدرسة.')).toBeNull();
  });
});

describe('the claim a denial denies, told with a verb where the denial has its noun', () => {
  it('shares the verb\'s key with its verbal noun and the accusative with the bare noun: three of four words are enough', () => {
    const claim = 'سلمت الوزارة فصيلا مسلحا في الجنوب جزءا من المساعدات المخصصة للقرى.';
    const denial = 'وأكد البيان أن ما نشرته بعض الصحف عن تسليم جزء من المساعدات إلى المسلحين لا أصل له.';
    expect(claimAgainst(denial, [claim, 'وزعت الجمعية الخيرية على القرى المساعدات الغذائية.'])).toBe(claim);
  });

  it('is not a sentence that negates the verb, but one whose negation «إلا» makes a restriction is', () => {
    const denial = 'ونفى المحافظ أن يكون قد تأخر في إبلاغ السكان بقرار إخلاء الحي.';
    const claimOf = (other: string): string | null => claimAgainst(denial, [other]);
    const late = 'وقال سكان إن قرار الإخلاء لم يبلغ السكان إلا بعد منتصف الليل.';
    expect(claimOf(late)).toBe(late);
    expect(claimOf('وقال سكان إن قرار الإخلاء لم يبلغ السكان في الحي.')).toBeNull();
    // «دون أن» negates the verb after it as «لم» does.
    expect(claimOf('وغادر المحافظ الحي دون أن يبلغ السكان بقرار الإخلاء.')).toBeNull();
  });
});
