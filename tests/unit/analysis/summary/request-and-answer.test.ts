import { describe, expect, it } from 'vitest';
import { summarise } from '../../../../main/analysis/summary/index.ts';
import { findOpenQuestions } from '../../../../main/analysis/questions/index.ts';
import { leadAction, leadActionsDiffer } from '../../../../main/analysis/summary/lead-action.ts';
import { tokenise } from '../../../../main/text/arabic/index.ts';
import { datedArticle } from '../../../helpers/article-record.ts';
import { expectNoPointCitingBoth, expectOnePointCiting } from '../../../helpers/points-citing.ts';

// A federation's head hands in his resignation on Sunday; the minister accepts it on Monday (one outlet) or Tuesday
// (another: the day disputed); on Wednesday the minister charges the deputy, another person, with the federation.
// Every sentence shares the story's names; only the actions, their actors and their days tell the events apart.
const art = datedArticle;

const riyadi = art('riyadi', '2025-11-02', [
  'قدم رئيس اتحاد كرة السلة مراد الحلبي اليوم الأحد استقالته إلى وزير الشباب والرياضة، بعد خروج المنتخب من الدور الأول.',
  'وقال الحلبي إنه يتحمل مسؤولية النتائج المخيبة التي سجلها المنتخب في البطولة.',
]);
const malaab = art('malaab', '2025-11-03', [
  'وافق وزير الشباب والرياضة مساء اليوم الاثنين على استقالة رئيس اتحاد كرة السلة مراد الحلبي، وشكره على ما قدمه للعبة.',
  'وأشار بيان الوزارة إلى أن الاتحاد سيواصل تسيير شؤونه اليومية إلى حين تكليف رئيس جديد.',
]);
const hadaf = art('hadaf', '2025-11-04', [
  'قبل وزير الشباب والرياضة اليوم الثلاثاء استقالة رئيس اتحاد كرة السلة مراد الحلبي، بعد يومين من تقديمها.',
  'وتنتظر الأندية تحديد موعد الجمعية العامة الاستثنائية لانتخاب مكتب جديد للاتحاد.',
]);
const shabab = art('shabab', '2025-11-05', [
  'كلف وزير الشباب والرياضة اليوم الأربعاء نائب رئيس الاتحاد كريم الزعبي بتسيير اتحاد كرة السلة إلى حين انتخاب رئيس جديد.',
  'وكان الزعبي قد شغل منصب مدير المنتخب في البطولة الماضية.',
]);

describe('a request and its answer on two days are two events (issue 14)', () => {
  const points = summarise([riyadi, malaab, hadaf, shabab], { now: '2025-11-05' });

  it('keeps the resignation apart from its acceptance a day later: the two actors swapped their parts', () => {
    expectNoPointCitingBoth(points, 'قدم رئيس اتحاد', 'على استقالة');
    expectNoPointCitingBoth(points, 'قدم رئيس اتحاد', 'قبل وزير');
  });

  it('still joins the acceptance told on two days by two outlets: one act, its day disputed', () => {
    expectOnePointCiting(points, 'على استقالة', ['hadaf', 'malaab']);
  });

  it('keeps apart the next day’s act naming another person', () => {
    expectNoPointCitingBoth(points, 'كلف وزير', 'قبل وزير');
    expectNoPointCitingBoth(points, 'كلف وزير', 'على استقالة');
  });
});

describe('a visit and its reception told on two days are one event, its day in question (issue 14)', () => {
  const host = art('qasr', '2025-09-14', [
    'استقبل الرئيس اللبناني اليوم الأحد وزير الخارجية الأردني في قصر بعبدا، وبحث معه ملف النازحين.',
    'وقال بيان الرئاسة إن الجانبين اتفقا على تشكيل لجنة مشتركة.',
  ]);
  const guest = art('bawaba', '2025-09-15', [
    'زار وزير الخارجية الأردني اليوم الاثنين الرئيس اللبناني في قصر بعبدا، وبحث معه ملف النازحين.',
    'وأضاف الوزير أن بلاده تدعم عودة النازحين إلى قراهم.',
  ]);
  const points = summarise([host, guest], { now: '2025-09-16' });

  it('joins the two sides of one meeting and asks which day it was', () => {
    const point = expectOnePointCiting(points, 'وزير الخارجية الأردني', ['bawaba', 'qasr']);
    const questions = findOpenQuestions([host, guest], { now: '2025-09-16', events: [point.sources] }).filter((q) => q.kind === 'contradiction');
    expect(questions.map((q) => q.text).join(' ')).toMatch(/الأحد.*الاثنين|الاثنين.*الأحد/u);
  });
});

describe('leadAction', () => {
  const lead = (s: string): ReturnType<typeof leadAction> => leadAction(tokenise(s));

  it('reads the opening verb and its subject, and whether two sentences swapped their actors', () => {
    const hands = lead('قدم الوزير استقالته إلى رئيس الحكومة صباح الأحد.');
    const accepts = lead('وافق رئيس الحكومة على استقالة الوزير مساء الاثنين.');
    expect(hands?.verb).toBe('قدم');
    expect(leadActionsDiffer(hands, accepts)).toBe(true);
  });

  it('finds no other action where the actors did not swap, or one sentence opens on the other’s verb', () => {
    expect(leadActionsDiffer(lead('انتشلت فرق الإنقاذ هيكل القارب صباح الجمعة.'), lead('رفعت رافعة الميناء هيكل القارب بمساعدة فرق الإنقاذ يوم السبت.'))).toBe(false);
    expect(leadActionsDiffer(lead('وزير الرياضة قدم استقالته إلى رئيس الحكومة.'), lead('قدم رئيس الحكومة استقالة وزير الرياضة إلى البرلمان.'))).toBe(false);
    expect(leadActionsDiffer(lead('قدم الوزير استقالته إلى رئيس الحكومة.'), lead('وافق رئيس الحكومة على استقالة قدمها الوزير.'))).toBe(true);
    expect(lead('في مساء الأحد قدم الوزير استقالته.')).toBeNull();
  });

  it('finds no two actions in one reciprocal act told from either side: a visit and its reception, a win and a loss', () => {
    expect(leadActionsDiffer(lead('استقبل الرئيس السوري اليوم الأحد وزير الخارجية العراقي في قصر الشعب.'), lead('زار وزير الخارجية العراقي اليوم الاثنين الرئيس السوري في دمشق.'))).toBe(false);
    expect(leadActionsDiffer(lead('هزم الفريق الأهلي نادي الزمالك في المباراة النهائية.'), lead('خسر نادي الزمالك أمام الفريق الأهلي في المباراة النهائية.'))).toBe(false);
  });
});
