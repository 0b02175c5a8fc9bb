import { describe, expect, it } from 'vitest';
import { assembleBrief } from '../../../main/briefing/assemble.ts';
import { selectionB } from '../../fixtures/events/selection-b.ts';
import { scoreBrief } from '../../fixtures/events/spec.ts';

// Selection B was written after the rules were frozen (1bf971b) and scored once, unchanged: 9 of 17 checks
// (686874a). One cue was widened after that, having seen B's miss («لم تكشف السلطات بعد عن …»): 10 of 17 since,
// so B is no longer untouched for that check. Issue 14's third round (branch events3) then changed the mechanisms
// B's misses pointed at (tolls compared across the sources of one event; a
// sentence that tells a second event in a relative clause, «غداة الزلزال الذي هز …», split in two): B is no longer untouched at all, and
// its score here is a regression check, not a measure on unseen text. Both mechanisms were tuned on selection A and
// fixtures of their own (tests/unit/analysis/summary/event-clauses.test.ts, open-questions.test.ts), then B re-run. This pins the score (a change to the rules
// shows here, for better or worse) and names what it misses.
describe('selection B (written after the rules were frozen; no longer untouched)', () => {
  it('scores 17 of 17 after events13 (9 of 17 when first scored, 10 after the cue was widened, 14 after events3)', () => {
    const checks = scoreBrief(assembleBrief(selectionB.articles, { now: selectionB.now }), selectionB.spec);
    expect(checks).toHaveLength(17);
    // The field hospital was two points while «نصب» and «ونصبت» stemmed apart: a verb's forms and its verbal noun are
    // one term in grouping since events13 (text/arabic/verbal-root.ts), and the hospital is one point of its sources.
    expect(checks.filter((c) => !c.pass).map((c) => c.name)).toEqual([]);
  });
});
