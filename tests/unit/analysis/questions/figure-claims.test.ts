import { describe, expect, it } from 'vitest';
import { findOpenQuestions } from '../../../../main/analysis/questions/index.ts';
import type { ArticleRecord } from '../../../../main/model/article.ts';
import type { DateMention } from '../../../../main/text/dates/index.ts';
import { articleRecord } from '../../../helpers/article-record.ts';

// Shortened forms of the sentences of review 25's ferry story (studied material): figures that count different things
// (a part, a projection, a span back from the article's day) are never set against each other as one count.
const dated = (id: string, outlet: string, body: string, published = '2026-01-09'): ArticleRecord =>
  articleRecord(id, body, { outlet, outletBasis: 'explicit', published, publishedBasis: 'explicit', title: `عنوان ${id}` });
const noDates = (): DateMention[] => [];
const contradictions = (articles: ArticleRecord[]): string[] =>
  findOpenQuestions(articles, { findDates: noDates }).filter((q) => q.kind === 'contradiction').map((q) => q.text);

describe('figures that claim a count (figure-roles.ts)', () => {
  it('sets a part against a part only when the same is said of both («ستة منهم حرجة» / «اثنين منهم تحسنت»)', () => {
    const a = dated('a', 'الساحل', 'وقال مدير المستشفى الدكتور مازن الشريف إن المستشفى استقبل ٦١ مصابا، حالة ستة منهم حرجة.');
    const b = dated('b', 'الحدث', 'وقال مدير المستشفى الدكتور مازن الشريف إن حالة اثنين منهم تحسنت بعد العلاج.');
    const c = dated('c', 'المرفأ', 'وقال مدير المستشفى الدكتور مازن الشريف إن حالة أربعة منهم حرجة.');
    expect(contradictions([a, b])).toEqual([]);
    expect(contradictions([a, c]).some((q) => q.includes('ستة منهم') && q.includes('أربعة منهم'))).toBe(true);
  });

  it('reads «أحد عشر من ضحايا» buried at a funeral as a part of the toll, not a toll', () => {
    const toll = dated('a', 'الساحل', 'انتشلت فرق الإنقاذ جثث ١٤ شخصا بعد غرق العبارة قبالة رأس النخيل.', '2026-01-08');
    const funeral = dated('b', 'نشرة المساء', 'شيع آلاف من سكان رأس النخيل جثامين أحد عشر من ضحايا غرق العبارة في جنازة جماعية.', '2026-01-09');
    const count = dated('c', 'المرفأ', 'شيع آلاف من سكان رأس النخيل جثامين ١٩ قتيلا من ضحايا غرق العبارة في جنازة جماعية.', '2026-01-09');
    expect(contradictions([toll, funeral])).toEqual([]);
    // The whole toll, in the same words around it, is still a count.
    expect(contradictions([toll, count])).toHaveLength(1);
  });

  it('reads «قد تتجاوز ٢٥ قتيلا» as a projection, but «نحو ٢٥ قتيلا» as a claim', () => {
    const toll = dated('a', 'الساحل', 'وقالت مصادر في المحافظة إن الحصيلة النهائية لغرق العبارة بلغت ١٤ قتيلا.', '2026-01-08');
    const projection = dated('b', 'نشرة المساء', 'وقالت مصادر في المحافظة إن الحصيلة النهائية لغرق العبارة قد تتجاوز ٢٥ قتيلا.');
    const about = dated('c', 'المرفأ', 'وقالت مصادر في المحافظة إن الحصيلة النهائية لغرق العبارة بلغت نحو ٢٥ قتيلا.');
    expect(contradictions([toll, projection])).toEqual([]);
    expect(contradictions([toll, about])).toHaveLength(1);
  });

  it('leaves the days since an event apart from the length of a detention, but compares two lengths', () => {
    const since = dated('a', 'الحدث', 'بعد خمسة أيام على غرق العبارة «نجمة البحر» بدأ الناجون يتحدثون عن الساعات الأخيرة على متنها.');
    const held = dated('b', 'صوت الجزيرة', 'أمرت النيابة بتوقيف قبطان العبارة «نجمة البحر» لمدة سبعة أيام على ذمة التحقيق منذ غرق العبارة.');
    const heldLonger = dated('c', 'المرفأ', 'أمرت النيابة بتوقيف قبطان العبارة «نجمة البحر» لمدة عشرة أيام على ذمة التحقيق منذ غرق العبارة.');
    expect(contradictions([since, held])).toEqual([]);
    expect(contradictions([held, heldLonger])).toHaveLength(1);
  });

  it('sets the company\'s 286 passengers against a port source\'s «نحو ٤١٠ ركاب» carried by the ferry, «راكب» and «ركاب» one noun', () => {
    const port = dated('a', 'الشرق اليوم', 'وكشف مصدر في إدارة الميناء أن العبارة كانت تحمل نحو ٤١٠ ركاب، في حين لا تتجاوز حمولتها المرخصة ٣٠٠ راكب.');
    const company = dated('b', 'الحدث', 'وتتناقض هذه الشهادات مع رواية الشركة التي تكرر أن العبارة حملت ٢٨٦ راكبا فقط.', '2026-01-12');
    const [q] = contradictions([port, company]);
    expect(q).toContain('نحو ٤١٠ ركاب');
    expect(q).toContain('٢٨٦ راكبا');
    // The passengers rescued are not the passengers carried: the verb that leads up to the figure differs.
    const rescued = dated('c', 'الساحل', 'وقال المتحدث إن فرق الإنقاذ انتشلت جثث الضحايا وأنقذت ٢٣٨ راكبا من العبارة.', '2026-01-08');
    expect(contradictions([port, rescued])).toEqual([]);
  });

  it('asks one question of one toll when a source gives two of its figures (14, 19 and 17 dead of one sinking)', () => {
    const a1 = dated('a1', 'الساحل', 'انتشلت فرق الإنقاذ جثث ١٤ شخصا بعد غرق العبارة.', '2026-01-08');
    const a2 = dated('a2', 'الشرق اليوم', 'قالت مصادر طبية إن عدد ضحايا غرق العبارة ارتفع إلى ١٩ قتيلا، وهو رقم يزيد على الحصيلة التي أعلنها خفر السواحل أمس والبالغة ١٤ قتيلا.', '2026-01-09');
    const a3 = dated('a3', 'الخليج', 'وكان خفر السواحل قد أعلن انتشال جثث، فيما تحدثت مصادر طبية اليوم عن ١٩ قتيلا.', '2026-01-09');
    const a4 = dated('a4', 'المرفأ', 'قال مصدر في المحافظة إن الرقم الرسمي المعتمد حتى الآن هو ١٤ قتيلا.', '2026-01-10');
    const a5 = dated('a5', 'البحار', 'وارتفعت الحصيلة الرسمية إلى ١٧ قتيلا بحسب بيان مشترك صدر أمس.', '2026-01-11');
    const all = [a1, a2, a3, a4, a5];
    const cite = (a: ArticleRecord) => ({ sourceId: a.id, quote: a.body });
    // The summary's events: the early reports, the later official figures, and the medical sources' figure with the
    // joint statement. Pairs of the second event meet those of the first only through the official 14.
    const events = [[a1, a3, a4].map(cite), [a2, a5].map(cite), [a4, a5].map(cite)];
    const qs = findOpenQuestions(all, { findDates: noDates, events }).filter((q) => q.kind === 'contradiction').map((q) => q.text);
    expect(qs).toHaveLength(1);
    for (const n of ['١٤', '١٩', '١٧']) expect(qs[0]).toContain(n);
  });
});

describe('a dated series of one count (numeric-contradictions.ts)', () => {
  const missing = (id: string, outlet: string, n: string, published: string): ArticleRecord =>
    dated(id, outlet, `وأعلن خفر السواحل انتشال جثث جديدة، ولا يزال ${n} في عداد المفقودين.`, published);

  it('asks whether a later, lower count of the missing is an update (11, then 9)', () => {
    const qs = contradictions([missing('a', 'البحار', '١١ شخصا', '2026-01-11'), missing('b', 'صوت الجزيرة', 'تسعة أشخاص', '2026-01-13')]);
    expect(qs).toEqual(['هل انخفض العدد أم تختلف الروايات: ١١ شخصا بحسب البحار، ثم تسعة أشخاص بحسب صوت الجزيرة في مصدر لاحق (ربما رقم محدَّث)؟']);
  });

  it('asks which is right when two sources of one day give two counts of the missing', () => {
    const qs = contradictions([missing('a', 'البحار', '١١ شخصا', '2026-01-13'), missing('b', 'صوت الجزيرة', 'تسعة أشخاص', '2026-01-13')]);
    expect(qs).toEqual(['كم العدد الصحيح: ١١ شخصا بحسب البحار أم تسعة أشخاص بحسب صوت الجزيرة؟']);
  });

  it('asks which is right when the missing grow in a later source: what remains does not grow', () => {
    const qs = contradictions([missing('a', 'البحار', 'تسعة أشخاص', '2026-01-11'), missing('b', 'صوت الجزيرة', '١١ شخصا', '2026-01-13')]);
    expect(qs).toEqual(['كم العدد الصحيح: تسعة أشخاص بحسب البحار أم ١١ شخصا بحسب صوت الجزيرة؟']);
  });

  it('reads the missing from the word that qualifies a generic noun, and asks whether their fall is an update without «لا يزال»', () => {
    const a = dated('a', 'البحار', 'وبحسب البيان ذاته، هناك ١١ شخصا في عداد المفقودين بعد غرق العبارة.', '2026-01-11');
    const b = dated('b', 'صوت الجزيرة', 'وبحسب خفر السواحل، هناك تسعة أشخاص مفقودين بعد غرق العبارة.', '2026-01-13');
    expect(contradictions([a, b])).toEqual([
      'هل انخفض العدد أم تختلف الروايات: ١١ شخصا بحسب البحار، ثم تسعة أشخاص بحسب صوت الجزيرة في مصدر لاحق (ربما رقم محدَّث)؟',
    ]);
    // The rescued are no count of the missing, however the words around them agree.
    const rescued = dated('c', 'صوت الجزيرة', 'وبحسب خفر السواحل، هناك تسعة أشخاص أنقذوا بعد غرق العبارة.', '2026-01-13');
    expect(contradictions([a, rescued])).toEqual([]);
  });

  it('asks whether a later, higher toll is an update, and which is right when a later toll is lower', () => {
    const toll = (id: string, outlet: string, n: string, published: string): ArticleRecord =>
      dated(id, outlet, `وقالت مصادر طبية إن عدد ضحايا غرق العبارة ارتفع إلى ${n} قتيلا.`, published);
    expect(contradictions([toll('a', 'الساحل', '١٤', '2026-01-08'), toll('b', 'الشرق اليوم', '١٩', '2026-01-09')])).toEqual([
      'هل ارتفع العدد أم تختلف الروايات: ١٤ قتيلا بحسب الساحل، ثم ١٩ قتيلا بحسب الشرق اليوم في مصدر لاحق (ربما رقم محدَّث)؟',
    ]);
    expect(contradictions([toll('a', 'الساحل', '١٩', '2026-01-08'), toll('b', 'الشرق اليوم', '١٤', '2026-01-09')])).toEqual([
      'كم العدد الصحيح: ١٩ قتيلا بحسب الساحل أم ١٤ قتيلا بحسب الشرق اليوم؟',
    ]);
  });
});

// Shortened forms of review 27's port strike (studied material): a rate is no total, and a bound is a claim.
describe('a rate and a bound (review 27 finding 7)', () => {
  it('never sets a sum per day against a total, but sets two totals and two rates against each other', () => {
    const total = dated('a', 'الرافدين', 'وقدرت غرفة التجارة خسائر التجار بسبب الإضراب في ميناء أم قصر بنحو 120 مليون دولار.');
    const daily = dated('b', 'دجلة', 'وقدرت غرفة التجارة خسائر التجار بسبب الإضراب في ميناء أم قصر بنحو 15 مليون دولار يومياً.');
    const daily2 = dated('c', 'المربد', 'وقدرت غرفة التجارة خسائر التجار بسبب الإضراب في ميناء أم قصر بنحو 40 مليون دولار في اليوم.');
    const total2 = dated('d', 'المرصد', 'وقدرت غرفة التجارة خسائر التجار بسبب الإضراب في ميناء أم قصر بنحو 300 مليون دولار.');
    expect(contradictions([total, daily])).toEqual([]);
    expect(contradictions([daily, daily2])).toHaveLength(1);
    expect(contradictions([total, total2])).toHaveLength(1);
  });

  it('sets an upper bound («لا يتجاوز 4 آلاف») against a higher count of the same thing, not against a lower one', () => {
    const union = dated('a', 'الرافدين', 'وقالت النقابة إن عدد العمال المضربين في ميناء أم قصر بلغ نحو 12 ألف عامل.');
    const minister = dated('b', 'المرصد', 'وقال الوزير إن عدد العمال المضربين في ميناء أم قصر لا يتجاوز 4 آلاف عامل.');
    const lower = dated('c', 'دجلة', 'وقالت الشركة إن عدد العمال المضربين في ميناء أم قصر بلغ نحو 3 آلاف عامل.');
    expect(contradictions([union, minister]).some((q) => q.includes('12 ألف') && q.includes('4 آلاف'))).toBe(true);
    expect(contradictions([minister, lower])).toEqual([]);
  });

  it('never sets a part told with its whole («أفرجت عن 28 عاملاً من أصل 35») against a count of others, but against the same part', () => {
    const strike = dated('a', 'الرافدين', 'وقالت النقابة إن نحو 12 ألف عامل توقفوا عن العمل في ميناء أم قصر.');
    const freed = dated('b', 'بغداد بوست', 'وأعلنت النقابة أن الشرطة أفرجت عن 28 عاملاً من أصل 35 اعتقلوا في ميناء أم قصر.');
    const freed2 = dated('c', 'المربد', 'وأعلنت النقابة أن الشرطة أفرجت عن 15 عاملاً من أصل 35 اعتقلوا في ميناء أم قصر.');
    expect(contradictions([strike, freed]).some((q) => q.includes('28'))).toBe(false);
    expect(contradictions([freed, freed2]).some((q) => q.includes('28') && q.includes('15'))).toBe(true);
  });
});
