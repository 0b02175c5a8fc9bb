import { describe, expect, it } from 'vitest';
import { assembleBrief } from '../../../main/briefing/assemble.ts';
import { selectionF } from '../../fixtures/events/selection-f.ts';
import { scoreBrief } from '../../fixtures/events/spec.ts';

// Selection F (a forest fire in Béjaïa, north-eastern Algeria) was written without reading the event rules or the
// analysis code, after A–E, and scored with the same scorer against the rules of 0d28961 (run at 922bf34, which changes
// no rule): 26 of 46 checks. All 46 checks, the 16 timeline dates among them, were written and committed (922bf34)
// before the first run; none was changed after it, and no fixture error was found. This test pins the score (a change
// to the rules shows here, for better or worse) and names what it misses. The selection is untouched: anyone tuning on
// its misses should say so here. After events6 (one verb lexicon, same-day joining across wording and place, document
// years and seasons in the date layer; written before this selection existed and never run on it before merging):
// 27 of 46 — the season «خريف 2024» now dates its entry; nothing else moved.
//
// Branch events7 studies F (its misses described by class in the brief; F is no longer untouched, selection G measures
// the rules): a year after a participle or relative verb of issue belongs to its document («المرسوم … الصادر عام
// 2021»), and a bare weekday after a gathering's noun dates it («في اجتماعه الثلاثاء»): 32 — the decision is dated
// on Tuesday 11, joins the back-reference to it, and is a point citing both. What is not settled is not known: a
// negated verb of settling or completing («لم تُحسم بعد …») and «لا يزال / ما زال» with a predicate of what is still
// open («قيد …», «غير محسوم», «معلقا») are unknown cues: 33. Reports of one event in other words meet on its anchors:
// days at most one apart, a figure, a counted noun or a precise place both name, and two stems of weight in common
// (events.ts); a municipality («بلدية أدكار») and a named forest («غابة أكفادو») are precise places, and a place named
// before another in one sentence lies within it for the whole selection («غابة أكفادو بولاية بجاية»), so a report
// naming only the forest does not clash with one naming a municipality of that province: 44 — the outbreak (wire,
// radio, back-reference: three), the evacuation («1200 عائلة» / «800 عائلة», now asked) and the arrests (5 / 6
// August, now asked) are one point each with all their sources, and the two places of the outbreak are asked. An
// ordinal after a definite adjective of its noun («الحريق الكبير الخامس») orders that noun, the adjective counted as
// context («سادس حريق كبير»): 45. A denial still without a claim of another source is looked for in the sources of an
// event whose report names the denier (two words of few sentences: a name, not a title), in their sentences other
// than that report, with a lower bar of coverage; the copula («تكون») is no claim term: 46 — the governor's denial is
// set against the villagers' account in al-Soummam.
//
// Wrong in the brief but not scored (at events6): the outbreak's 2 August entry is worded from the copy that has a
// dateline («بجاية (نوميديا) - …»), and the wire's and the regional radio's entries of that day stay apart (al-Maghrib
// al-Awsat's back-reference joins the radio's); the summary keeps the wire's road closure as the wire's point, not
// the outbreak; the outbreak passes «one point» only because the wire's sentence is in no point.
//
// Wrong in the brief but not scored (at events7): the timeline groups by its own rules, so the outbreak (the wire /
// the radio) and the evacuation (al-Soummam / al-Awras) are still two entries each on their days, and the arrests two
// entries (5 and 6 August); the «not settled» unknown is asked as «لم يُعرف بعد»; «وتنفيه موقع بجاية 24» (the
// question's verb takes the outlet's feminine). The road closure, a detail of the wire, is no longer a point.
describe('selection F (written without reading the rules; studied since events7)', () => {
  it('scores 46 of 46 after events7 (27 after events6, 26 at 0d28961)', () => {
    const checks = scoreBrief(assembleBrief(selectionF.articles, { now: selectionF.now }), selectionF.spec);
    expect(checks).toHaveLength(46);
    expect(checks.filter((c) => c.pass)).toHaveLength(46);
    expect(checks.filter((c) => !c.pass).map((c) => c.name)).toEqual([]);
  });
});
