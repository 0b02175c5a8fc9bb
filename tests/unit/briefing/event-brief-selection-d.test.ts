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
//
// Branch events5 (misses described in general terms, then D studied; a new selection E measures the rules): event
// senses in grouping (one development told with «أعلنت» / «أقرت», «انطلقت» / «بدأت», its sentences joined though
// they share few words, and a day's disagreement kept inside the event): 36 — the declaration, the first cases and
// the campaign are one point each with all their sources, and the campaign's two launch days are compared. Off-topic
// evidence counted without names, titles and time words (an article sharing the country, a port, «العام» and
// «المدير» shares no topic): 39. A toll counted in generic nouns takes its kind from its sentence («عدد الوفيات
// ارتفع إلى 23 حالة» and «أودى بحياة 31 شخصا» count the dead, «عدد الحالات المشتبه بها 612 حالة» cases): 40, and
// the wire's deaths are no longer set against its own suspected cases. «للمرة الأولى» compared with an ordered noun
// («الحملة الثانية») in another source of the same event: 41. Two words between a verb of availability and what is
// lacking («لا تتوفر حتى الآن معلومات عن»): 42. A bare weekday after a place phrase that follows a perfect verb
// («وصلت إلى كسلا الاثنين،»): 43.
//
// Branch events8 (G studied; misses described as classes): a claim that shares three words of what is denied, two
// of them side by side in both («محطة مياه الختمية»), is the denied claim: 44 — al-Sawt's denial is set against
// al-Taka.
describe('selection D (written without reading the rules; studied since events5)', () => {
  it('scores 44 of 47 after events8 and again since its event entry cites what disputes a count (43 after mendW alone, 43 after events5, 26 after events4, 25 at 8fc3d5c)', () => {
    const checks = scoreBrief(assembleBrief(selectionD.articles, { now: selectionD.now }), selectionD.spec);
    expect(checks).toHaveLength(47);
    expect(checks.filter((c) => c.pass)).toHaveLength(44);
    expect(checks.filter((c) => !c.pass).map((c) => c.name)).toEqual([
      // Told in parts: the governor's decision (no day, no town) joins neither the point nor the timeline.
      'the schools closed: cites all its sources',
      'the schools closed: copies counted once',
      // The denial gets a question of its own, saying no selected source states the claim, although al-Wadi
      // (patients turned away) states it in other words, sharing one word with it («العزل»).
      'denial in marsad set against wadi',
    ]);
  });
});
