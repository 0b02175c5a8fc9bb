import { describe, expect, it } from 'vitest';
import { assembleBrief } from '../../../main/briefing/assemble.ts';
import { selectionB } from '../../fixtures/events/selection-b.ts';
import { scoreBrief } from '../../fixtures/events/spec.ts';

// Selection B was written after the rules were frozen (1bf971b) and scored once, unchanged: 9 of 17 checks
// (686874a). One cue was widened after that, having seen B's miss («لم تكشف السلطات بعد عن …»): 10 of 17 since,
// so B is no longer untouched for that check. This pins the score (a change to the rules shows here, for better
// or worse) and names what it misses.
describe('selection B (written after the rules were frozen)', () => {
  it('scores 10 of 17 (9 of 17 when first scored)', () => {
    const checks = scoreBrief(assembleBrief(selectionB.articles, { now: selectionB.now }), selectionB.spec);
    expect(checks).toHaveLength(17);
    expect(checks.filter((c) => !c.pass).map((c) => c.name)).toEqual([
      // The wire's lead and its copy join the local outlet's report, but the TV channel's lead tells the field
      // hospital and the quake in one sentence and joins neither event.
      'the earthquake: one point',
      'the earthquake: cites all its sources',
      'the earthquake: copies counted once',
      'the field hospital: one point',
      'the field hospital: cites all its sources',
      'the field hospital: copies counted once',
      // «مقتل 12 شخصا» / «15 قتيلا»: numeric-contradictions keys «شخص» and «قتيل» apart.
      'contradiction «12» / «15» raised',
    ]);
  });
});
