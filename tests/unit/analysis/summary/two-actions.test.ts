import { describe, expect, it } from 'vitest';
import { summarise } from '../../../../main/analysis/summary/index.ts';
import { findOpenQuestions } from '../../../../main/analysis/questions/index.ts';
import { actionsApart, openingAct } from '../../../../main/analysis/summary/opening-act.ts';
import { tokenise } from '../../../../main/text/arabic/index.ts';
import { datedArticle } from '../../../helpers/article-record.ts';
import { expectNoPointCitingBoth, expectOnePointCiting } from '../../../helpers/points-citing.ts';

// A warehouse fire and what follows it: on Tuesday the municipality suspends work in the industrial zone (two outlets);
// on Wednesday the police arrest the warehouse's owner (two outlets). «علقت» and «أوقفت» share the lexicon's sense
// «suspend» and every sentence names the warehouse and the town: only the two verbs and their two actors, on two days,
// tell the events apart.
const art = datedArticle;

const sources = [
  art('madina', '2026-04-06', [
    'اندلع مساء اليوم الاثنين حريق كبير في مستودع للأخشاب بالمنطقة الصناعية في مدينة الزرقاء، وامتدت النيران إلى مستودعين مجاورين.',
    'وقال شهود إن أعمدة الدخان شوهدت من أحياء بعيدة.',
  ]),
  art('nahar', '2026-04-07', [
    'علقت بلدية الزرقاء اليوم الثلاثاء العمل في المنطقة الصناعية حول المستودع المحترق إلى حين انتهاء الكشف الهندسي.',
    'وقالت البلدية إن فرقها ستفحص سلامة المباني المجاورة.',
  ]),
  art('sabah', '2026-04-08', [
    'علقت بلدية الزرقاء يوم الثلاثاء العمل في محيط المستودع المحترق بالمنطقة الصناعية، بحسب بيان لها.',
    'وطالبت البلدية أصحاب المستودعات بتركيب أنظمة إطفاء.',
  ]),
  art('rai', '2026-04-09', [
    'أوقفت الشرطة أمس الأربعاء صاحب المستودع المحترق في المنطقة الصناعية بالزرقاء، وأحالته إلى المدعي العام.',
    'وأفاد مصدر بأن المستودع كان يعمل دون رخصة دفاع مدني.',
  ]),
  art('ghad', '2026-04-08', [
    'أوقف رجال الشرطة اليوم الأربعاء صاحب المستودع الذي احترق في المنطقة الصناعية بمدينة الزرقاء.',
    'ولم تعلن الشرطة التهم الموجهة إليه.',
  ]),
];

describe('two actions by two actors on two days are two events (issue 14)', () => {
  const points = summarise(sources, { now: '2026-04-09' });

  it('keeps the suspension of work apart from the owner’s arrest a day later', () => {
    expectNoPointCitingBoth(points, 'علقت بلدية', 'أوقفت الشرطة');
    expectNoPointCitingBoth(points, 'علقت بلدية', 'أوقف رجال الشرطة');
  });

  it('still joins each act told by two outlets', () => {
    expectOnePointCiting(points, 'أوقفت الشرطة', ['ghad', 'rai']);
    expectOnePointCiting(points, 'علقت بلدية الزرقاء اليوم', ['nahar', 'sabah']);
  });

  it('asks no day of the suspension against the arrest’s', () => {
    const events = points.map((p) => p.sources);
    const questions = findOpenQuestions(sources, { now: '2026-04-09', events }).filter((q) => q.kind === 'contradiction');
    expect(questions.map((q) => q.text).join(' ')).not.toMatch(/الثلاثاء.*الأربعاء|الأربعاء.*الثلاثاء/u);
  });
});

describe('actionsApart', () => {
  const lead = (s: string): ReturnType<typeof openingAct> => openingAct(tokenise(s));

  it('reads two roots and two subjects, a time of day between verb and subject skipped', () => {
    expect(lead('شيع مساء الخميس مئات من أهالي القرية ضحايا الحريق.')?.subject).toBe(lead('شيع مئات من الناس')?.subject);
    expect(actionsApart(lead('أنهت فرق الدفاع المدني صباح الأربعاء عمليات البحث في موقع الحريق.'), lead('شيع مساء الخميس مئات من أهالي القرية ضحايا الحريق.'))).toBe(true);
  });

  it('finds one act where either names the other’s verb or actor, or both open on one root', () => {
    // The crane in both: one raising told from two sides.
    expect(actionsApart(lead('انتشلت فرق الإنقاذ هيكل القارب صباح الجمعة بمساعدة رافعتين.'), lead('رفعت رافعة الميناء هيكل القارب يوم السبت.'))).toBe(false);
    // The collapse in both, once as a verb after «و».
    expect(actionsApart(lead('انهار مساء الاثنين سقف المدرسة على التلاميذ.'), lead('حاصرت الأنقاض التلاميذ بعد أن تشقق السقف وانهار عليهم.'))).toBe(false);
    // «أنهت» and «انتهت»: one root, two forms.
    expect(actionsApart(lead('أنهت فرق الدفاع المدني عمليات البحث.'), lead('انتهت أمس عمليات البحث في الموقع.'))).toBe(false);
    // The fund in both, after a preposition: «لصندوق».
    expect(actionsApart(lead('وافق المجلس التنفيذي لصندوق النقد على القرض.'), lead('أقر صندوق النقد القرض يوم الثلاثاء.'))).toBe(false);
  });
});
