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
//
// Branch events6 (E studied as material, the honest figure is a selection F written apart): reports that name one
// day and share stems weighing a fifth of the shorter one's by inverse document frequency over the selection join,
// unless their places share nothing; a joined event placed in two towns asks where («أين وقع الحادث»): 30 of 43 —
// the sinking is one point with al-Minaa, and the two towns are asked. Existence denied before an information noun
// («ليست هناك أرقام رسمية عن», the disclosure grammar): 31. A year after a document noun and a genitive «لسنة» names
// the document, not the clause's date; a season of a year is a range of its months (text/dates): 33. Lost on the way: the hull raised, a
// single-source point, now falls under MMR's relevance floor (the sinking's three sources lift the top score).
//
// Branch events8 (G studied; misses described as classes): a two-word phrase few sentences hold anchors reports a day
// apart («هيكل العبارة»): 37 — the hull raised is one point with both sources and its two days are asked. Two sources
// that each rank their own story's event need one shared context word: 38 («الثالثة» / «رابع»). The story's one count
// of a thing compared across sources published within two days: 39 («12 زورقا» / «20 زورقا»). A claim sharing three
// words of what is denied, two side by side: 40 (al-Janub's headline «العبارة حملت ضعف طاقتها»).
//
// Branch events13 (mechanisms named by the last stop, built on A–I): a verb and its verbal noun one term in grouping
// («ألقت … القبض» / «بإلقاء القبض»): 43 — the arrest one point with both sources.
describe('selection E (written without reading the rules)', () => {
  it('scores 43 of 43 after events13 (40 after events8, 33 after events6, 27 after events5, 26 at 2f2f75b)', () => {
    const checks = scoreBrief(assembleBrief(selectionE.articles, { now: selectionE.now }), selectionE.spec);
    expect(checks).toHaveLength(43);
    expect(checks.filter((c) => c.pass)).toHaveLength(43);
    expect(checks.filter((c) => !c.pass).map((c) => c.name)).toEqual([]);
  });
});
