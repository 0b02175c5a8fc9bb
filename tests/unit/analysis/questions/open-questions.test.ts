import { describe, expect, it } from 'vitest';
import { findOpenQuestions } from '../../../../main/analysis/questions/index.ts';
import { OpenQuestion } from '../../../../main/model/brief.ts';
import type { ArticleRecord } from '../../../../main/model/article.ts';
import type { DateMention } from '../../../../main/text/dates/index.ts';
import { articleRecord } from '../../../helpers/article-record.ts';
import { citeWhole, contradictionTexts } from '../../../helpers/contradiction-texts.ts';

const dated = (id: string, outlet: string, body: string, published = '2024-03-10'): ArticleRecord =>
  articleRecord(id, body, { outlet, outletBasis: 'explicit', published, publishedBasis: 'explicit', title: `عنوان ${id}` });

const noDates = (): DateMention[] => [];
const ask = (articles: ArticleRecord[]) => findOpenQuestions(articles, { findDates: noDates });
const ofKind = (articles: ArticleRecord[], kind: string) => ask(articles).filter((q) => q.kind === kind);

function expectExactEvidence(qs: OpenQuestion[], articles: ArticleRecord[]): void {
  for (const q of qs) {
    expect(OpenQuestion.parse(q)).toEqual(q);
    expect(q.text.includes('؟')).toBe(true);
    for (const e of q.evidence) {
      const body = articles.find((a) => a.id === e.sourceId)?.body ?? '';
      expect(body.includes(e.quote)).toBe(true);
    }
  }
}

describe('contradictions', () => {
  const a = dated('a', 'صحيفة الشرق', 'أعلنت هيئة المعابر أن 1000 شخص عبروا معبر الحدود الشمالي أمس باتجاه المدينة الساحلية.');
  const b = dated('b', 'وكالة الغرب', 'قالت هيئة المعابر إن 1,200 شخص عبروا معبر الحدود الشمالي أمس في طريقهم إلى المدينة الساحلية.');

  it('finds the same figure reported differently and names both outlets', () => {
    const qs = ofKind([a, b], 'contradiction');
    expect(qs).toHaveLength(1);
    const q = qs[0]!;
    expect(q.text).toBe('كم العدد الصحيح: 1000 شخص بحسب صحيفة الشرق أم 1,200 شخص بحسب وكالة الغرب؟');
    expect(q.evidence.map((e) => e.sourceId)).toEqual(['a', 'b']);
    expectExactEvidence(qs, [a, b]);
  });

  it('does not oppose figures about different things', () => {
    const c = dated('c', 'وكالة الغرب', 'اعتقلت الشرطة 1200 شخص خلال حملة تفتيش في الأحياء الجنوبية للعاصمة.');
    expect(ofKind([a, c], 'contradiction')).toEqual([]);
  });

  it('does not oppose figures within rounding or a compatible «نحو»', () => {
    const c = dated('c', 'وكالة الغرب', 'قالت هيئة المعابر إن نحو 1050 شخصا عبروا معبر الحدود الشمالي أمس إلى المدينة الساحلية.');
    expect(ofKind([a, c], 'contradiction')).toEqual([]);
  });

  it('asks whether a later, higher toll is an update', () => {
    const early = dated('e', 'صحيفة الشرق', 'قتل 12 شخصا في انفجار سيارة مفخخة قرب السوق المركزي في المدينة.', '2024-03-10');
    const late = dated('l', 'وكالة الغرب', 'ارتفع إلى 20 شخصا عدد ضحايا انفجار السيارة المفخخة قرب السوق المركزي في المدينة.', '2024-03-11');
    const q = ofKind([early, late], 'contradiction')[0]!;
    expect(q.text).toContain('رقم محدَّث');
    expect(q.text.indexOf('12')).toBeLessThan(q.text.indexOf('20'));
  });

  it('reads «مقتل 12 شخصا» as a count of the dead, to compare with «15 قتيلا» and never with the wounded', () => {
    const x = dated('x', 'صحيفة الشرق', 'أسفر انفجار السيارة المفخخة قرب السوق المركزي في المدينة عن مقتل 12 شخصا وإصابة 30 آخرين.');
    const y = dated('y', 'وكالة الغرب', 'خلف انفجار السيارة المفخخة قرب السوق المركزي في المدينة 15 قتيلا و30 جريحا.');
    const qs = ofKind([x, y], 'contradiction');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text).toContain('12');
    expect(qs[0]!.text).toContain('15');
  });

  it('compares the tolls of two sources the summary found telling one event, whatever words stand around them', () => {
    const x = dated('x', 'صحيفة الشرق', 'وأعلنت الوزارة في حصيلة أولية مقتل 12 شخصا وإصابة 40 آخرين بجروح.');
    const y = dated('y', 'وكالة الغرب', 'وارتفعت حصيلة الضحايا إلى 15 قتيلا بحسب مصادر طبية في مستشفى البلدة.');
    const z = dated('z', 'موقع الجنوب', 'وأعلنت الوزارة مقتل 12 شخصا، وإصابة 40 آخرين بجروح متفاوتة.');
    const lead = (a: ArticleRecord) => ({ sourceId: a.id, quote: 'ضرب زلزال الإقليم.' });
    const withEvent = (events: { sourceId: string; quote: string }[][]) =>
      findOpenQuestions([x, y, z], { findDates: noDates, events }).filter((q) => q.kind === 'contradiction');
    // Not one event in the summary: the contexts share too little to say the two figures count one thing.
    expect(withEvent([])).toEqual([]);
    const [q] = withEvent([[lead(x), lead(y), lead(z)]]);
    // The two sources that give 12 stand on one side.
    expect(q!.text).toBe('كم العدد الصحيح: 12 شخصا بحسب صحيفة الشرق وموقع الجنوب أم 15 قتيلا بحسب وكالة الغرب؟');
    // Of one event, but a toll ten times another counts other deaths.
    const far = dated('f', 'وكالة الغرب', 'وكان زلزال قد أودى بمقتل 150 شخصا في الإقليم قبل عقدين.');
    expect(findOpenQuestions([x, far], { findDates: noDates, events: [[lead(x), lead(far)]] }).filter((q) => q.kind === 'contradiction')).toEqual([]);
  });

  it('compares figures of one kind in two sentences the summary grouped into one event', () => {
    const x = dated('x', 'صحيفة الشرق', 'واتفق الجانبان على فتح المعبر أمام حركة الشاحنات بطاقة تصل إلى 300 شاحنة يوميا.');
    const y = dated('y', 'وكالة الغرب', 'واتفق البلدان كذلك على فتح المعبر بداية من الشهر المقبل، بمعدل 500 شاحنة في اليوم.');
    const cite = (a: ArticleRecord) => ({ sourceId: a.id, quote: a.body });
    expect(findOpenQuestions([x, y], { findDates: noDates }).filter((q) => q.kind === 'contradiction')).toEqual([]);
    const qs = findOpenQuestions([x, y], { findDates: noDates, events: [[cite(x), cite(y)]] }).filter((q) => q.kind === 'contradiction');
    expect(qs.map((q) => q.text)).toEqual(['كم العدد الصحيح: 300 شاحنة بحسب صحيفة الشرق أم 500 شاحنة بحسب وكالة الغرب؟']);
  });

  it('compares the shares two sentences of one event give of one thing, in any spelling of «per cent»', () => {
    const x = dated('x', 'صحيفة الشرق', 'ورفعت البلدية رسوم جمع النفايات بنسبة 20 في المئة ابتداء من الشهر المقبل.');
    const y = dated('y', 'وكالة الغرب', 'وقررت البلدية زيادة رسوم جمع النفايات 25 بالمئة، في خطوة أغضبت التجار.');
    const z = dated('z', 'موقع الجنوب', 'وقال رئيس البلدية إن نسبة الجباية لم تتجاوز 40% العام الماضي.');
    const cite = citeWhole;
    const contradictions = contradictionTexts;
    // Not one event of the summary: shares of many things stand in a selection, words alone do not pair them.
    expect(contradictions([x, y], [])).toEqual([]);
    expect(contradictions([x, y], [[cite(x), cite(y)]])).toEqual(['كم النسبة الصحيحة: 20 في المئة بحسب صحيفة الشرق أم 25 بالمئة بحسب وكالة الغرب؟']);
    // A share of something else in the same event is no other figure for it.
    expect(contradictions([x, z], [[cite(x), cite(z)]])).toEqual([]);
  });

  it('sets two figures each given «about» against each other when neither lies within the other\'s band', () => {
    const x = dated('x', 'صحيفة الشرق', 'وتراجعت صادرات القمح هذا الموسم بنحو 14 في المئة عن الموسم الماضي.');
    const y = dated('y', 'وكالة الغرب', 'وتراجعت صادرات القمح هذا الموسم بما يقارب 17 في المئة مقارنة بالموسم الماضي.');
    const near = dated('y', 'وكالة الغرب', 'وتراجعت صادرات القمح هذا الموسم بما يقارب 15 في المئة مقارنة بالموسم الماضي.');
    const contradictions = (b: ArticleRecord) => contradictionTexts([x, b], [[citeWhole(x), citeWhole(b)]]).length;
    // The bands of «نحو 14» (to 15.4) and «ما يقارب 17» (from 15.3) touch; neither figure lies within the other's.
    expect(contradictions(y)).toBe(1);
    // 15 lies within the band of «نحو 14»: one figure said loosely twice.
    expect(contradictions(near)).toBe(0);
  });

  it('compares the one count of ships two sources of one event give, in synonymous nouns, and not a source with two', () => {
    const x = dated('x', 'صحيفة الشرق', 'وتنتظر 20 سفينة في المياه الإقليمية الإذن بدخول الميناء الشمالي.');
    const y = dated('y', 'وكالة الغرب', 'وقال مصدر في الميناء إن 28 باخرة محملة بالوقود لا تزال راسية قبالة السواحل.');
    const lead = (a: ArticleRecord) => ({ sourceId: a.id, quote: 'أغلق الميناء الشمالي.' });
    const contradictions = (articles: ArticleRecord[], events: { sourceId: string; quote: string }[][]) =>
      findOpenQuestions(articles, { findDates: noDates, events }).filter((q) => q.kind === 'contradiction').map((q) => q.text);
    // Not sources of one event: nothing says they count the same ships.
    expect(contradictions([x, y], [])).toEqual([]);
    expect(contradictions([x, y], [[lead(x), lead(y)]])).toEqual(['كم العدد الصحيح: 20 سفينة بحسب صحيفة الشرق أم 28 باخرة بحسب وكالة الغرب؟']);
    // A source that counts ships twice (waiting and unloaded) names no one count to set against the other's.
    const two = dated('y', 'وكالة الغرب', 'وقال مصدر في الميناء إن 28 باخرة ما زالت تنتظر، فيما أفرغت 6 سفن حمولتها أمس.');
    expect(contradictions([x, two], [[lead(x), lead(two)]])).toEqual([]);
  });

  it('sets the days two sources of one event give it against each other once both resolve, and only then', () => {
    const x = dated('x', 'صحيفة الشرق', 'افتتح وزير الصحة مساء الأحد 7 آذار المستشفى الجديد في البلدة، على أن يستقبل المرضى ابتداء من صباح الثلاثاء.', '2027-03-09');
    const y = dated('y', 'وكالة الغرب', 'جرى يوم الاثنين 8 آذار تدشين أكبر مرفق طبي في المحافظة بحضور رسميين وأهالٍ.', '2027-03-09');
    const cite = (a: ArticleRecord) => ({ sourceId: a.id, quote: a.body });
    const dateQuestions = (events: { sourceId: string; quote: string }[][]) =>
      findOpenQuestions([x, y], { now: '2027-03-10', events }).filter((q) => q.kind === 'contradiction').map((q) => [q.text, q.evidence.map((e) => e.sourceId)]);
    // The two sentences share too few words to be one event on their own.
    expect(dateQuestions([])).toEqual([]);
    // The summary grouped them: the day each puts the opening on (not the later «صباح الثلاثاء») is compared.
    expect(dateQuestions([[cite(x), cite(y)]])).toEqual([
      ['متى وقع ذلك: «مساء الأحد 7 آذار» بحسب صحيفة الشرق أم «يوم الاثنين 8 آذار» بحسب وكالة الغرب؟', ['x', 'y']],
    ]);
    // A weekday alone resolves against each article's own date: not a day to set against a written one.
    const z = dated('z', 'وكالة الغرب', 'جرى الاثنين تدشين أكبر مرفق طبي في المحافظة بحضور رسميين وأهالٍ.', '2027-03-09');
    expect(findOpenQuestions([x, z], { now: '2027-03-10', events: [[cite(x), cite(z)]] }).filter((q) => q.kind === 'contradiction')).toEqual([]);
  });

  it('quotes each source of a side of a date question in its own words', () => {
    const x = dated('x', 'صحيفة الشرق', 'افتتح وزير الصحة مساء الأحد 7 آذار المستشفى الجديد في البلدة.', '2027-03-09');
    const y = dated('y', 'وكالة الغرب', 'جرى يوم الاثنين 8 آذار تدشين أكبر مرفق طبي في المحافظة.', '2027-03-09');
    const w = dated('w', 'إذاعة الوسط', 'جرى في 8 مارس تدشين أكبر مرفق طبي في المحافظة.', '2027-03-09');
    const cite = (a: ArticleRecord) => ({ sourceId: a.id, quote: a.body });
    const texts = findOpenQuestions([x, y, w], { now: '2027-03-10', events: [[cite(x), cite(y), cite(w)]] }).filter((q) => q.kind === 'contradiction').map((q) => q.text);
    // The radio wrote «8 مارس», never the agency's «يوم الاثنين 8 آذار»: one day, two wordings, each with its source.
    expect(texts).toEqual(['متى وقع ذلك: «مساء الأحد 7 آذار» بحسب صحيفة الشرق أم «يوم الاثنين 8 آذار» بحسب وكالة الغرب و«8 مارس» بحسب إذاعة الوسط؟']);
  });

  it('sets a denial against another source of one of its events, and names a denier before the verb', () => {
    const x = dated('x', 'صحيفة الشرق', 'البلدية نفت إغلاق السوق القديم.');
    // Closed with another verb than the denial's noun: «أغلق» would share «إغلاق» (verbal-root.ts) with no event.
    const y = dated('y', 'وكالة الغرب', 'أوصد عمال البلدية أبواب السوق القديم صباح الأحد بعد انهيار جزء من سقفه.');
    const denied = (events: { sourceId: string; quote: string }[][]) =>
      findOpenQuestions([x, y], { findDates: noDates, events }).filter((q) => q.kind === 'denied').map((q) => [q.text, q.evidence.map((e) => e.sourceId)]);
    expect(denied([])).toEqual([['من يقول بـ«إغلاق السوق القديم»؟ نفت البلدية ذلك بحسب صحيفة الشرق، ولا يؤكده أيٌّ من المصادر المختارة', ['x']]]);
    expect(denied([[{ sourceId: 'x', quote: x.body }, { sourceId: 'y', quote: y.body }]])).toEqual([
      ['ما الصحيح في «إغلاق السوق القديم»؟ تورد وكالة الغرب: «أوصد عمال البلدية أبواب السوق القديم صباح الأحد بعد انهيار جزء من سقفه»، ونفت البلدية ذلك بحسب صحيفة الشرق', ['x', 'y']],
    ]);
  });

  it('finds ordinal claims that disagree', () => {
    const x = dated('x', 'صحيفة الشرق', 'وصل وزير الخارجية إلى العاصمة في أول زيارة رسمية له منذ تسلمه منصبه.');
    const y = dated('y', 'وكالة الغرب', 'وتعد هذه الزيارة الثانية لوزير الخارجية إلى العاصمة منذ تسلمه منصبه.');
    const qs = ofKind([x, y], 'contradiction');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text).toBe('أيّهما الصحيح: «أول زيارة» كما تقول صحيفة الشرق أم «الزيارة الثانية» كما تقول وكالة الغرب؟');
  });

  it('reads a definite ordinal in digits («المرة الـ4») as its words, against a rank in words', () => {
    const x = dated('x', 'صحيفة الشرق', 'ويعد هذا الإضراب الثالث الذي يشل موانئ البلاد خلال عامين.');
    const y = dated('y', 'وكالة الغرب', 'وهي المرة الـ4 خلال عامين التي يشل فيها إضراب موانئ البلاد.');
    expect(ofKind([x, y], 'contradiction').map((q) => q.text)).toEqual(['أيّهما الصحيح: «الإضراب الثالث» كما تقول صحيفة الشرق أم «المرة الـ4» كما تقول وكالة الغرب؟']);
    const z = dated('z', 'إذاعة الوسط', 'وهي المرة الـ 3 خلال عامين التي يشل فيها إضراب موانئ البلاد.');
    expect(ofKind([x, z], 'contradiction')).toEqual([]);
  });

  it('reads a rank told as «رقم» and digits («الوزير رقم 3») as its words, against a rank in words («ثاني وزير»)', () => {
    const x = dated('x', 'صحيفة الشرق', 'ويعد الحداد ثاني وزير يغادر الحكومة الحالية منذ تشكيلها قبل عام.');
    const y = dated('y', 'وكالة الغرب', 'وبذلك يصبح الحداد الوزير رقم 3 الذي يغادر الحكومة الحالية منذ تشكيلها.');
    expect(ofKind([x, y], 'contradiction').map((q) => q.text)).toEqual(['أيّهما الصحيح: «ثاني وزير» كما تقول صحيفة الشرق أم «الوزير رقم 3» كما تقول وكالة الغرب؟']);
    const z = dated('z', 'إذاعة الوسط', 'وبذلك يصبح الحداد الوزير رقم 2 الذي يغادر الحكومة الحالية منذ تشكيلها.');
    expect(ofKind([x, z], 'contradiction')).toEqual([]);
  });

  it('compares a count in words with one in digits as numbers, a rounding no dispute («ثلاثة» / «5», «نحو أربعين» / «40»)', () => {
    const x = dated('x', 'صحيفة الشرق', 'أصيب ثلاثة عمال في انفجار مرجل بمصنع الإسمنت شرق المدينة صباح الأحد.');
    const y = dated('y', 'وكالة الغرب', 'أصيب 5 عمال في انفجار مرجل بمصنع الإسمنت شرق المدينة صباح الأحد.');
    expect(ofKind([x, y], 'contradiction')).toHaveLength(1);
    const z = dated('z', 'إذاعة الوسط', 'أصيب 3 عمال في انفجار مرجل بمصنع الإسمنت شرق المدينة صباح الأحد.');
    expect(ofKind([x, z], 'contradiction')).toEqual([]);
    const about = dated('a', 'صحيفة الشرق', 'نفقت نحو أربعين رأسا من الماشية في حريق حظيرة بقرية الوادي فجر الجمعة.');
    const exact = dated('b', 'وكالة الغرب', 'نفقت 40 رأسا من الماشية في حريق حظيرة بقرية الوادي فجر الجمعة.');
    const round = dated('c', 'إذاعة الوسط', 'نفقت 38 رأسا من الماشية في حريق حظيرة بقرية الوادي فجر الجمعة.');
    expect(ofKind([about, exact], 'contradiction')).toEqual([]);
    expect(ofKind([about, round], 'contradiction')).toEqual([]);
  });

  it('compares an ordinal after an adjective of its noun with one before the noun (class d)', () => {
    const x = dated('x', 'صحيفة الشرق', 'وتعد هذه الموجة الحارة الثالثة التي تضرب البلاد منذ مطلع الصيف بحسب الأرصاد.');
    const y = dated('y', 'وكالة الغرب', 'وارتفعت الحرارة إلى 48 درجة في رابع موجة حارة تشهدها البلاد هذا الصيف.');
    const qs = ofKind([x, y], 'contradiction');
    expect(qs.map((q) => q.text)).toEqual(['أيّهما الصحيح: «الموجة الحارة الثالثة» كما تقول صحيفة الشرق أم «رابع موجة» كما تقول وكالة الغرب؟']);
  });

  it('compares two sources that rank their own story\'s event with one shared context word («هذا الانهيار» / «وهو ثاني انهيار»)', () => {
    const x = dated('x', 'صحيفة الشرق', 'ويعد هذا الانهيار الأول من نوعه في سوق الذهب في إربد منذ افتتاحه.');
    const y = dated('y', 'وكالة الغرب', 'وهو ثاني انهيار يشهده مبنى قديم في إربد خلال سنوات قليلة، وفق الدفاع المدني.');
    const qs = ofKind([x, y], 'contradiction');
    expect(qs.map((q) => q.text)).toEqual(['أيّهما الصحيح: «الانهيار الأول» كما تقول صحيفة الشرق أم «ثاني انهيار» كما تقول وكالة الغرب؟']);
  });

  it('reads an ordinal before a definite plural as a partitive of its singular («ثالث الأحكام» / «الحكم الرابع»)', () => {
    const x = dated('x', 'صحيفة الشرق', 'ويعد ذلك ثالث الأحكام التي تصدرها المحكمة في قضايا المياه بالمحافظة.');
    const y = dated('y', 'وكالة الغرب', 'وهو الحكم الرابع في قضايا المياه التي نظرت فيها المحكمة بالمحافظة.');
    expect(ofKind([x, y], 'contradiction').map((q) => q.text)).toEqual(['أيّهما الصحيح: «ثالث الأحكام» كما تقول صحيفة الشرق أم «الحكم الرابع» كما تقول وكالة الغرب؟']);
    // Another noun: nothing set against it.
    const z = dated('z', 'وكالة الغرب', 'وهو الاجتماع الرابع في قضايا المياه التي نظرت فيها المحكمة بالمحافظة.');
    expect(ofKind([x, z], 'contradiction')).toEqual([]);
  });

  it('reads no ordinal of a name before a title joined by «و» («الجلاصي والضابط الأول» / «الجلاصي والطيار الثاني»)', () => {
    const x = dated('x', 'صحيفة الشرق', 'وصعد إلى المنصة القائد سمير الحداد والضابط الأول كريم العابد وأفراد الطاقم.');
    const y = dated('y', 'وكالة الغرب', 'وكرم الوزير القائد سمير الحداد والطيار الثاني كريم العابد في حفل بالوزارة.');
    expect(ofKind([x, y], 'contradiction')).toEqual([]);
  });

  it('meets two times of one tally told with one verb in two persons («تضطر» / «اضطرت»)', () => {
    const x = dated('x', 'صحيفة الشرق', 'وهي ثالث مرة منذ مطلع العام تضطر فيها سفينة للشركة إلى الرسو في غير ميناء وجهتها.');
    const y = dated('y', 'وكالة الغرب', 'وبرسوها في الميناء أمس، تكون سفينة الشركة قد اضطرت للمرة الرابعة منذ جانفي إلى تغيير وجهتها.');
    expect(ofKind([x, y], 'contradiction').map((q) => q.text)).toEqual(['أيّهما الصحيح: «ثالث مرة» كما تقول صحيفة الشرق أم «للمرة الرابعة» كما تقول وكالة الغرب؟']);
  });

  it('reads two ranks of one noun that a source of the story both names as a series, not a dispute («الدفعة الأولى» / «الدفعة الثانية»)', () => {
    const x = dated('x', 'صحيفة الشرق', 'ووصلت الدفعة الأولى من الحافلات الجديدة إلى مرآب النقل العام بالمدينة.');
    const y = dated('y', 'وكالة الغرب', 'ووصلت الدفعة الثانية من الحافلات الجديدة إلى مرآب النقل العام بالمدينة.');
    expect(ofKind([x, y], 'contradiction')).toHaveLength(1);
    const z = dated('z', 'موقع الوسط', 'وبعد الدفعة الأولى من الحافلات، ستصل الدفعة الثانية إلى مرآب النقل العام الشهر المقبل.');
    expect(ofKind([x, y, z], 'contradiction')).toEqual([]);
  });

  it('sets a rank against the other rank of a source that names both, when it is said of what that other rank is said of', () => {
    const x = dated('x', 'صحيفة الشرق', 'وانطلقت اليوم في جنيف الجولة الثانية من المفاوضات بين الحكومة والمعارضة.');
    const y = dated('y', 'وكالة الغرب', 'وانطلقت اليوم في جنيف الجولة الثالثة من المفاوضات بين الحكومة والمعارضة.\n\nوكانت الجولة الثانية قد انتهت في أيار دون اتفاق على جدول الأعمال.');
    expect(ofKind([x, y], 'contradiction').map((q) => q.text)).toEqual(['أيّهما الصحيح: «الجولة الثانية» كما تقول صحيفة الشرق أم «الجولة الثالثة» كما تقول وكالة الغرب؟']);
    // Said of what the other source's own second round is said of (May's), the second round is that one: a series.
    const z = dated('z', 'صحيفة الشرق', 'وكانت الجولة الثانية قد انتهت في أيار دون اتفاق على جدول الأعمال بين الطرفين.');
    expect(ofKind([z, y], 'contradiction')).toEqual([]);
  });

  it('keeps the stricter bar when only one source ranks its own event', () => {
    const x = dated('x', 'صحيفة الشرق', 'ويعد هذا الانهيار الأول من نوعه في سوق الذهب في إربد منذ افتتاحه.');
    const y = dated('y', 'وكالة الغرب', 'ووقع ثاني انهيار لمبنى قديم في إربد خلال سنوات قليلة، وفق الدفاع المدني.');
    expect(ofKind([x, y], 'contradiction')).toEqual([]);
  });

  it('compares the one count of a thing two sources give in their own words, days apart at most (story-counts.ts)', () => {
    const x = dated('x', 'صحيفة الشرق', 'وشاركت في إخماد الحريق 14 سيارة إطفاء من ثلاث محافظات، بحسب مديرية الدفاع المدني.', '2024-03-10');
    const y = dated('y', 'وكالة الغرب', 'وقال شهود إن 22 سيارة هرعت إلى المستودع قبل أن تتمكن الفرق من السيطرة على النيران.', '2024-03-11');
    const qs = ofKind([x, y], 'contradiction');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text).toContain('14 سيارة');
    expect(qs[0]!.text).toContain('22 سيارة');
  });

  it('reads a loose count that holds a source\'s exact one («عشرات الشاحنات» over «60 شاحنة») as that count said loosely', () => {
    const x = dated('x', 'صحيفة الشرق', 'عشرات الشاحنات عالقة عند الحدود\n\nوتنتظر 60 شاحنة عند مدخل المعبر الجنوبي منذ يومين.', '2024-03-10');
    const y = dated('y', 'وكالة الغرب', 'وبلغ عدد الشاحنات العالقة عند المعبر الجنوبي 45 شاحنة بحسب الجمارك.', '2024-03-10');
    expect(ofKind([x, y], 'contradiction').map((q) => q.text)).toEqual(['كم العدد الصحيح: 60 شاحنة بحسب صحيفة الشرق أم 45 شاحنة بحسب وكالة الغرب؟']);
    // Two exact counts in one source are two counts: neither is the story's one.
    const two = dated('x', 'صحيفة الشرق', 'وتنتظر 60 شاحنة عند مدخل المعبر الجنوبي، فيما عبرت 12 شاحنة أمس.', '2024-03-10');
    expect(ofKind([two, y], 'contradiction')).toEqual([]);
  });

  it('leaves a running total and counts a week apart alone', () => {
    const x = dated('x', 'صحيفة الشرق', 'وشاركت في إخماد الحريق 14 سيارة إطفاء من ثلاث محافظات، بحسب مديرية الدفاع المدني.', '2024-03-10');
    const later = dated('y', 'وكالة الغرب', 'وقال شهود إن 22 سيارة هرعت إلى المستودع قبل أن تتمكن الفرق من السيطرة على النيران.', '2024-03-17');
    expect(ofKind([x, later], 'contradiction')).toEqual([]);
    const rising = dated('y', 'وكالة الغرب', 'وارتفع عدد المشاركين في العملية إلى 22 سيارة قبل أن تتمكن الفرق من السيطرة على النيران.', '2024-03-11');
    expect(ofKind([x, rising], 'contradiction')).toEqual([]);
  });

  it('tells two exact figures apart however close («74» / «81»), but not a round one from its neighbour', () => {
    const x = dated('x', 'صحيفة الشرق', 'وأعلنت الوزارة أن 74 قتيلا سقطوا في القصف على السوق الشعبي وسط المدينة.');
    const y = dated('y', 'وكالة الغرب', 'وأعلنت الوزارة أن 81 قتيلا سقطوا في القصف على السوق الشعبي وسط المدينة.');
    expect(ofKind([x, y], 'contradiction')).toHaveLength(1);
    const round = dated('y', 'وكالة الغرب', 'وأعلنت الوزارة أن 80 قتيلا سقطوا في القصف على السوق الشعبي وسط المدينة.');
    expect(ofKind([x, round], 'contradiction')).toEqual([]);
  });

  it('compares a figure said with a preposition on its words («بإرجاع» / «إرجاع»), and defendants under either noun («متهما» / «ظنينا»)', () => {
    const x = dated('x', 'صحيفة الشرق', 'وقضت المحكمة على المقاول بالسجن مع إرجاع 12 مليون دينار إلى صندوق البلدية.');
    const y = dated('y', 'وكالة الغرب', 'وألزمت المحكمة المقاول بإرجاع 15 مليون دينار إلى صندوق البلدية.');
    expect(ofKind([x, y], 'contradiction').map((q) => q.text)).toEqual(['كم العدد الصحيح: 12 مليون دينار بحسب صحيفة الشرق أم 15 مليون دينار بحسب وكالة الغرب؟']);
    const tried = dated('t', 'صحيفة الشرق', 'ومثل أمام الهيئة 17 متهما بينهم موظفون في قسم الصفقات بالبلدية.');
    const accused = dated('u', 'وكالة الغرب', 'وشمل الحكم 23 ظنينا بينهم موظفون في قسم الصفقات بالبلدية.');
    expect(ofKind([tried, accused], 'contradiction')).toHaveLength(1);
  });

  it('reads the whole after «من أصل» by its own words, never against the part\'s event in another source', () => {
    const part = dated('p', 'صحيفة الشرق', 'وقضت المحكمة بإدانة 9 متهمين في ملف صفقات الطرق بالمحافظة.');
    const whole = dated('w', 'وكالة الغرب', 'وقضت المحكمة بإدانة 9 من أصل 14 متهما في ملف صفقات الطرق بالمحافظة.');
    expect(ofKind([part, whole], 'contradiction')).toEqual([]);
  });

  it('sets no source against another where one source gives both figures (two sentences of one verdict, a wire and its copy)', () => {
    const wire = 'وحكمت الهيئة على المدير بثماني سنوات سجنا وعلى المقاول بست سنوات في ملف صفقات الطرق.';
    const x = dated('x', 'وكالة الشرق', wire);
    const y = dated('y', 'موقع الغرب', `${wire} (الشرق)`);
    expect(ofKind([x, y], 'contradiction')).toEqual([]);
  });

  it('does not read month names as ordinals', () => {
    const x = dated('x', 'صحيفة الشرق', 'عقد المجلس جلسته في الأول من كانون الثاني لمناقشة الموازنة العامة للدولة.');
    const y = dated('y', 'وكالة الغرب', 'ناقش المجلس الموازنة العامة للدولة في جلسة عقدها في تشرين الأول الماضي.');
    expect(ofKind([x, y], 'contradiction')).toEqual([]);
  });

  it('finds one event dated differently (date tagger injected)', () => {
    const x = dated('x', 'صحيفة الشرق', 'وقع الطرفان اتفاق وقف إطلاق النار في مدينة الدوحة يوم 5 آذار 2024 بحضور الوسطاء.');
    const y = dated('y', 'وكالة الغرب', 'وقع الطرفان اتفاق وقف إطلاق النار في مدينة الدوحة يوم 7 آذار 2024 برعاية الوسطاء.');
    const tagger = (text: string): DateMention[] => {
      const m = /(\d) آذار 2024/.exec(text);
      return m ? [{ start: m.index, end: m.index + m[0].length, text: m[0], value: `2024-03-0${m[1]}`, approximate: false, yearBasis: 'explicit', kind: 'date' }] : [];
    };
    const qs = findOpenQuestions([x, y], { findDates: tagger }).filter((q) => q.kind === 'contradiction');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text).toContain('«5 آذار 2024» بحسب صحيفة الشرق أم «7 آذار 2024» بحسب وكالة الغرب');
    // The dates are not figures: no numeric contradiction between 5 and 7.
    expect(qs[0]!.text.startsWith('متى')).toBe(true);
  });
});

describe('unverified claims', () => {
  it('flags unnamed sources and asks who confirms the claim, naming the mouth as the text describes it', () => {
    const a = dated('a', 'صحيفة الشرق', 'قالت مصادر مطلعة إن الحكومة تدرس رفع أسعار الوقود مطلع الشهر المقبل.');
    const q = ofKind([a], 'unverified');
    expect(q).toHaveLength(1);
    expect(q[0]!.text).toBe('من يؤكد باسمه ما تنقله صحيفة الشرق عن «مصادر مطلعة»: أن الحكومة تدرس رفع أسعار الوقود مطلع الشهر المقبل؟');
  });

  it('flags a name kept back on condition, a newsroom\'s own sources and a person known only by a tie', () => {
    const texts = [
      'وقال عامل في المصنع تحدث إلينا شريطة ألا نسميه إن الآلات توقفت منذ الفجر.',
      'وتحدث موظف بشرط عدم ذكر اسمه عن خلاف داخل الإدارة.',
      'وعلمت الصحيفة من مصادرها الخاصة أن العقد سيوقع الشهر المقبل.',
      'وبحسب مسؤول على اطلاع على الملف، فإن الشركة أوقفت المفاوضات.',
    ];
    for (const [i, body] of texts.entries()) expect(ofKind([dated(`a${i}`, 'صحيفة الشرق', body)], 'unverified')).toHaveLength(1);
    // Resources, not sources: a possessive on «مصادر» alone tells no one's mouth.
    expect(ofKind([dated('b', 'صحيفة الشرق', 'ونوعت الدولة مصادرها من الطاقة في السنوات الأخيرة.')], 'unverified')).toEqual([]);
  });

  it('counts institutional but anonymous sources («مصادر رسمية سورية») as unnamed', () => {
    const a = dated('a', 'صحيفة الشرق', 'وذكرت مصادر رسمية سورية أن الحدود ستفتح أمام الشاحنات خلال أيام.');
    expect(ofKind([a], 'unverified')).toHaveLength(1);
  });

  it('flags a source that asked not to be named and hedges', () => {
    const a = dated(
      'a',
      'صحيفة الشرق',
      'وأكد مسؤول طلب عدم الكشف عن اسمه أن المفاوضات توقفت.\n\nومن المرجح أن تستأنف المحادثات الأسبوع المقبل في القاهرة.\n\nوقد تشهد المنطقة موجة حر جديدة خلال الأيام المقبلة.',
    );
    // One question for the unnamed mouth, one for the two hedges of the same source, each naming its ground.
    const qs = ofKind([a], 'unverified');
    expect(qs.map((q) => q.evidence.length)).toEqual([1, 2]);
    expect(qs[0]!.text).toBe('من يؤكد باسمه ما تنقله صحيفة الشرق عن «مسؤول طلب عدم الكشف عن اسمه»: أن المفاوضات توقفت؟');
    expect(qs[1]!.text.startsWith('هل ثبت ما تورده صحيفة الشرق بصيغة غير جازمة («من المرجح» و«قد تشهد»): أن تستأنف المحادثات')).toBe(true);
  });

  it('flags a speaker who did not allow or want their name told, or is not authorised to speak', () => {
    const a = dated(
      'a',
      'صحيفة الشرق',
      'وقال موظف في البلدية، لم يأذن بنشر اسمه، إن الجسر سيغلق شهرا.\n\nوأكد ضابط لا يرغب في ذكر هويته أن الدورية عادت.\n\nوذكر مسؤول غير مخول بالحديث إلى الصحافة أن العقد ألغي.',
    );
    // The three mouths of one source are one question: every mouth named, two claims, the third in its evidence.
    const qs = ofKind([a], 'unverified');
    expect(qs.map((q) => q.evidence.length)).toEqual([3]);
    expect(qs[0]!.text).toBe('من يؤكد باسمه ما تنقله صحيفة الشرق عن «موظف في البلدية، لم يأذن بنشر اسمه» و«ضابط لا يرغب في ذكر هويته»: أن الجسر سيغلق شهرا، وأن الدورية عادت، وغيرها؟');
    // The name allowed, not kept back: nothing to ask; nor where the name was not mentioned («لم يرد ذكر اسمه»).
    expect(ofKind([dated('b', 'صحيفة الشرق', 'وقال المهندس سامي الخطيب، الذي سمح بنشر اسمه، إن الجسر سيغلق شهرا.')], 'unverified')).toEqual([]);
    expect(ofKind([dated('c', 'صحيفة الشرق', 'وقال المهندس سامي الخطيب إن الجسر سيغلق شهرا، ولم يرد ذكر اسمه في بيان الوزارة.')], 'unverified')).toEqual([]);
  });

  it('flags a name left out at the speaker\'s request, what was told in confidence and sources located in a body', () => {
    const a = dated(
      'a',
      'صحيفة الشرق',
      'وقال موظف في الميناء اشترط حجب اسمه إن السفينة أفرغت نصف حمولتها.\n\nوبحسب ما همس به مستشار سابق، فإن اللجنة ستحل قريبا.\n\nوتحدث النائب عن زيادة الضرائب وفق ما بلغه من مصادر في وزارة المالية.',
    );
    const qs = ofKind([a], 'unverified');
    expect(qs.flatMap((q) => q.evidence.map((e) => e.quote.slice(0, 12)))).toEqual(['وقال موظف في', 'وبحسب ما همس', 'وتحدث النائب']);
    expect(qs[0]!.text).toContain('عن «موظف في الميناء اشترط حجب اسمه» و«مستشار سابق»:');
    expect(ofKind([dated('c', 'صحيفة الشرق', 'وتحدث النائب عن زيادة الضرائب وفق ما بلغه من مصادر في وزارة المالية.')], 'unverified')[0]!.text).toContain('عن «مصادر في وزارة المالية»:');
    // A figure hidden by someone else, or a prisoner taken («أسر»), is no mouth kept back.
    expect(ofKind([dated('b', 'صحيفة الشرق', 'واتهم المدعي الشركة بإخفاء أرباحها عن الضرائب، وقال إن الجنود أسروا ثلاثة مسلحين.')], 'unverified')).toEqual([]);
  });

  it('asks who says a denied claim put in an unnamed mouth, beside the denial', () => {
    const claim = dated('a', 'صحيفة الشرق', 'قال النائب إن سعر تذكرة الحافلة العامة سيرتفع الشهر المقبل، وفق ما بلغه من مصادر في وزارة النقل.');
    const denial = dated('b', 'وكالة الغرب', 'وقالت وزارة النقل إن ما تردد عن زيادة سعر تذكرة الحافلة العامة شائعات لا تمت للواقع بصلة.');
    const qs = ask([claim, denial]);
    expect(qs.filter((q) => q.kind === 'denied').map((q) => q.evidence.map((e) => e.sourceId))).toEqual([['a', 'b']]);
    expect(qs.filter((q) => q.kind === 'unverified').map((q) => q.evidence.map((e) => e.sourceId))).toEqual([['a']]);
  });

  it('does not flag named sources, «قد» before a perfect, or «مصادر» meaning resources', () => {
    const a = dated(
      'a',
      'صحيفة الشرق',
      'وقال وزير الخارجية سامر النجار إن المفاوضات ستستأنف الأسبوع المقبل.\n\nوقد أعلن الجيش في بيان رسمي انتهاء العملية العسكرية.\n\nتعتمد البلاد على مصادر الطاقة المحلية لتوليد الكهرباء في الصيف.',
    );
    expect(ofKind([a], 'unverified')).toEqual([]);
  });

  it('groups one claim carried by two outlets into one question', () => {
    const body = 'قالت مصادر أمنية إن قوات الأمن اعتقلت خلية مسلحة في ضواحي المدينة الشمالية فجر اليوم.';
    const qs = ofKind([dated('a', 'صحيفة الشرق', body), dated('b', 'وكالة الغرب', body)], 'unverified');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.evidence.map((e) => e.sourceId)).toEqual(['a', 'b']);
    expect(qs[0]!.text).toContain('صحيفة الشرق ووكالة الغرب');
  });
});

describe('denied claims', () => {
  it('pairs a denial with the claim it denies in another source', () => {
    const claim = dated('a', 'صحيفة الشرق', 'أفادت تقارير إعلامية بأن وزير المالية قدم استقالته إلى رئيس الحكومة بسبب خلافات حول الموازنة.');
    const denial = dated('b', 'وكالة الغرب', 'نفت وزارة المالية أن يكون وزير المالية قد قدم استقالته إلى رئيس الحكومة.');
    const qs = ask([claim, denial]);
    const denied = qs.filter((q) => q.kind === 'denied');
    expect(denied).toHaveLength(1);
    expect(denied[0]!.text).toBe(
      'هل صحيح أن وزير المالية قد قدم استقالته إلى رئيس الحكومة؟ تورد صحيفة الشرق: أن وزير المالية قدم استقالته إلى رئيس الحكومة بسبب خلافات حول الموازنة، ونفت وزارة المالية ذلك بحسب وكالة الغرب',
    );
    expect(denied[0]!.evidence.map((e) => e.sourceId).sort()).toEqual(['a', 'b']);
    // The denied claim is not asked about a second time as unverified.
    expect(qs.filter((q) => q.kind === 'unverified')).toEqual([]);
    expectExactEvidence(qs, [claim, denial]);
  });

  it('asks about a denial whose claim is not in the selection', () => {
    const d = dated('d', 'صحيفة الشرق', 'وقال المتحدث باسم الجيش إن ما تردد عن انسحاب القوات من المدينة غير صحيح.');
    const qs = ofKind([d], 'denied');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text).toBe('من يقول بـ«انسحاب القوات من المدينة»؟ يرد نفيه في صحيفة الشرق، ولا يؤكده أيٌّ من المصادر المختارة');
  });
});

/** Articles each saying one thing is unknown: `n` other questions beside the sources' gaps. */
const UNKNOWNS = [
  'اندلع حريق في الميناء، ولم يتضح سبب الحريق حتى الآن.',
  'غرقت سفينة شحن قرب الساحل، ولم يعرف بعد مصير طاقمها.',
  'أغلق المطار ليلا، ولم يتضح موعد إعادة فتحه.',
  'انهار جسر خشبي فوق النهر، ولم يكشف عن الجهة المسؤولة عن صيانته.',
  'ارتفعت أسعار الخبز في الأسواق، ولم يعرف بعد إن كانت الحكومة ستتدخل.',
  'توقف مصنع الإسمنت عن العمل، ولم يتضح عدد العمال المسرحين.',
  'أجلت الامتحانات المدرسية، ولم يعلن عن الموعد الجديد حتى اللحظة.',
  'نقل الوزير إلى المستشفى، ولم يكشف عن حالته الصحية.',
  'ألغيت مباراة الديربي، ولم يتضح سبب الإلغاء.',
  'سرقت لوحة من المتحف الوطني، ولم يعرف بعد كيف دخل اللصوص.',
  'أضرب عمال الموانئ، ولم يتضح متى ينتهي الإضراب.',
  'هبطت طائرة اضطراريا في الصحراء، ولم يعرف بعد سبب العطل.',
];
const unknownsBeside = (n: number): ArticleRecord[] => UNKNOWNS.slice(0, n).map((body, k) => dated(`x${k}`, `صحيفة رقم ${k + 1}`, body));
const gapsOnly = (articles: ArticleRecord[], others = 8) => ofKind([...articles, ...unknownsBeside(others)], 'metadata');

describe('unknowns and metadata', () => {
  it('turns what the source says is unknown into a question', () => {
    const a = dated('a', 'صحيفة الشرق', 'وقع انفجار في مستودع للذخيرة شرق المدينة، ولم يتضح عدد الضحايا حتى الآن.\n\nوأطلق مسلحون مجهولون النار على دورية للشرطة.');
    const qs = ofKind([a], 'unknown');
    expect(qs.map((q) => q.text)).toEqual([
      'ما عدد الضحايا حتى الآن؟ (لم يُعرف بعد بحسب صحيفة الشرق)',
      'ما الذي لم يُعرف بعد عن «مسلحون مجهولون» بحسب صحيفة الشرق؟',
    ]);
  });

  it('asks an unknown as a question, its question word put back before an alternative that lost it, the source after', () => {
    const a = dated('a', 'صحيفة الشرق', 'وقال أحد الأهالي: لسنا متأكدين أين اختبأ المسلحون أو هم الآن خارج البلدة.');
    const b = dated('b', 'وكالة الغرب', 'وأضاف الطبيب أنه غير متأكد بما إذا كان المريض قد نقل إلى مستشفى آخر.');
    expect(ofKind([a], 'unknown').map((q) => q.text)).toEqual(['أين اختبأ المسلحون، أو أين هم الآن خارج البلدة؟ (لم يتضح بعد بحسب صحيفة الشرق)']);
    expect(ofKind([b], 'unknown').map((q) => q.text)).toEqual(['هل كان المريض قد نقل إلى مستشفى آخر؟ (لم يتضح بعد بحسب وكالة الغرب)']);
  });

  it('asks what a state of not knowing takes after it, and quotes only what names nothing', () => {
    const a = dated('a', 'صحيفة الشرق', 'وقال الضابط: لسنا متأكدين من أين جاءت الطائرة المسيرة التي أسقطت فوق الميناء.');
    const b = dated('b', 'وكالة الغرب', 'وقال المتحدث إنه غير متأكد من صحة الصور المتداولة عن الحادث في الميناء.');
    const c = dated('c', 'موقع الجنوب', 'وما زال الأمر غامضا في ميناء المدينة حتى مساء الأحد.');
    expect(ofKind([a], 'unknown').map((q) => q.text)).toEqual(['من أين جاءت الطائرة المسيرة التي أسقطت فوق الميناء؟ (لم يتضح بعد بحسب صحيفة الشرق)']);
    expect(ofKind([b], 'unknown').map((q) => q.text)).toEqual(['ما صحة الصور المتداولة عن الحادث في الميناء؟ (لم يُعرف بعد بحسب وكالة الغرب)']);
    expect(ofKind([c], 'unknown').map((q) => q.text)).toEqual(['ما الذي لم يُعرف بعد في ما أورده موقع الجنوب: «وما زال الأمر غامضا في ميناء المدينة حتى مساء الأحد»؟']);
  });

  it('asks for a missing date and outlet, and about a date that was only inferred', () => {
    const none = articleRecord('n', 'نص مقال بلا تاريخ ولا جهة ناشرة معروفة يتحدث عن الانتخابات.', { title: 'الانتخابات البلدية' });
    const inferred = dated('i', 'صحيفة الشرق', 'نص مقال آخر عن الانتخابات البلدية في البلاد.');
    inferred.publishedBasis = 'inferred';
    const qs = gapsOnly([none, inferred]);
    // Both date gaps are one question (issue 14: metadata never buries the rest), each kind listed apart.
    expect(qs.map((q) => q.text)).toEqual([
      'متى نُشرت 2 من المصادر التي لم يثبت تاريخ نشرها؟ (بلا تاريخ نشر: «الانتخابات البلدية»؛ بتاريخ مستنتج لا منشور: «عنوان i» (صحيفة الشرق))',
      'من الجهة الناشرة للمقال «الانتخابات البلدية»؟',
    ]);
    expect(qs[0]!.evidence).toEqual([{ sourceId: 'n', quote: none.body }, { sourceId: 'i', quote: inferred.body }]);
    // One source alone is asked about by name.
    expect(gapsOnly([inferred]).map((q) => q.text)).toEqual(['هل نُشر المقال «عنوان i» (صحيفة الشرق) فعلًا في 10 مارس 2024؟ (تاريخ مستنتج لا منشور)']);
  });

  it('asks once about a gap many sources share, naming the first and counting the rest', () => {
    const undated = Array.from({ length: 9 }, (_, i) => articleRecord(`u${i}`, `نص المقال رقم ${i + 1} عن الانتخابات البلدية في البلاد.`, { title: `تقرير ${i + 1}`, outlet: 'صحيفة الشرق', outletBasis: 'explicit' }));
    const qs = gapsOnly(undated);
    expect(qs.map((q) => q.text)).toEqual([
      'متى نُشرت 9 من المصادر التي لم يثبت تاريخ نشرها؟ (بلا تاريخ نشر: «تقرير 1» (صحيفة الشرق)، «تقرير 2» (صحيفة الشرق)، «تقرير 3» (صحيفة الشرق)، «تقرير 4» (صحيفة الشرق)، «تقرير 5» (صحيفة الشرق) و4 غيرها)',
    ]);
    expect(qs[0]!.evidence.map((e) => e.sourceId)).toEqual(['u0', 'u1', 'u2', 'u3', 'u4']);
    // Two or more share one question.
    expect(gapsOnly(undated.slice(0, 2))).toHaveLength(1);
    const anonymous = Array.from({ length: 4 }, (_, i) => articleRecord(`n${i}`, `نص آخر رقم ${i + 1} عن الموازنة العامة.`, { title: `خبر ${i + 1}`, published: '2024-03-10', publishedBasis: 'explicit' }));
    expect(gapsOnly(anonymous).map((q) => q.text)).toEqual(['من الجهة الناشرة لـ4 من المصادر التي لم يُعرف ناشرها؟ («خبر 1»، «خبر 2»، «خبر 3»، «خبر 4»)']);
  });
});

describe('the sources\' gaps never more than a fifth of the questions', () => {
  // Twelve sources, every one undated and with no outlet: two gaps, each shared by all twelve.
  const bare = Array.from({ length: 12 }, (_, i) => articleRecord(`b${i}`, `نص التقرير رقم ${i + 1} عن انقطاع المياه في الأحياء الشرقية.`, { title: `تقرير ${i + 1}` }));

  it('asks both gaps apart when the list has room for two, joins them when it has room for one, and asks none below that', () => {
    expect(gapsOnly(bare, 8).map((q) => q.text.slice(0, 12))).toEqual(['متى نُشرت 12', 'من الجهة الن']);
    const one = gapsOnly(bare, 4);
    expect(one).toHaveLength(1);
    expect(one[0]!.text).toMatch(/^متى نُشرت 12 من المصادر التي لم يثبت تاريخ نشرها \(بلا تاريخ نشر: .*\)، ومن الجهة الناشرة لـ12 من المصادر التي لم يُعرف ناشرها؟ \(.*\)$/u);
    expect(gapsOnly(bare, 3)).toEqual([]);
  });

  it('keeps the share at or under a fifth whatever the number of other questions', () => {
    for (const others of [0, 1, 3, 4, 5, 7, 8, 9, 12]) {
      const all = ask([...bare, ...unknownsBeside(others)]);
      const metadata = all.filter((q) => q.kind === 'metadata').length;
      expect(metadata * 5, `${others} others`).toBeLessThanOrEqual(all.length);
      expect(metadata, `${others} others`).toBe(Math.min(2, Math.floor((all.length - metadata) / 4)));
    }
  });
});

describe('ordering and determinism', () => {
  it('asks first about what the summary rests on, whatever the kind', () => {
    const a = dated('a', 'صحيفة الشرق', 'قالت مصادر مطلعة إن الحكومة تدرس رفع أسعار الوقود مطلع الشهر المقبل.\n\nولم يتضح موعد القرار النهائي بعد.');
    const b = dated('b', 'وكالة الغرب', 'نفت وزارة الطاقة نيتها رفع أسعار الوقود الشهر المقبل.');
    const plain = findOpenQuestions([a, b], { findDates: noDates });
    const unknown = plain.find((q) => q.kind === 'unknown');
    expect(unknown).toBeDefined();
    expect(plain[0]?.kind).not.toBe('unknown');
    // The summary cites the sentence the unknown is about: that question now leads.
    const cited = findOpenQuestions([a, b], { findDates: noDates, cited: unknown!.evidence });
    expect(cited[0]?.id).toBe(unknown!.id);
    expect(new Set(cited.map((q) => q.id))).toEqual(new Set(plain.map((q) => q.id)));
  });


  it('sorts by kind, then source order, with stable unique ids', () => {
    const a = dated('a', 'صحيفة الشرق', 'قالت مصادر مطلعة إن الحكومة تدرس رفع أسعار الوقود مطلع الشهر المقبل.\n\nولم يتضح موعد القرار النهائي بعد.');
    const b = dated('b', 'وكالة الغرب', 'نفت وزارة الطاقة نيتها رفع أسعار الوقود الشهر المقبل.');
    const first = ask([a, b]);
    expect(ask([a, b])).toEqual(first);
    const order = ['contradiction', 'unverified', 'denied', 'unknown', 'metadata'];
    const ranks = first.map((q) => order.indexOf(q.kind));
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
    expect(new Set(first.map((q) => q.id)).size).toBe(first.length);
    expectExactEvidence(first, [a, b]);
  });
});

describe('a negation that «إلا» takes up', () => {
  it('is a restriction, not an unknown: «لم ينته … إلا بـ», «لم يُعرف … إلا بعد»', () => {
    const a = dated('a', 'صحيفة الشرق', 'وشهدت المدينة في 2018 اعتصاما مماثلا، ولم ينته إلا بوساطة من الولاية.');
    const b = dated('b', 'وكالة الغرب', 'ولم يُعرف مكان الطائرة إلا بعد ثلاثة أيام من البحث.');
    expect(ofKind([a], 'unknown')).toEqual([]);
    expect(ofKind([b], 'unknown')).toEqual([]);
  });

  it('leaves a negation whose clause ends before «إلا» an unknown', () => {
    const c = dated('c', 'موقع الجنوب', 'ولم يُعرف بعد عدد المصابين، إلا أن المستشفى استقبل عشرات الحالات.');
    expect(ofKind([c], 'unknown').length).toBe(1);
  });
});

