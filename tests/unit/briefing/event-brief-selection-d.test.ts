import { describe, expect, it } from 'vitest';
import { assembleBrief } from '../../../main/briefing/assemble.ts';
import { selectionD } from '../../fixtures/events/selection-d.ts';
import { scoreBrief } from '../../fixtures/events/spec.ts';

// Selection D (a cholera outbreak in Kassala) was written without reading the event rules or the analysis code,
// after A, B and C, and scored with the same scorer against 8fc3d5c: 25 of 47 checks. All 47 checks, the 16
// timeline dates among them, were written and committed (43174a7) before the first run; none was changed after
// it, and no fixture error was found. This test pins the score (a change to the rules shows here, for better or
// worse) and names what it misses. The selection is untouched: anyone tuning on its misses should say so here.
//
// Wrong in the brief but not scored: two `contradiction` questions set the wire's 23 deaths against its own 612
// suspected cases (both counted in «حالة»), within the wire and its copies, once each way round; both denial
// questions quote a clipped span as the denied claim («في بيان صدر صباح السبت، أن تكون …», «لوزارة الصحة
// بالولاية الطاهر …»); the off-topic article stands as a summary point and as two timeline entries («العام
// الماضي» as 2025); entries of one day that tell one event stay apart (the first cases on 3 August, the
// declaration on the 14th, the campaign on the 18th); the 14 August entry is worded from the copy that has a
// dateline («كسلا (النيل) - …»); the background check passes only because the 2017 outbreak is in no point.
//
// Measured once more after the events4 rules were merged (written without opening this selection): 26 of 47 — the
// honest untouched figure for those rules. The one gain is «لم تعلن … حتى الآن» raised as an unknown (the
// negated-disclosure grammar); nothing else moved.
describe('selection D (written without reading the rules)', () => {
  it('scores 26 of 47 after events4 (25 at 8fc3d5c)', () => {
    const checks = scoreBrief(assembleBrief(selectionD.articles, { now: selectionD.now }), selectionD.spec);
    expect(checks).toHaveLength(47);
    expect(checks.filter((c) => c.pass)).toHaveLength(26);
    expect(checks.filter((c) => !c.pass).map((c) => c.name)).toEqual([
      // The first cases (the wire's «3 أغسطس 2026», al-Khabar's «3 أغسطس») are on the timeline but in no point,
      // while the summary keeps a point for the off-topic article.
      'the first cases: one point',
      'the first cases: cites all its sources',
      'the first cases: copies counted once',
      // «أعلنت وزارة الصحة … تفشي وباء الكوليرا» and «أقرت السلطات الصحية … بتفشي الكوليرا», same day, stay two
      // points.
      'the outbreak declared: one point',
      'the outbreak declared: cites all its sources',
      'the outbreak declared: copies counted once',
      // Told in parts: the governor's decision (no day, no town) joins neither the point nor the timeline.
      'the schools closed: cites all its sources',
      'the schools closed: copies counted once',
      // Al-Madain's and al-Khabar's launches join in spite of their dates; the back-reference «وكانت الحملة قد
      // انطلقت يوم الثلاثاء الماضي» (no vaccine word in the sentence) stands as a point of its own.
      'the vaccination campaign: one point',
      'the vaccination campaign: cites all its sources',
      'the vaccination campaign: copies counted once',
      // An off-topic article that shares the country and a port name with the story is not flagged.
      'off-topic dahab: flagged',
      'off-topic dahab: not in summary or timeline',
      'off-topic dahab: a question names it',
      // «عدد الوفيات ارتفع إلى 23 حالة» / «أودى بحياة 31 شخصا»: the toll told in other words is not compared.
      'contradiction «23» / «31» raised',
      // «الحملة الثانية من نوعها» / «للمرة الأولى»: not compared.
      'contradiction «الثانية» / «الأولى» raised',
      // «لا تتوفر حتى الآن معلومات عن» raises nothing («لا يعرف على وجه الدقة» and, since events4, «لم تعلن …
      // حتى الآن» do).
      'unknown «القرى الحدودية» raised',
      // Both launch dates resolve (18 and 19 August) and the two sources share a point, but they are not compared.
      'date contradiction madain / khabar raised',
      // Each denial gets a question of its own, saying no selected source states the claim, although al-Taka
      // (the water station) and al-Wadi (patients turned away) state it in other words.
      'denial in sawt set against taka',
      'denial in marsad set against wadi',
      // «وكان مسؤول … قد أفاد بأن 24 شاحنة … وصلت إلى كسلا الاثنين» (a weekday after a place name, in a
      // reported past) has no timeline entry.
      'madain «كسلا الاثنين» on the timeline as 2026-08-17',
    ]);
  });
});
