import { describe, expect, it } from 'vitest';
import { summarise } from '../../../../main/analysis/summary/index.ts';
import { datedArticle } from '../../../helpers/article-record.ts';
import { expectNoPointCitingBoth, expectOnePointCiting, pointsCiting } from '../../../helpers/points-citing.ts';

// One collapse told by two outlets in other words altogether: one counts the dead in digits after a verb of dying, the
// other in words after a verbal noun with no noun counted; both name the town and the day. A third outlet tells another
// thing of that day in that town, with another figure; a fourth the same figure of other things.
const art = datedArticle;

const sahra = art('sahra', '2025-09-17', [
  'لقي 4 أشخاص حتفهم يوم الثلاثاء 16 سبتمبر في مدينة الزرقاء حين انهار سقف مخبز قديم على زبائنه.',
  'وطالبت نقابة المقاولين بمراجعة تراخيص الأبنية القديمة في الأحياء الشعبية.',
  'وأوضح شهود أن الزبائن كانوا ينتظرون دورهم أمام الفرن حين سمعوا صوت تشقق الجدران.',
  'ويعود بناء المخبز إلى ستينيات القرن الماضي بحسب سجلات البلدية.',
]);
const burj = art('burj', '2025-09-17', [
  'أسفر تداعي مبنى تجاري في حي الزرقاء الثلاثاء 16 سبتمبر عن مقتل أربعة، بحسب الدفاع المدني.',
  'وفتحت النيابة العامة تحقيقا لتحديد المسؤوليات.',
  'ونقل المصابون إلى مستشفى الأمير حمزة لتلقي العلاج، وحالة اثنين منهم خطيرة.',
  'وأغلقت الشرطة الشارع أمام حركة السير حتى انتهاء أعمال رفع الأنقاض.',
]);
const rabi = art('rabi', '2025-09-17', [
  'افتتحت بلدية الزرقاء يوم الثلاثاء 16 سبتمبر 9 حدائق عامة بعد أشهر من الأشغال.',
  'وقال رئيس البلدية إن حدائق أخرى ستفتتح قبل نهاية العام.',
  'وتضم الحدائق الجديدة ملاعب للأطفال ومسارات للمشي وإنارة تعمل بالطاقة الشمسية.',
]);
const bayan = art('bayan', '2025-09-17', [
  'وزعت جمعية خيرية في الزرقاء الثلاثاء 16 سبتمبر 4 حافلات على المدارس الريفية.',
  'وقالت الجمعية إن حافلات أخرى ستوزع في الشهر المقبل.',
  'وتنقل الحافلات التلاميذ من القرى البعيدة التي لا تصلها وسائل النقل العام.',
]);

describe('events that share no word, met on their count, place and day (issue 14)', () => {
  const points = summarise([sahra, burj, rabi, bayan], { now: '2025-09-18' });

  it('joins «لقي 4 أشخاص حتفهم» and «مقتل أربعة» in one town on one day', () => {
    expectOnePointCiting(points, 'حتفهم', ['burj', 'sahra']);
  });

  it('keeps apart another thing of that day and town, with another figure', () => {
    expectNoPointCitingBoth(points, 'حدائق', 'حتفهم');
  });

  it('keeps apart the same figure of other things («4 حافلات» against «4 أشخاص»)', () => {
    expectNoPointCitingBoth(points, 'حافلات', 'حتفهم');
    expect(points.length).toBeGreaterThan(1);
  });
});

// The displaced counted by two outlets on one day with other figures, other nouns for a household and another verb:
// one with the participle («أسرة نازحة»), one with the verb («نزحت … عائلة»). A third outlet counts another thing there.
const ghab = art('ghab', '2025-03-03', [
  'وأحصت الإدارة المحلية في الغاب حتى مساء اليوم 900 أسرة نازحة، لجأ معظمها إلى الخيام.',
  'وتعمل فرق الإنقاذ على فتح الطرق الترابية التي قطعتها المياه.',
]);
const hilal = art('hilal', '2025-03-03', [
  'نزحت قرابة 700 عائلة من بيوتها في مديريات الغاب، وفق أرقام أولية أعلنها الهلال الأحمر اليوم الاثنين.',
  'وقال متطوعون إن المياه غمرت الطوابق الأرضية في عشرات البيوت.',
]);
const ahli = art('ahli', '2025-03-03', [
  'وزعت جمعية أهلية في سهل الغاب اليوم الاثنين 500 سلة غذائية على مراكز الإيواء.',
  'وقالت الجمعية إن سلالا أخرى ستصل خلال الأسبوع.',
]);

describe('the displaced counted under «أسرة نازحة» and «نزحت … عائلة» (issue 14)', () => {
  const points = summarise([ghab, hilal, ahli], { now: '2025-03-04' });

  it('is one event: the participle joins its verb, and households are one thing counted under either noun', () => {
    // One point tells the displaced, and the other outlet's sentence is no point of its own: the grouping joined them.
    // It is not cited either: another count of the households that point counts, sharing one word of it («الغاب»), is
    // no confirmation of it (rev25 finding 1, sources/claim-carriers.ts).
    const point = expectOnePointCiting(points, 'عائلة', ['hilal']);
    expect(point.independentSources).toBe(1);
    expect(pointsCiting(points, 'أسرة نازحة')).toHaveLength(0);
  });

  it('keeps apart another count of that day and place', () => {
    expectNoPointCitingBoth(points, 'سلة', 'عائلة');
  });
});

// One recount told by two outlets with other verbs and dated a day apart («أمس الأحد» in a Monday article, «يوم
// الاثنين» in a Tuesday one): the place, the thing recounted and the committee recur; a disagreement on the day, not
// two events. A third tells the court's order of that recount, days before.
const idhaa = art('idhaa', '2025-06-09', [
  'أتمت لجنة قضائية أمس الأحد إعادة عد الأوراق في صناديق مركز مدرسة الفلاح، وتغير بنتيجتها مقعد واحد.',
  'وقال رئيس اللجنة إن المندوبين حضروا الفرز كاملا.',
]);
const yawmiya = art('yawmiya', '2025-06-10', [
  'جرت إعادة عد الأوراق في صناديق مركز مدرسة الفلاح ببلدة الرمانة يوم الاثنين 9 يونيو بحضور قاض.',
  'وأظهرت النتيجة تبدل مقعد لصالح القائمة الخاسرة.',
]);
const mahkama = art('mahkama', '2025-06-05', [
  'أمرت محكمة البلدة اليوم الخميس بإعادة فرز صناديق مركز مدرسة الفلاح في الرمانة بعد طعن إحدى القوائم.',
  'ورفضت المحكمة الطعن في بقية المراكز.',
]);
// The school is the story's setting: every source names it, so it tells no event apart.
const qaima = art('qaima', '2025-06-03', [
  'قالت قائمة الرمانة أولا إن مخالفات جسيمة شابت الاقتراع في مركز مدرسة الفلاح.',
  'وطعنت القائمة في نتائج مركز مدرسة الفلاح أمام محكمة البلدة.',
]);

describe('one recount dated a day apart by two sources (issue 14)', () => {
  const points = summarise([idhaa, yawmiya, mahkama, qaima], { now: '2025-06-10' });

  it('is one event of both, whose day the sources disagree on', () => {
    expectOnePointCiting(points, 'أتمت', ['idhaa', 'yawmiya']);
  });

  it('keeps apart the order of the recount, days before', () => {
    expectNoPointCitingBoth(points, 'أمرت', 'أتمت');
  });
});

// The second convoy of a relief operation told by three outlets: two on Wednesday 11 in one article each, one dating
// it Thursday 12 (a day off) in words much like theirs; the next day, a fourth tells another handover by the same two
// parties in the same province, sharing with that third report only the parties and the province.
const nahr = art('nahr', '2025-06-11', [
  'عبرت القافلة الثانية من شاحنات الإغاثة اليوم الأربعاء معبر الوادي الأخضر نحو ريف المحافظة الجنوبي، بإشراف الهلال الأحمر.',
]);
const jisr = art('jisr', '2025-06-12', [
  'جرى مساء أمس الأربعاء عبور القافلة الثانية من شاحنات الإغاثة معبر الوادي الأخضر إلى ريف المحافظة الجنوبي بين وزارة الإدارة المحلية ولجنة الأهالي.',
]);
const sahil = art('sahil', '2025-06-14', [
  'أنهت وزارة الإدارة المحلية ولجنة الأهالي، يوم الخميس 12 يونيو، عملية الإغاثة بعبور القافلة الثانية من الشاحنات معبر الوادي الأخضر بريف المحافظة الجنوبي.',
]);
const tall = art('tall', '2025-06-14', [
  'سلمت وزارة الإدارة المحلية إلى لجنة الأهالي أمس الجمعة مولدات كهرباء لمستشفى القرية في ريف المحافظة الجنوبي.',
]);

describe('a report dated a day off joins its event, and brings no event of the next day with it (issue 14)', () => {
  const points = summarise([nahr, jisr, sahil, tall], { now: '2025-06-14' });

  it('joins the report worded like the others though it dates the convoy a day later', () => {
    expectOnePointCiting(points, 'القافلة الثانية', ['nahr', 'jisr', 'sahil']);
  });

  it('keeps apart the handover of the next day, which meets only that report and only on the parties and the province', () => {
    expectNoPointCitingBoth(points, 'مولدات', 'القافلة الثانية');
  });
});
