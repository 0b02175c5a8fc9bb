import { describe, expect, it } from 'vitest';
import { summarise } from '../../../../main/analysis/summary/index.ts';
import { RULES_ONLY, WIDE_CANDIDATES, type PairDecider } from '../../../../main/analysis/summary/event-pair-decider.ts';
import { datedArticle } from '../../../helpers/article-record.ts';
import { expectNoPointCitingBoth, expectOnePointCiting, pointsCiting } from '../../../helpers/points-citing.ts';

// Two outlets report one power cut with different verbs, and one of them dates the repair a day apart from
// another; the third article is another development of the story (a protest), told with its own verb, and looks
// back at the power cut in the pluperfect.
const art = datedArticle;

const sabah = art('sabah', '2025-03-10', [
  'أعلنت شركة الكهرباء الوطنية، صباح الأحد، انقطاع التيار عن أحياء مدينة الزرقاء الشرقية بسبب عطل في محطة التحويل الرئيسية.',
  'وبدأت فرق الصيانة التابعة للشركة يوم الاثنين 10 مارس إصلاح المحولات المتضررة في محطة التحويل بالزرقاء.',
  'وتجمع عشرات السكان أمام مبنى البلدية احتجاجا على تكرار الانقطاعات خلال فصل الشتاء.',
]);
const masa = art('masa', '2025-03-11', [
  'أقرت شركة الكهرباء، الأحد، بانقطاع التيار عن سكان الزرقاء طوال ساعات النهار، وسط شكاوى من تلف الأجهزة المنزلية.',
  'وانطلقت يوم الثلاثاء 11 مارس أعمال إصلاح المحولات المتضررة في محطة التحويل بالزرقاء، بحسب فرق الصيانة التابعة للشركة.',
]);
const rai = art('rai', '2025-03-11', [
  'نظم عشرات من سكان الزرقاء وقفة أمام مبنى البلدية للمطالبة بتعويضهم عن الأجهزة التي تلفت خلال الانقطاع.',
  'وهدد المحتجون بالاعتصام إذا لم تستجب الشركة لمطالبهم خلال أسبوع.',
  'وكانت شركة الكهرباء قد أعلنت يوم الأحد انقطاع التيار عن الأحياء الشرقية في الزرقاء بسبب عطل في المحطة.',
]);

describe('event senses in grouping', () => {
  const points = summarise([sabah, masa, rai], { now: '2025-03-12' });

  it('makes one point of one event told with «أعلنت» and «أقرت»', () => {
    const cut = points.filter((p) => /أعلنت|أقرت/u.test(p.text));
    expect(cut).toHaveLength(1);
    expect(cut[0]!.sources.map((s) => s.sourceId).sort()).toEqual(['masa', 'rai', 'sabah']);
    expect(cut[0]!.independentSources).toBe(3);
  });

  it('cites a sentence that looks back at the event («وكانت … قد أعلنت») and never words the point with it', () => {
    const back = points.filter((p) => p.sources.some((s) => s.quote.startsWith('وكانت')));
    expect(back).toHaveLength(1);
    expect(back[0]!.text).not.toMatch(/^و?كانت/u);
  });

  it('keeps one event dated a day apart by two sources in one point («بدأت» / «انطلقت»)', () => {
    expectOnePointCiting(points, 'المحولات', ['masa', 'sabah']);
  });

  it('does not join the protest to the power cut', () => {
    const protest = points.filter((p) => p.sources.some((s) => /وقفة|تجمع/u.test(s.quote)));
    expect(protest.length).toBeGreaterThan(0);
    for (const p of protest) expect(p.sources.some((s) => s.quote.includes('محطة التحويل'))).toBe(false);
  });
});

// One seizure told by two outlets with other verbs and other words, dated a day apart; one names the officers' unit
// in full, the other only its command. A third article tells another development of the same days (the museum
// reopened), with a figure of its own.
describe('events joined by their anchors (issue 14, class a)', () => {
  const nahar = art('nahar', '2025-05-08', [
    'ضبطت وحدة مكافحة التهريب في محافظة الكرك، يوم الثلاثاء 6 مايو، أربع قطع أثرية مسروقة داخل شاحنة على الطريق الصحراوي.',
    'وأعاد المتحف الوطني فتح قاعاته أمام 300 زائر بعد أعمال الترميم.',
  ]);
  const ghad = art('ghad', '2025-05-08', [
    'أعلنت قيادة مكافحة التهريب، الأربعاء 7 مايو، استرجاع أربع قطع أثرية قالت إنها سرقت من موقع أثري قرب الكرك.',
    'وطالب خبراء الآثار بتشديد الرقابة على المواقع المفتوحة.',
  ]);
  const points = summarise([nahar, ghad], { now: '2025-05-09' });

  it('joins the two reports of the seizure: a day apart, the same figure, the same unit', () => {
    expectOnePointCiting(points, 'قطع أثرية', ['ghad', 'nahar']);
  });

  it('keeps apart a sentence with no anchor in common', () => {
    expectNoPointCitingBoth(points, 'المتحف الوطني', 'قطع أثرية');
  });
});

// One emptying of the grain silos told by two outlets with other verbs, a day apart: they share little besides the
// two words that name what was emptied. A third outlet tells another thing of those days.
describe('events joined by a rare two-word phrase (issue 14)', () => {
  const wadi = art('wadi', '2025-11-20', [
    'وزعت مديرية التموين، الثلاثاء 18 تشرين الثاني، مخزون صوامع القمح على المخابز لتفادي نقص الخبز.',
    'وحذرت المديرية التجار من رفع الأسعار خلال الأيام المقبلة.',
  ]);
  const sahl = art('sahl', '2025-11-20', [
    'أفرغت الوزارة، الأربعاء 19 تشرين الثاني، مخزون صوامع القمح بعد تسرب مياه الأمطار إليها.',
    'وقدر مهندسون كلفة صيانة المخازن بمليوني دينار.',
  ]);
  const ghor = art('ghor', '2025-11-21', [
    'زار وزير الزراعة، الأربعاء 19 تشرين الثاني، مزارع الغور المتضررة من السيول واستمع إلى مطالب المزارعين.',
    'وتعهد الوزير بتعويض المزارعين عن خسائر الموسم.',
  ]);
  const points = summarise([wadi, sahl, ghor], { now: '2025-11-22' });

  it('makes one point citing both reports of the silos emptied', () => {
    expectOnePointCiting(points, 'صوامع القمح', ['sahl', 'wadi']);
  });

  it('keeps apart two acts of one actor a day apart that share only his two-word title', () => {
    const a = art('a', '2025-11-20', ['استقبل وزير الخارجية، الثلاثاء 18 تشرين الثاني 2025، سفراء الدول المانحة في مقر الوزارة.']);
    const b = art('b', '2025-11-20', ['توجه وزير الخارجية، الأربعاء 19 تشرين الثاني 2025، إلى بروكسل للمشاركة في مؤتمر للاجئين.']);
    const c = art('c', '2025-11-20', ['افتتحت البلدية، الأربعاء 19 تشرين الثاني 2025، حديقة عامة جديدة في الحي الشرقي.']);
    const acts = pointsCiting(summarise([a, b, c], { now: '2025-11-22' }), 'وزير الخارجية');
    expect(acts.map((p) => p.sources.length)).toEqual([1, 1]);
  });

  it('keeps the minister\'s visit of the same day apart (a day of a two-word month is no shared figure)', () => {
    expect(pointsCiting(points, 'مزارع الغور').length).toBeGreaterThan(0);
    expectNoPointCitingBoth(points, 'مزارع الغور', 'صوامع القمح');
  });
});

// A third outlet ranks the fire among its kind: it says something of the fire, it is not one more witness of it.
describe('a sentence that ranks its event joins no event (issue 14)', () => {
  const sharq = art('sharq', '2025-06-02', [
    'اندلع حريق كبير في سوق الخضار المركزي بمدينة الزرقاء فجر الأحد 1 حزيران، وأتى على عشرات المحال التجارية.',
    'وقال الدفاع المدني إن فرق الإطفاء سيطرت على النيران بعد خمس ساعات.',
  ]);
  const gharb = art('gharb', '2025-06-02', [
    'التهمت النيران عشرات المحال في سوق الخضار المركزي بالزرقاء فجر الأحد 1 حزيران، دون إصابات.',
    'وطالب التجار البلدية بتعويضهم عن خسائرهم.',
  ]);
  const shamal = art('shamal', '2025-06-03', [
    'وافقت البلدية على خطة لترميم المحال المتضررة في السوق خلال شهرين.',
    'وهو ثالث حريق كبير في سوق الخضار المركزي بمدينة الزرقاء منذ عام 2019، بحسب الدفاع المدني.',
  ]);
  const points = summarise([sharq, gharb, shamal], { now: '2025-06-04' });

  it('keeps the ranking sentence out of the fire\'s point, which cites the two reports', () => {
    expect(expectOnePointCiting(points, 'فجر الأحد', ['gharb', 'sharq']).independentSources).toBe(2);
  });
});

describe('the pair decider', () => {
  const sources = (points: ReturnType<typeof summarise>, word: string): string[] =>
    points.filter((p) => p.text.includes(word)).flatMap((p) => p.sources.map((s) => s.sourceId)).sort();

  it('is asked about each candidate pair, and a decider that joins nothing leaves each report its own event', () => {
    const asked: [string, string][] = [];
    const points = summarise([sabah, masa, rai], {
      now: '2025-03-12',
      eventPairs: { decide: (q) => (asked.push([q.a.sources?.[0] ?? '', q.b.sources?.[0] ?? '']), false) },
    });
    expect(asked.length).toBeGreaterThan(0);
    for (const [a, b] of asked) expect(a).not.toBe(b);
    for (const p of points) expect(p.sources).toHaveLength(1);
  });

  it('with the rules alone joins the reports the default joins here', () => {
    const rules = summarise([sabah, masa, rai], { now: '2025-03-12', eventPairs: RULES_ONLY });
    const byDefault = summarise([sabah, masa, rai], { now: '2025-03-12' });
    expect(sources(rules, 'المحولات')).toEqual(['masa', 'sabah']);
    expect(byDefault.map((p) => p.sources.map((s) => s.sourceId))).toEqual(rules.map((p) => p.sources.map((s) => s.sourceId)));
  });
});

describe('the candidate floor a learned scorer asks for', () => {
  const asked = (floor?: number): { pairs: Set<string>; joinedByRules: Set<string> } => {
    const pairs = new Set<string>();
    const joinedByRules = new Set<string>();
    const recorder: PairDecider = {
      exhaustive: true,
      ...(floor === undefined ? {} : { candidateFloor: floor }),
      decide: (q) => {
        const key = [q.a.text, q.b.text].sort().join(' | ');
        pairs.add(key);
        const rules = q.rules();
        if (rules) joinedByRules.add(key);
        return rules;
      },
    };
    summarise([sabah, masa, rai], { now: '2025-03-12', eventPairs: recorder });
    return { pairs, joinedByRules };
  };

  it('offers pairs that share fewer words, on which the rules join nothing more', () => {
    const narrow = asked();
    const wide = asked(WIDE_CANDIDATES);
    expect(wide.pairs.size).toBeGreaterThan(narrow.pairs.size);
    for (const p of narrow.pairs) expect(wide.pairs.has(p)).toBe(true);
    expect([...wide.joinedByRules].sort()).toEqual([...narrow.joinedByRules].sort());
  });
});

// Two releases of a series told alike, each on its own article's day, each with its own count: two events. The day
// alone would not part them (the repair above is dated by each source to its own day and stays one event).
describe('reports of their own days that count different things', () => {
  const a = art('a', '2025-06-02', ['أفرجت السلطات مساء اليوم الاثنين 2 يونيو عن دفعة من المعتقلين تضم 300 شاب من سجن الوادي المركزي، بحسب هيئة الدفاع عن المعتقلين.']);
  const b = art('b', '2025-06-03', ['أفرجت السلطات مساء اليوم الثلاثاء 3 يونيو عن دفعة من المعتقلين تضم 45 امرأة من سجن الوادي المركزي، بحسب هيئة الدفاع عن المعتقلين.']);

  it('are two events, worded alike a day apart', () => {
    expectNoPointCitingBoth(summarise([a, b], { now: '2025-06-06' }), '300 شاب', '45 امرأة');
  });
});

// A claim of responsibility on the Sunday names the explosion of the Saturday in a relative clause: it shares the
// explosion's words there only, and is another development, which another source tells on its day.
describe('a relative clause told of a known thing', () => {
  const a = art('a', '2025-07-05', ['استهدف انفجار مستودع الوقود في ميناء الصخيرة فجر اليوم السبت، ما أدى إلى اندلاع حريق كبير في الميناء.']);
  const b = art('b', '2025-07-06', ['ضرب انفجار مستودع الوقود في ميناء الصخيرة فجر أمس السبت وأشعل حريقا كبيرا.']);
  const c = art('c', '2025-07-07', ['أعلنت جماعة مسلحة أمس الأحد مسؤوليتها عن الانفجار الذي استهدف مستودع الوقود في ميناء الصخيرة، وتوعدت بهجمات أخرى على المنشآت.']);
  const d = art('d', '2025-07-06', ['تبنت جماعة مسلحة اليوم الأحد الانفجار في ميناء الصخيرة، وتوعدت بهجمات أخرى.']);
  const points = summarise([a, b, c, d], { now: '2025-07-08' });

  it('does not bring the claim into the explosion of the day before', () => {
    expectOnePointCiting(points, 'مستودع الوقود في ميناء الصخيرة فجر', ['a', 'b']);
    expectOnePointCiting(points, 'مسؤوليتها', ['c', 'd']);
  });
});

// One release told a day apart by two outlets, one with a verb of the sense lexicon («أفرجت»), the other with one it
// lacks («غادر … سجنه»): a gap in the lexicon is no second kind of action, so the day's difference is the one event's
// disputed day, not the next development.
describe('a day apart, one verb outside the sense lexicon', () => {
  const a = art('a', '2025-05-08', [
    'أفرجت السلطات يوم الثلاثاء 6 مايو عن سامي العلي، الصحفي المحتجز منذ أشهر في سجن المدينة.',
    'وطالب خبراء الآثار بتشديد الرقابة على المواقع المفتوحة.',
  ]);
  const b = art('b', '2025-05-08', [
    'غادر الصحفي العلي سجنه يوم الأربعاء 7 مايو بعد أشهر من احتجازه، واستقبله زملاؤه أمام بوابة المدينة.',
    'وأعاد المتحف الوطني فتح قاعاته بعد أعمال الترميم.',
  ]);

  it('joins the two reports into one point', () => {
    expectOnePointCiting(summarise([a, b], { now: '2025-05-09' }), 'العلي', ['a', 'b']);
  });
});

// Two recordings posted a day apart in the same words, each day told by two outlets, one of them on its own day: two
// events, each a point with its two sources (event-day-split.ts; neither makes the other redundant in the summary). A
// repair each source dates to its own day, one against one, stays one event (above).
describe('two days each told by two reports', () => {
  const a = art('a', '2025-06-03', ['بثت الجماعة المسلحة ظهر اليوم الثلاثاء تسجيلا مصورا على قناتها في تيليغرام يظهر فيه البحارة المخطوفون على سطح المركب.']);
  const b = art('b', '2025-06-04', ['نشرت الجماعة المسلحة يوم الثلاثاء تسجيلا مصورا على قناتها في تيليغرام يظهر فيه البحارة على سطح المركب بصحة جيدة.']);
  const c = art('c', '2025-06-04', ['بثت الجماعة المسلحة مساء اليوم الأربعاء تسجيلا مصورا على قناتها في تيليغرام يظهر فيه قبطان المركب يطالب شركته بدفع المال.']);
  const d = art('d', '2025-06-05', ['نشرت الجماعة المسلحة مساء أمس الأربعاء تسجيلا مصورا آخر على قناتها في تيليغرام يطالب فيه القبطان شركته بالدفع.']);

  it('are two events, each one point citing its two sources', () => {
    const points = summarise([a, b, c, d], { now: '2025-06-06' });
    expectOnePointCiting(points, 'سطح المركب', ['a', 'b']);
    expectOnePointCiting(points, 'يطالب', ['c', 'd']);
  });
});
