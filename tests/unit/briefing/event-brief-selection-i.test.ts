import { describe, expect, it } from 'vitest';
import { assembleBrief } from '../../../main/briefing/assemble.ts';
import { selectionI } from '../../fixtures/events/selection-i.ts';
import { scoreBrief } from '../../fixtures/events/spec.ts';

// Selection I (a dockers' strike at Radès) was written without reading the event rules or the analysis code, after
// A–H, and scored with the same scorer: 44 of 55 checks on the rules of 302ad0a, measured three times untouched. This
// test pins the score (a change to the rules shows here, for better or worse) and names what it misses.
//
// Branch events12 (I studied; misses read as classes of Arabic news text, each mended by a general rule with unit
// tests of our own sentences): a place half the selection's articles name is the story's setting, an anchor only on
// the same day: 47 (the ships offshore a point of their own, the strike three independent sources). A noun made
// definite by a possessive pronoun takes an ordinal, and «بذلك» before an ordinal tallies the story's event: 48
// («شلله الثاني» / «للمرة الثالثة»). A predicate of falsity denies what stands before it, and a short denied phrase
// finds its claim: 49. A root «و» is no conjunction in the grouping's stems («وزارة» / «الوزارة»): 51 (the talks one
// point with both sources). Branch events13: a verb and its verbal noun one term in grouping («وقع اتفاقا ينهي» /
// «وقعتا اتفاق إنهاء»), and a relative day its weekday confirms compared across one event's sources («أمس الجمعة» /
// «السبت 25 أفريل»): 55.
describe('selection I (written without reading the rules; studied since events12)', () => {
  it('scores 55 of 55 after events13 (51 after events12, 44 at 302ad0a)', () => {
    const checks = scoreBrief(assembleBrief(selectionI.articles, { now: selectionI.now }), selectionI.spec);
    expect(checks).toHaveLength(55);
    expect(checks.filter((c) => c.pass)).toHaveLength(55);
    expect(checks.filter((c) => !c.pass).map((c) => c.name)).toEqual([]);
  });
});
