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
// point with both sources).
describe('selection I (written without reading the rules; studied since events12)', () => {
  it('scores 51 of 55 after events12 (44 at 302ad0a)', () => {
    const checks = scoreBrief(assembleBrief(selectionI.articles, { now: selectionI.now }), selectionI.spec);
    expect(checks).toHaveLength(55);
    expect(checks.filter((c) => c.pass)).toHaveLength(51);
    expect(checks.filter((c) => !c.pass).map((c) => c.name)).toEqual([
      // «وقع … أمس الجمعة اتفاقا ينهي الإضراب» (24) against «قد وقعتا اتفاق إنهاء الإضراب السبت 25 أفريل»: one sense
      // now («وقع» before its object), but three stems shared besides it where a day's difference asks four — the verb
      // and its verbal noun («ينهي» / «إنهاء») are two stems, «العامة» folds into the stopword «عام».
      'the agreement: one point',
      'the agreement: cites all its sources',
      'the agreement: copies counted once',
      // Asked only of reports grouped into one event, and a relative day («أمس الجمعة») is never compared.
      'date contradiction khadra / diffatain raised',
    ]);
  });
});
