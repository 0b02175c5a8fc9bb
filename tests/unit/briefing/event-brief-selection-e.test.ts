import { describe, expect, it } from 'vitest';
import { assembleBrief } from '../../../main/briefing/assemble.ts';
import { selectionE } from '../../fixtures/events/selection-e.ts';
import { scoreBrief } from '../../fixtures/events/spec.ts';

// Selection E (a river ferry lost in the Shatt al-Arab at Basra) was written without reading the event rules or the
// analysis code, after A–D, and scored with the same scorer against the rules of 2f2f75b: 26 of 43 checks. All 43
// checks, the 13 timeline dates among them, were written and committed (0156900) before the first run; none was
// changed after it, and no fixture error was found. This test pins the score (a change to the rules shows here, for
// better or worse) and names what it misses. The selection is untouched: anyone tuning on its misses should say so
// here. After events5 (event senses, back-references, tolls in generic nouns, ordinals against «للمرة الأولى», written
// before this selection was merged and without reading it): 27 of 43 — the toll told in other words is now compared.
//
// Wrong in the brief but not scored: the sinking's 4 October entry is worded from the copy that has a dateline
// («البصرة (دجلة) - …»), and the wire's and al-Minaa's entries of that day stay apart; the council's decision is
// split into two entries, «قرر مجلس … ظهر الخميس» on 8 October and «صرف تعويضات … لسنة 2009» on 2009, and
// al-Sahil's back-reference to it («وكان مجلس المحافظة قد أقر يوم الخميس …») stays a third entry of the same day;
// al-Mirbad's «رابع حادث غرق … خلال العام الجاري» stands as a summary point and as a timeline entry for 2026; the
// background check passes only because the boat lost in 2011 is in no point.
describe('selection E (written without reading the rules)', () => {
  it('scores 27 of 43 after events5 (26 at 2f2f75b)', () => {
    const checks = scoreBrief(assembleBrief(selectionE.articles, { now: selectionE.now }), selectionE.spec);
    expect(checks).toHaveLength(43);
    expect(checks.filter((c) => c.pass)).toHaveLength(27);
    expect(checks.filter((c) => !c.pass).map((c) => c.name)).toEqual([
      // «غرقت عبارة … قرب ناحية التنومة» (the wire, and al-Ufuq's back-reference) and «انقلب زورق … قرب قضاء أبو
      // الخصيب» (al-Minaa), same evening, stay two points.
      'the sinking: one point',
      'the sinking: cites all its sources',
      'the sinking: copies counted once',
      // Told in parts: the judge's order (no day, no place) and the arrest in al-Faw (no name) join no point; only
      // the arrest reaches the timeline, and the summary keeps al-Mirbad's ordinal sentence instead.
      'the arrest: one point',
      'the arrest: cites all its sources',
      'the arrest: copies counted once',
      // «انتشلت … هيكل العبارة» (al-Sahil, Friday 9) and «رفعت رافعة … هيكل العبارة» (al-Ufuq, Saturday 10) stay
      // apart: the point cites al-Sahil alone.
      'the hull raised: cites all its sources',
      'the hull raised: copies counted once',
      // «12 زورقا» / «20 زورقا»: two points of their own, not compared.
      'contradiction «12» / «20» raised',
      // «الحادثة الثالثة من نوعها» / «رابع حادث غرق»: not compared (al-Janub's gets an «unverified» question).
      'contradiction «الثالثة» / «رابع» raised',
      // One sinking placed near two towns: the two points are not set against each other.
      'contradiction «التنومة» / «أبو الخصيب» raised',
      // «ليست هناك أرقام رسمية عن» raises nothing («لا يزال مصير … مجهولا» does).
      'unknown «أرقام رسمية» raised',
      // Both raising dates resolve (9 and 10 October), but the two sources share no point and are not compared.
      'date contradiction sahil / ufuq raised',
      // The denial gets a question of its own saying no selected source states the claim, although al-Janub states
      // it in other words (60 passengers on a ferry licensed for 25).
      'denial in nahr set against janub',
      // The law's year is taken as the date of the clause that names it.
      'sumer «لسنة 2009» on the timeline as 2026-10-08',
      // The background boat of «صيف 2011» has no timeline entry.
      'dijla «صيف 2011» on the timeline as 2011',
    ]);
  });
});
