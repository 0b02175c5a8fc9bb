import { describe, expect, it } from 'vitest';
import { assembleBrief } from '../../../main/briefing/assemble.ts';
import { selectionC } from '../../fixtures/events/selection-c.ts';
import { scoreBrief } from '../../fixtures/events/spec.ts';

// Selection C (a dock strike at Radès) was written without reading the event rules, after A and B, and scored
// with the same scorer against 5458b83: 35 of 45 checks. Of these, the 29 checks written before the first run
// scored 23. The 16 timeline-date checks were added after the first run, having seen a wrongly dated entry.
// They cover every dated sentence of the story, not only the ones that failed, and 12 of them pass. One fixture
// error was fixed after the first run, with the same result: the injured counts were «21 شخصا» / «25 جريحا،
// بينهم أربعة أعوان أمن», which reconcile (21 + 4), so they are now 38 / 22. This test pins the score (a
// change to the rules shows here, for better or worse) and names what it misses. Measured once more after the
// events3 rules were merged (written without opening this selection): 36 of 45 — the «38» / «22» casualty
// counts of one event are now compared; that is the untouched figure for those rules. Then once more after the
// dates4 and model4 branches (written without opening it, from misses described to them in general terms, so
// no longer a blind figure): 40 of 45 — the four timeline dates right, and al-Watan's account now joins the round
// of talks; but that point still also cites al-Sahel (see below), so it counts three independent sources, not two.
// Branch events4 (misses described in general terms, selection C a regression check): unknown cues from a grammar
// of negated disclosure verbs («لم يفصح … عن»): 41; ships counted in synonymous nouns by two sources of one event
// («34 سفينة» / «41 باخرة», each source's one count of ships): 42; the days two sentences of one event put it on
// compared once both resolve (15 / 16 October): 43; what a denial denies starts at its complementizer, past the
// denier and the time («نفى الناطق …، مساء الثلاثاء، أن تكون …»), so al-Sahel's tear gas is its claim: 44.
// Branch events20: only the sources that report an event count as its witnesses (event-witnesses.ts), so al-Sahel's
// third sentence blaming the ministry for stalled talks, still cited by the round of talks, no longer counts: 45.
//
// Wrong in the brief but not scored: the round-of-talks point cites al-Sahel, whose sentence only blames the
// ministry for stalled talks; a `contradiction` question says 15 October is a Friday (it is, in 2027, the year
// the entry was wrongly given); the merged 12 October timeline entry is worded from the copy that has a
// dateline («تونس (قرطاج للأنباء) - …»); the ship counts of the wire and of Sada stand as two summary points (their
// disagreement is now asked).
describe('selection C (written without reading the rules)', () => {
  it('scores 45 of 45 (35 at 5458b83, 36 after events3, 40 after dates4, 44 after events4)', () => {
    const checks = scoreBrief(assembleBrief(selectionC.articles, { now: selectionC.now }), selectionC.spec);
    expect(checks).toHaveLength(45);
    expect(checks.filter((c) => !c.pass).map((c) => c.name)).toEqual([]);
  });
});
