import { describe, expect, it } from 'vitest';
import { assembleBrief } from '../../../main/briefing/assemble.ts';
import { selectionB } from '../../fixtures/events/selection-b.ts';
import { scoreBrief } from '../../fixtures/events/spec.ts';

// Selection B was written after the rules were frozen and scored once, unchanged: 9 of 17 checks. This pins
// that score (a change to the rules shows here, for better or worse) and names what it misses; it is not tuned on.
describe('selection B (written after the rules were frozen)', () => {
  it('scores as first measured: 9 of 17', () => {
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
      // «لم تكشف السلطات بعد عن …»: the cue wants «لم تكشف عن» without a subject between.
      'unknown «عدد المنازل» raised',
    ]);
  });
});
