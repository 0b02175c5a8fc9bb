import { describe, expect, it } from 'vitest';
import { findOpenQuestions } from '../../../../main/analysis/questions/index.ts';
import { arabicDatePhrase } from '../../../../main/analysis/questions/date-phrase.ts';
import { buildCorpus } from '../../../../main/analysis/questions/corpus.ts';
import { ordinalsOf } from '../../../../main/analysis/questions/ordinal-contradictions.ts';
import { capByPriority, MAX_UNVERIFIED, unverifiedCap } from '../../../../main/analysis/questions/rank-unverified.ts';
import type { ArticleRecord } from '../../../../main/model/article.ts';
import type { DateMention } from '../../../../main/text/dates/index.ts';
import { articleRecord } from '../../../helpers/article-record.ts';
import { citeWhole, contradictionTexts } from '../../../helpers/contradiction-texts.ts';
import { metadataQuestions } from '../../../../main/analysis/questions/metadata.ts';

const dated = (id: string, outlet: string, body: string, published = '2024-03-10'): ArticleRecord =>
  articleRecord(id, body, { outlet, outletBasis: 'explicit', published, publishedBasis: 'explicit', title: `عنوان ${id}` });
const noDates = (): DateMention[] => [];
const ofKind = (articles: ArticleRecord[], kind: string, now?: string) =>
  findOpenQuestions(articles, now ? { now } : { findDates: noDates }).filter((q) => q.kind === kind);
const quotesExact = (articles: ArticleRecord[], kind: string, now?: string): boolean =>
  ofKind(articles, kind, now).every((q) => q.evidence.every((e) => (articles.find((a) => a.id === e.sourceId)?.body ?? '').includes(e.quote)));

describe('figures of one event counted with different nouns', () => {
  const a = dated('a', 'صحيفة الشرق', 'وقبيل انهيار الجبهة، لجأ نحو 800 عنصر من الجيش النظامي إلى الأردن عبر المعبر الحدودي.');
  const b = dated('b', 'وكالة الغرب', 'عمّان – مع فرار نحو 1500 جندي سوري إلى الأردن يوم الجمعة، تسلمت السلطات أسلحتهم.');

  it('opposes «عنصر» and «جندي» that moved to the same place, naming both outlets and figures', () => {
    const qs = ofKind([a, b], 'contradiction');
    expect(qs.map((q) => q.text)).toEqual([
      'كم العدد الصحيح: «لجأ نحو 800 عنصر من الجيش النظامي إلى الأردن» بحسب صحيفة الشرق أم «فرار نحو 1500 جندي سوري إلى الأردن» بحسب وكالة الغرب؟',
    ]);
    expect(qs[0]!.evidence.map((e) => e.sourceId)).toEqual(['a', 'b']);
    expect(quotesExact([a, b], 'contradiction')).toBe(true);
  });

  it('asks whether a later, higher figure is an update', () => {
    const later = dated('b', 'وكالة الغرب', b.body, '2024-03-12');
    const q = ofKind([a, later], 'contradiction')[0]!;
    expect(q.text.startsWith('هل ارتفع العدد أم تختلف الروايات: «لجأ نحو 800 عنصر')).toBe(true);
    expect(q.text).toContain('ربما رقم محدَّث');
  });

  it('does not oppose two events: another destination, another kind of event, or a part of the figure', () => {
    const turkey = dated('c', 'وكالة الغرب', 'مع فرار نحو 1500 جندي سوري إلى تركيا يوم الجمعة، تسلمت السلطات أسلحتهم.');
    expect(ofKind([a, turkey], 'contradiction')).toEqual([]);
    const arrests = dated('d', 'وكالة الغرب', 'اعتقلت قوات الأمن نحو 1500 مسلح في الأردن خلال حملة واسعة.');
    expect(ofKind([a, arrests], 'contradiction')).toEqual([]);
    const part = dated('e', 'وكالة الغرب', 'فر 850 عنصرا إلى الأردن، بينهم 90 ضابطا من الجيش النظامي.');
    expect(ofKind([a, part], 'contradiction')).toEqual([]);
  });

  it('does not oppose a yearly total and one crossing (an order of magnitude apart)', () => {
    const total = dated('f', 'وكالة الغرب', 'ودخل إلى الأردن منذ بداية الحرب عشرات آلاف المقاتلين الفارين.');
    expect(ofKind([a, total], 'contradiction')).toEqual([]);
  });

  it('does not oppose the same kind of event on dates far apart', () => {
    const x = dated('x', 'صحيفة الشرق', 'لجأ نحو 800 عنصر إلى الأردن في 5 آذار 2023 بعد معارك عنيفة.');
    // Published after the date it tells (a date after its article is a question of its own: questions/date-checks.ts).
    const y = dated('y', 'وكالة الغرب', 'لجأ نحو 1500 جندي إلى الأردن في 20 كانون الأول 2024 مع انهيار الجبهة.', '2024-12-21');
    expect(ofKind([x, y], 'contradiction', '2025-01-01')).toEqual([]);
  });
});

describe('households counted under either word (issue 14)', () => {
  const council = dated('c', 'صحيفة الشرق', 'وأحصت البلدية حتى صباح اليوم 2300 أسرة نازحة، لجأ أغلبها إلى المدارس.');
  const agency = dated('g', 'وكالة الغرب', 'نزحت نحو 1600 عائلة من منازلها بحسب تقديرات أولية نشرت اليوم.');

  it('opposes «أسرة» and «عائلة» as the story\'s one count of households', () => {
    expect(ofKind([council, agency], 'contradiction', '2024-03-10').map((q) => q.text)).toEqual([
      'كم العدد الصحيح: 2300 أسرة بحسب صحيفة الشرق أم نحو 1600 عائلة بحسب وكالة الغرب؟',
    ]);
  });

  it('leaves a count told of years before the article out of the story\'s count', () => {
    const past = dated('p', 'وكالة الغرب', 'وفي أكتوبر 2008 شردت سيول مماثلة 5000 عائلة في المحافظة.');
    expect(ofKind([council, past], 'contradiction', '2024-03-10')).toEqual([]);
  });
});

describe('a sum in one currency that each of two sources gives alone (events19)', () => {
  const tribes = dated('t', 'موقع الوادي', 'وتقول أوساط قبلية في المنطقة إن الإفراج جاء مقابل فدية يعتقد أن قيمتها بلغت مليون دينار.');
  const paper = dated('p', 'صحيفة الشرق', 'ويرجح أن المبلغ الذي دفع لهم لم يتجاوز 300 ألف دينار.', '2024-03-11');

  it('opposes the two sums as the story\'s one sum, a rise denied («لم يتجاوز») being a bound and no running total', () => {
    expect(ofKind([tribes, paper], 'contradiction', '2024-03-12').map((q) => q.text)).toEqual([
      'كم العدد الصحيح: مليون دينار بحسب موقع الوادي أم 300 ألف دينار بحسب صحيفة الشرق؟',
    ]);
  });

  it('still asks who says the claim put in an unnamed mouth, beside the contradiction', () => {
    const asked = ofKind([tribes, paper], 'unverified', '2024-03-12');
    expect(asked.some((q) => q.evidence.some((e) => e.sourceId === 't'))).toBe(true);
  });

  it('leaves sums in two currencies apart, and a sum that rose («تجاوز») as a running total', () => {
    const dollars = dated('d', 'صحيفة الشرق', 'ويرجح أن المبلغ الذي دفع لهم بلغ 300 ألف دولار.', '2024-03-11');
    expect(ofKind([tribes, dollars], 'contradiction', '2024-03-12')).toEqual([]);
    const rose = dated('r', 'صحيفة الشرق', 'ويرجح أن المبلغ الذي دفع لهم تجاوز 300 ألف دينار.', '2024-03-11');
    expect(ofKind([tribes, rose], 'contradiction', '2024-03-12')).toEqual([]);
  });
});

describe('a turnout counted under «ناخب» and «مقترع» (issue 14)', () => {
  const agency = dated('a', 'وكالة الغرب', 'وقال رئيس اللجنة الانتخابية إن 14500 ناخب أدلوا بأصواتهم في بلدية الوادي.');
  const site = dated('s', 'موقع الوادي', 'وبلغ عدد المقترعين في بلدية الوادي عند إغلاق الصناديق 12900 مقترع بحسب اللجنة.');

  it('opposes the two figures as the story\'s one count of voters', () => {
    expect(ofKind([agency, site], 'contradiction', '2024-03-10').map((q) => q.text)).toEqual([
      'كم العدد الصحيح: 14500 ناخب بحسب وكالة الغرب أم 12900 مقترع بحسب موقع الوادي؟',
    ]);
  });
});

describe('a definite ordinal before a noun is no ordinal in construct', () => {
  // «تشرين الثاني» is a month: its «الثاني» ranks no «انتخابات» in one source against «ثالث انتخابات» in another.
  const a = dated('a', 'صحيفة الشرق', 'وجرت في تشرين الثاني انتخابات مجلس البلدة وسط إقبال ضعيف.');
  const b = dated('b', 'وكالة الغرب', 'وهذه ثالث انتخابات لمجلس البلدة منذ الحرب، وجرى الاقتراع في هدوء.');

  it('reads no order in the month\'s name, and raises nothing against an ordered noun', () => {
    const phrases = buildCorpus([a]).sentences.flatMap(ordinalsOf).map((o) => o.sentence.tokens.slice(o.from, o.to).map((t) => t.text).join(' '));
    expect(phrases).toEqual([]);
    expect(ofKind([a, b], 'contradiction')).toEqual([]);
  });
});

describe('a toll told in other words', () => {
  const ministry = dated('m', 'صحيفة الشرق', 'وقال مدير صحة المحافظة إن عدد الوفيات جراء التسمم الغذائي في مدينة الرمادي ارتفع إلى 14 حالة، فيما بلغ عدد الحالات المشتبه بها 230 حالة.');
  const doctor = dated('d', 'وكالة الغرب', 'وقال طبيب في مستشفى المدينة إن التسمم الغذائي في مدينة الرمادي أودى بحياة 21 شخصا على الأقل.');

  it('opposes deaths counted in «حالة» after «عدد الوفيات» and in «شخصا» after «أودى بحياة»', () => {
    const qs = ofKind([ministry, doctor], 'contradiction');
    expect(qs.map((q) => q.text)).toEqual(['كم العدد الصحيح: 14 حالة بحسب صحيفة الشرق أم 21 شخصا بحسب وكالة الغرب؟']);
  });

  it('never sets the dead against suspected cases', () => {
    const cases = dated('c', 'وكالة الغرب', 'وذكر مسؤول في المحافظة أن عدد الحالات المشتبه بها في مدينة الرمادي بلغ 310 حالات.');
    expect(ofKind([doctor, cases], 'contradiction')).toEqual([]);
    expect(ofKind([ministry, cases], 'contradiction').map((q) => q.text)).toEqual(['كم العدد الصحيح: 230 حالة بحسب صحيفة الشرق أم 310 حالات بحسب وكالة الغرب؟']);
  });
});

describe('«first» claims against an earlier dated event', () => {
  const first = dated('x', 'صحيفة الشرق', 'وصل وزير الخارجية الأردني إلى بيروت يوم 3 حزيران 2024 في أول زيارة رسمية لمسؤول أردني إلى لبنان منذ عام 2020.', '2024-06-03');
  const earlier = dated('y', 'وكالة الغرب', 'وكان وزير الداخلية الأردني قد زار بيروت في 12 شباط 2023 والتقى نظيره اللبناني.', '2024-06-04');

  it('asks whether the first visit was the first', () => {
    const qs = ofKind([first, earlier], 'contradiction', '2024-06-20');
    expect(qs.map((q) => q.text)).toEqual([
      'هل كانت فعلًا «أول زيارة»؟ تصفها صحيفة الشرق بذلك (3 يونيو 2024)، بينما تذكر وكالة الغرب مثيلًا لها أسبق في «12 شباط 2023»',
    ]);
    expect(quotesExact([first, earlier], 'contradiction', '2024-06-20')).toBe(true);
  });

  it('respects the claim’s scope and does not date an undated scope', () => {
    const before = dated('z', 'وكالة الغرب', 'وكان وزير الداخلية الأردني قد زار بيروت في 12 شباط 2019 والتقى نظيره اللبناني.');
    expect(ofKind([first, before], 'contradiction', '2024-06-20')).toEqual([]);
    const scoped = dated('w', 'صحيفة الشرق', 'وصل وزير الخارجية الأردني إلى بيروت يوم 3 حزيران 2024 في أول زيارة رسمية لمسؤول أردني إلى لبنان بعد انتهاء الحرب.', '2024-06-03');
    expect(ofKind([scoped, earlier], 'contradiction', '2024-06-20')).toEqual([]);
  });

  it('needs the same parties', () => {
    const elsewhere = dated('v', 'وكالة الغرب', 'وكان وزير الداخلية المصري قد زار بغداد في 12 شباط 2023 والتقى نظيره العراقي.');
    expect(ofKind([first, elsewhere], 'contradiction', '2024-06-20')).toEqual([]);
  });
});

describe('«للمرة الأولى» against an ordered noun of the same event', () => {
  const a = dated('a', 'صحيفة الشرق', 'وانطلقت في المحافظة حملة لتوزيع البذور على المزارعين، وتعد هذه الحملة الثالثة من نوعها منذ الجفاف.');
  const b = dated('b', 'وكالة الغرب', 'وبدأت وزارة الزراعة حملة لتوزيع البذور يحصل خلالها صغار المزارعين على الدعم للمرة الأولى.');
  const cite = (x: ArticleRecord) => ({ sourceId: x.id, quote: x.body });

  it('opposes the two when the summary made one event of the two sources', () => {
    const qs = findOpenQuestions([a, b], { findDates: noDates, events: [[cite(a), cite(b)]] }).filter((q) => q.kind === 'contradiction');
    expect(qs.map((q) => q.text)).toEqual(['أيّهما الصحيح: «الحملة الثالثة» كما تقول صحيفة الشرق أم «للمرة الأولى» كما تقول وكالة الغرب؟']);
  });

  it('leaves them alone when the sources tell different events', () => {
    expect(findOpenQuestions([a, b], { findDates: noDates }).filter((q) => q.kind === 'contradiction')).toEqual([]);
  });
});

describe('«المرة الخامسة» told of the event against a rank of the event, and «للمرة الأولى» of another clause or event', () => {
  const a = dated('a', 'صحيفة الشرق', 'وهذا ثالث إغلاق لمعبر الحدود الشمالي منذ بداية العام.');
  const b = dated('b', 'وكالة الغرب', 'أغلقت السلطات معبر الحدود الشمالي أمس، وهي المرة الرابعة التي تلجأ فيها إلى ذلك منذ بداية العام.');
  const c = dated('c', 'موقع الجنوب', 'أغلقت السلطات معبر الحدود الشمالي أمس، لتتوقف الشاحنات عند الحدود الشمالية للمرة الأولى منذ بداية العام.');
  const d = dated('d', 'صحيفة النهار', 'وكانت السلطات قد فتحت المعبر للمرة الأولى أمام المسافرين منذ بداية العام قبل عقدين.');
  const cite = citeWhole;
  const texts = contradictionTexts;

  it('opposes «وهي المرة الرابعة التي …» to «وهذا ثالث إغلاق» of the same event', () => {
    expect(texts([a, b], [[cite(a), cite(b)]])).toEqual(['أيّهما الصحيح: «ثالث إغلاق» كما تقول صحيفة الشرق أم «المرة الرابعة» كما تقول وكالة الغرب؟']);
  });

  it('leaves «للمرة الأولى» that orders its own clause, or a sentence of no event, against the rank of the event', () => {
    expect(texts([a, c], [[cite(a), cite(c)]])).toEqual([]);
    expect(texts([a, d], [[cite(a), { sourceId: 'd', quote: 'أغلق المعبر.' }]])).toEqual([]);
  });
});

describe('two sources of one event that each rank it among its kind, by other nouns or a compound ordinal', () => {
  const a = dated('a', 'صحيفة الشرق', 'وصلت قافلة المساعدات إلى البلدة صباح اليوم، وهي قافلة الإغاثة التاسعة منذ الحصار.');
  const b = dated('b', 'وكالة الغرب', 'دخلت البلدة شاحنات محملة بالمساعدات، هي الحادية عشرة من نوعها منذ الحصار.');
  const cite = (x: ArticleRecord) => ({ sourceId: x.id, quote: x.body });

  it('reads «الحادية عشرة» as eleven, never as its unit, and opposes it to «التاسعة» when the summary made one event of the two', () => {
    const qs = findOpenQuestions([a, b], { findDates: noDates, events: [[cite(a), cite(b)]] }).filter((q) => q.kind === 'contradiction');
    expect(qs.map((q) => q.text)).toEqual(['أيّهما الصحيح: «الإغاثة التاسعة» كما تقول صحيفة الشرق أم «بالمساعدات، هي الحادية عشرة» كما تقول وكالة الغرب؟']);
  });

  it('leaves them alone when the sources tell different events', () => {
    expect(findOpenQuestions([a, b], { findDates: noDates }).filter((q) => q.kind === 'contradiction')).toEqual([]);
  });
});

describe('counts of one event in other words: detainees under two nouns, a part whose whole is not counted', () => {
  const cite = (x: ArticleRecord) => ({ sourceId: x.id, quote: x.body.split('\n\n')[0] ?? '' });

  it('opposes the one count of detainees each source of one event gives, whatever noun it counts them by', () => {
    const a = dated('a', 'صحيفة الشرق', 'أفرجت السلطات اليوم عن دفعة من السجناء قرب الحدود.\n\nوضمت الدفعة 64 محتجزا من أبناء المنطقة.');
    const b = dated('b', 'وكالة الغرب', 'خرج 90 موقوفا من السجن المركزي قرب الحدود اليوم.');
    const qs = findOpenQuestions([a, b], { findDates: noDates, events: [[cite(a), cite(b)]] }).filter((q) => q.kind === 'contradiction');
    expect(qs.map((q) => q.text)).toEqual(['كم العدد الصحيح: 64 محتجزا بحسب صحيفة الشرق أم 90 موقوفا بحسب وكالة الغرب؟']);
    // Two sources that tell no event together count no one thing.
    expect(findOpenQuestions([a, b], { findDates: noDates }).filter((q) => q.kind === 'contradiction')).toEqual([]);
  });

  it('counts a part after «بينهم» when the whole is not counted, never when it is', () => {
    const a = dated('a', 'صحيفة الشرق', 'تسلم الجيش أمس جثامين 25 جنديا قتلوا في معارك الشمال.');
    const b = dated('b', 'وكالة الغرب', 'تبادل الطرفان أمس جثث قتلى من الجانبين، بينهم 40 جنديا من الجيش.');
    const events = [[cite(a), cite(b)]];
    const qs = findOpenQuestions([a, b], { findDates: noDates, events }).filter((q) => q.kind === 'contradiction');
    expect(qs.map((q) => q.evidence.map((e) => e.sourceId))).toEqual([['a', 'b']]);
    const whole = dated('b', 'وكالة الغرب', 'تبادل الطرفان أمس جثث 70 قتيلا من الجانبين، بينهم 40 جنديا من الجيش.');
    expect(findOpenQuestions([a, whole], { findDates: noDates, events: [[cite(a), cite(whole)]] }).filter((q) => q.kind === 'contradiction')).toEqual([]);
  });
});

describe('denials paired with what they deny', () => {
  const denial = dated('d', 'وكالة الغرب', 'نفت الحكومة الأردنية وجود معسكرات لتدريب مقاتلين سوريين على أراضيها قرب الحدود.');

  it('pairs a denial with a claim in another source through entities and light-stemmed words', () => {
    const claim = dated('c', 'صحيفة الشرق', 'وأكد قائد ميداني أن معسكرات تدريب المقاتلين السوريين في الأردن استقبلت دفعة جديدة قرب الحدود.');
    const qs = ofKind([claim, denial], 'denied');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text).toBe(
      'ما الصحيح في «وجود معسكرات لتدريب مقاتلين سوريين على أراضيها قرب الحدود»؟ تورد صحيفة الشرق: أن معسكرات تدريب المقاتلين السوريين في الأردن استقبلت دفعة جديدة قرب الحدود، ونفت الحكومة الأردنية ذلك بحسب وكالة الغرب',
    );
    expect(qs[0]!.evidence.map((e) => e.sourceId).sort()).toEqual(['c', 'd']);
  });

  it('does not pair a claim about other places, or one that itself negates the content', () => {
    const elsewhere = dated('e', 'صحيفة الشرق', 'وأكد قائد ميداني أن معسكرات تدريب المقاتلين في ليبيا استقبلت دفعة جديدة من المتطوعين.');
    const unasserted = 'من يقول بـ«وجود معسكرات لتدريب مقاتلين سوريين على أراضيها قرب الحدود»؟ نفت الحكومة الأردنية ذلك بحسب وكالة الغرب، ولا يؤكده أيٌّ من المصادر المختارة';
    expect(ofKind([elsewhere, denial], 'denied')[0]!.text).toBe(unasserted);
    const negating = dated('n', 'صحيفة الشرق', 'وقال مسؤول إنه لا معسكرات لتدريب المقاتلين السوريين في الأردن قرب الحدود.');
    expect(ofKind([negating, denial], 'denied')[0]!.text).toBe(unasserted);
  });

  it('asks once about a headline and the lead that restates it', () => {
    const body = 'الأردن ينفي وجود معسكرات لمقاتلين سوريين\n\nنفت الحكومة الأردنية وجود معسكرات لتدريب مقاتلين سوريين على أراضيها قرب الحدود.';
    expect(ofKind([dated('h', 'وكالة الغرب', body)], 'denied')).toHaveLength(1);
  });
});

describe('unverified claims are folded, ranked and capped', () => {
  const claims = [
    'قالت مصادر أمنية إن قوات الأمن اعتقلت 40 مسلحا في ضواحي المدينة الشمالية.',
    'وذكرت مصادر محلية أن عشرات العائلات نزحت من القرى الحدودية ليلة أمس.',
    'وقال مصدر عسكري إن الجيش أرسل 300 جندي إلى المنطقة الجنوبية.',
    'وأفادت مصادر مطلعة بأن الوزير سيقدم استقالته خلال أيام.',
    'وقالت مصادر دبلوماسية إن وفدا رسميا سيصل العاصمة الأسبوع المقبل.',
    'وأكد مصدر مطلع أن المفاوضات توقفت بسبب خلاف على الخرائط.',
    'وقد تشهد المنطقة موجة حر جديدة خلال الأيام المقبلة.',
    'ومن المرجح أن ترتفع أسعار الخبز في الأشهر المقبلة.',
  ];

  it('asks once about the unnamed mouths of one source, naming the claims on actions and figures and their mouths', () => {
    const qs = ofKind([dated('a', 'صحيفة الشرق', claims.join('\n\n'))], 'unverified');
    expect(qs.map((q) => q.evidence.length)).toEqual([6, 2]);
    expect(qs[0]!.text).toBe(
      'من يؤكد باسمه ما تنقله صحيفة الشرق عن «مصادر أمنية» و«مصادر محلية»: ' +
        'أن قوات الأمن اعتقلت 40 مسلحا في ضواحي المدينة الشمالية، وأن عشرات العائلات نزحت من القرى الحدودية ليلة أمس، وغيرها؟',
    );
    expect(qs[1]!.text.startsWith('هل ثبت ما تورده صحيفة الشرق بصيغة غير جازمة')).toBe(true);
  });

  it(`keeps no more than a third of the list (${MAX_UNVERIFIED} at most, 2 at least), preferring unnamed sources on actions and figures over forecasts`, () => {
    expect([0, 3, 9, 40].map(unverifiedCap)).toEqual([2, 2, 4, MAX_UNVERIFIED]);
    // Each claim in its own source: nothing to fold, and no other question, so two are kept.
    const qs = ofKind(claims.map((c, i) => dated(`s${i}`, `صحيفة ${i}`, c)), 'unverified');
    expect(qs.map((q) => q.evidence[0]?.sourceId)).toEqual(['s0', 's1']);
  });

  it('counts no question about the sources\' gaps that the list then leaves out', () => {
    const unknowns = ['ولم تعرف بعد أسباب انهيار الجسر القديم.', 'ولم يعرف بعد عدد الجرحى في المستشفى.', 'ولم تتضح بعد هوية المهاجمين.', 'ولم يعرف بعد مصير المفقودين في النهر.'];
    const undated = (id: string, body: string) => articleRecord(id, body, { title: `عنوان ${id}` });
    const articles = [...unknowns.map((u, i) => undated(`u${i}`, u)), ...claims.slice(0, 4).map((c, i) => undated(`s${i}`, c))];
    const qs = findOpenQuestions(articles, { findDates: noDates });
    const unverified = qs.filter((q) => q.kind === 'unverified').length;
    // No more than a third of the list: twice the unverified questions at most the others it keeps.
    expect(2 * unverified).toBeLessThanOrEqual(qs.length - unverified);
  });

  it('keeps an unnamed mouth before a hedge of the same priority', () => {
    const hedge = { kind: 'unverified' as const, text: 'hedge', evidence: [], priority: 4, unnamed: false };
    const mouth = { kind: 'unverified' as const, text: 'mouth', evidence: [], priority: 4, unnamed: true };
    expect(capByPriority([hedge, mouth, { ...hedge, text: 'low', priority: 1 }], 1).map((d) => d.text)).toEqual(['mouth']);
  });
});

describe('dates in questions are Arabic words', () => {
  it('phrases partial ISO dates', () => {
    expect(arabicDatePhrase('2025-02-17')).toBe('17 فبراير 2025');
    expect(arabicDatePhrase('--08-26')).toBe('26 أغسطس، السنة غير معروفة');
    expect(arabicDatePhrase('2024-12')).toBe('ديسمبر 2024');
    expect(arabicDatePhrase('2024')).toBe('عام 2024');
    expect(arabicDatePhrase('2024-13-01')).toBe('2024-13-01');
  });

  it('asks for the year of a year-less inferred date, never printing «--MM-DD»', () => {
    const a = dated('a', 'صحيفة الشرق', 'نص مقال عن الانتخابات البلدية في البلاد.', '--08-26');
    a.publishedBasis = 'inferred';
    // Asked of the sources' gaps directly: a list of no other question has no room for it (metadataRoom).
    const q = metadataQuestions([a]);
    expect(q.map((x) => x.text)).toEqual([
      'في أي سنة نُشر المقال «عنوان a» (صحيفة الشرق)، وهل نُشر فعلًا في 26 أغسطس؟ (تاريخ مستنتج لا منشور، والسنة غير معروفة)',
    ]);
  });
});

describe('the one question joining the sources\' date and outlet gaps', () => {
  it('keeps the question mark of a title that asks, and asks only at its end', () => {
    const a = articleRecord('a', 'نص مقال عن هدنة الحي القديم.', { title: 'هل تصمد هدنة الحي القديم؟', outlet: 'جريدة الضفة', outletBasis: 'explicit' });
    const b = articleRecord('b', 'نص آخر عن الهدنة.', { title: 'الهدنة', published: '2024-03-10', publishedBasis: 'explicit' });
    const [q] = metadataQuestions([a, b], 1);
    expect(q?.text).toContain('«هل تصمد هدنة الحي القديم؟»');
    expect(q?.text).toContain('(جريدة الضفة) (لم يُعثر على تاريخ نشره)، ومن');
  });
});

describe('two sources that each tally the story\'s event, one by a possessed noun and one by «للمرة»', () => {
  const a = dated('a', 'صحيفة الشرق', 'ويشهد مطار المدينة بذلك إغلاقه الثاني في أقل من سنة، بعد توقف دام يومين في الربيع.');
  const b = dated('b', 'وكالة الغرب', 'وتتوقف الرحلات في مطار المدينة بذلك للمرة الرابعة في غضون عام.');

  it('opposes «إغلاقه الثاني» and «للمرة الرابعة», naming both outlets', () => {
    const qs = ofKind([a, b], 'contradiction');
    expect(qs.map((q) => q.text)).toEqual(['أيّهما الصحيح: «إغلاقه الثاني» كما تقول صحيفة الشرق أم «للمرة الرابعة» كما تقول وكالة الغرب؟']);
    expect(quotesExact([a, b], 'contradiction')).toBe(true);
  });

  it('does not oppose them when one of the two orders a report of its own, without «بذلك»', () => {
    const own = dated('b', 'وكالة الغرب', 'وتوقفت الرحلات في مطار المدينة للمرة الرابعة في غضون عام.');
    expect(ofKind([a, own], 'contradiction')).toEqual([]);
  });
});


describe('unnamed mouths, a name kept back, a denial by lack of record, obscurity: grammar of issue 14', () => {
  it('flags «أوساط قريبة من …» and a name kept back by a verb of withholding as unverified', () => {
    const circles = dated('c', 'قناة الشرق', 'وقالت أوساط قريبة من الوزارة إن العقد وقع قبل أسبوع من المناقصة.');
    const witness = dated('w', 'صحيفة الغرب', 'وقال موظف في الميناء، تحفظ على ذكر اسمه، إن الشحنة بقيت في المستودع ثلاثة أيام.');
    const named = dated('n', 'صحيفة الغرب', 'وقال مدير الميناء سالم العبيدي إن الشحنة خرجت في موعدها، ورفض الحديث عن المستودع.');
    expect(ofKind([circles, witness, named], 'unverified').map((q) => q.evidence.map((e) => e.sourceId))).toEqual([['c'], ['w']]);
  });

  it('sets «… ادعاء لا يسنده أي محضر» against the source that claims it', () => {
    const claim = dated('l', 'حزب الوسط', 'فقد نقلت صناديق الاقتراع من مركز البلدة القديمة قبل انتهاء الفرز.');
    const denial = dated('k', 'لجنة الانتخابات', 'وتوضح اللجنة أن الحديث عن نقل صناديق الاقتراع من مركز البلدة القديمة ادعاء لا يسنده أي محضر.');
    expect(ofKind([claim, denial], 'denied').map((q) => q.evidence.map((e) => e.sourceId))).toEqual([['l', 'k']]);
  });

  it('sets «… محض افتراء» against the source the denial names, matching a verb with its verbal noun', () => {
    const claim = dated('n', 'نقابة عمال الميناء', 'بيان النقابة\n\nتقول نقابة عمال الميناء إن الإدارة جمدت رواتب 40 عاملا منذ شهرين.\n\nوتدعو النقابة الوزارة إلى التدخل.');
    const denial = dated('m', 'إدارة الميناء', 'توضيح\n\nقرأت الإدارة ما نشرته نقابة عمال الميناء، وتؤكد أن ما ورد فيه عن تجميد أجور الموظفين محض افتراء.', '2024-03-11');
    const qs = ofKind([claim, denial], 'denied');
    expect(qs.map((q) => q.evidence.map((e) => e.sourceId))).toEqual([['n', 'm']]);
    expect(qs[0]?.evidence[0]?.quote).toContain('جمدت رواتب');
    // A noun of fabrication without «محض» or «مجرد» names what someone is accused of: no denial.
    const accused = dated('k', 'صحيفة الشمال', 'واتهم النائب الحكومة بالافتراء على المعارضة في تقريرها.');
    expect(ofKind([accused], 'denied')).toEqual([]);
  });

  it('asks what «لم ترشح أي معلومات عن», «طي الكتمان» and «من غير المعلوم ما إذا» say is not known', () => {
    const leak = dated('a', 'إذاعة الشمال', 'ولم ترشح أي معلومات عن مكان انعقاد الجولة المقبلة.');
    const secret = dated('b', 'صحيفة الغرب', 'ولا تزال أسماء أعضاء اللجنة الجديدة طي الكتمان.');
    const whether = dated('c', 'موقع الجنوب', 'ومن غير المعلوم ما إذا كان الوفد سيعود الأسبوع المقبل.');
    expect(ofKind([leak, secret, whether], 'unknown').map((q) => q.text)).toEqual([
      'ما مكان انعقاد الجولة المقبلة؟ (لم يُعرف بعد بحسب إذاعة الشمال)',
      'ما أسماء أعضاء اللجنة الجديدة؟ (لم يُعرف بعد بحسب صحيفة الغرب)',
      'هل كان الوفد سيعود الأسبوع المقبل؟ (لم يتضح بعد بحسب موقع الجنوب)',
    ]);
  });

  it('asks what «يكتنف الغموض …» says is not known', () => {
    const a = dated('g', 'إذاعة الشمال', 'ويكتنف الغموض مصير العقد الموقع مع الشركة، إذ لم تعلق الوزارة عليه.');
    expect(ofKind([a], 'unknown').map((q) => q.evidence[0]?.quote)).toEqual([a.body]);
  });
});

describe('an ordinal after a word opening with «وال»', () => {
  const phrasesOf = (body: string): string[] =>
    buildCorpus([dated('w', 'صحيفة الشرق', body)]).sentences.flatMap(ordinalsOf).map((o) => o.sentence.tokens.slice(o.from, o.to).map((t) => t.text).join(' '));

  it('reads «و» + the article only where the text layer reads the conjunction («والضابط»), not in «والد»', () => {
    // «والد الأول» is the father of the one who came first: «والد» is one word, no definite noun the ordinal orders.
    expect(phrasesOf('وتسلم الجائزة والد الأول على الدفعة في حفل التخرج.')).toEqual([]);
    // «والضابط الأول»: the ordinal orders «الضابط», and is not read past it onto the name before the «و».
    expect(phrasesOf('وصعد إلى المنصة القائد سمير الحداد والضابط الأول كريم العابد.')).toEqual(['والضابط الأول']);
    // A definite adjective between the noun and its ordinal still lets the noun be read.
    expect(phrasesOf('وهذا الحريق الكبير الخامس في المدينة منذ مطلع العام.')).toEqual(['الكبير الخامس', 'الحريق الكبير الخامس']);
  });
});

describe('two sources that rank the story’s event among its kind, the summary joining them or not (issue 14)', () => {
  const a = dated('a', 'صحيفة الشرق', 'ويعد هذا الحريق ثالث كارثة من نوعها في سوق المدينة القديم منذ بداية العام.');
  const b = dated('b', 'وكالة الغرب', 'وهو ثاني حريق يلتهم محلات سوق المدينة القديم منذ مطلع العام.');

  it('opposes «ثالث كارثة» said of «هذا الحريق» to «ثاني حريق» though no event of the summary holds both', () => {
    expect(contradictionTexts([a, b], [])).toEqual(['أيّهما الصحيح: «ثالث كارثة» كما تقول صحيفة الشرق أم «ثاني حريق» كما تقول وكالة الغرب؟']);
  });

  it('leaves a rank of another thing, or of an article set apart from the story', () => {
    const meeting = dated('c', 'موقع الجنوب', 'ويعد هذا الاجتماع ثالث لقاء من نوعه لتجار سوق المدينة القديم منذ بداية العام.');
    expect(contradictionTexts([meeting, b], [])).toEqual([]);
    const apart = findOpenQuestions([a, b], { findDates: noDates, offTopic: [1] }).filter((q) => q.kind === 'contradiction');
    expect(apart).toEqual([]);
  });

  it('reads «للمرة الثالثة منذ 2011» as a tally of the story’s event, «للمرة الأولى منذ» as none', () => {
    const third = dated('d', 'صحيفة الشرق', 'ويختار عمال الميناء نقابتهم للمرة الثالثة منذ 2011.');
    const second = dated('e', 'وكالة الغرب', 'وتعد هذه ثاني انتخابات نقابية يعرفها الميناء.');
    expect(contradictionTexts([third, second], [])).toEqual(['أيّهما الصحيح: «للمرة الثالثة» كما تقول صحيفة الشرق أم «ثاني انتخابات» كما تقول وكالة الغرب؟']);
    const rare = dated('d', 'صحيفة الشرق', 'ويختار عمال الميناء نقابتهم للمرة الأولى منذ 2011.');
    expect(contradictionTexts([rare, second], [])).toEqual([]);
  });
});

describe('a sum in a currency’s old denomination (issue 14)', () => {
  const cite = citeWhole;
  const newSum = dated('a', 'صحيفة الشرق', 'قررت الحكومة اليوم صرف تعويض قدره 200 ألف أوقية لكل أسرة متضررة من الفيضان.');
  const oldSum = dated('b', 'وكالة الغرب', 'وافق مجلس الوزراء اليوم على صرف تعويض بمبلغ مليوني أوقية قديمة لكل أسرة متضررة من الفيضان.');

  it('sets no sum in the new ouguiya against one in the old', () => {
    expect(contradictionTexts([newSum, oldSum], [[cite(newSum), cite(oldSum)]])).toEqual([]);
  });

  it('still sets two sums in the old denomination against each other', () => {
    const otherOld = dated('c', 'موقع الجنوب', 'وافق مجلس الوزراء اليوم على صرف تعويض بمبلغ ثلاثة ملايين أوقية قديمة لكل أسرة متضررة من الفيضان.');
    expect(contradictionTexts([oldSum, otherOld], [[cite(oldSum), cite(otherOld)]])).toHaveLength(1);
  });
});
