import { describe, expect, it } from 'vitest';
import { assembleBrief } from '../../../main/briefing/assemble.ts';
import { selectionJ } from '../../fixtures/events/selection-j.ts';
import { scoreBrief } from '../../fixtures/events/spec.ts';

// Selection J (floods in Wadi Hadramawt) was written without reading the event rules or the analysis code, after A–I,
// and measured six times untouched: 45 of 55 with the rules, 44 with the shipped pair scorer. Branch events14 read its
// misses as classes of Arabic news text, each mended by a general rule with unit tests of our own sentences: being
// known negated before what is unknown («ليس معروفا بعد متى …») and «لا يزال» with a hidden state in the accusative
// after a long subject («لا يزال مصير … مجهولا»): 47; a «سـ» word inside a past verb's phrase read as a noun, not a
// future verb («قد هبطت في مطار سيئون يوم الثلاثاء»: the Tuesday before, not after; the flood's yearless day in its
// year): 51, the relief plane one point of its three independent sources; households counted as one thing under
// «أسرة» and «عائلة», and a background figure never the story's count: 52; a claim negated with its own verb set
// against the source that asserts it («انهار الحاجز …» / «أن الحاجز … لم ينهر»): 53. Branch events14b joined the two
// counts of the displaced: a form-I active participle with a nominal ending shares its verb's key («أسرة نازحة» /
// «نزحت … عائلة», text/arabic/verbal-root.ts), and a figure anchors its event by the sense of the noun it counts, as the
// questions compare counts (households under «أسرة» and «عائلة»): 55, with the shipped pair scorer too. Branch mendC
// (rev25 finding 1) cites and counts only the sentences that carry a point's claim: «2300 أسرة نازحة» is another count
// of the households «نزحت نحو 1600 عائلة» counts, sharing one word of it («الوادي»), no confirmation of it; the spec
// asks for it as a source, so those two checks now fail rightly: 53. This pins the score (a change to the rules shows
// here, for better or worse).
describe('selection J (written without reading the rules; studied since events14)', () => {
  it('scores 53 of 55 after mendC (55 after events14b, 45 untouched)', () => {
    const checks = scoreBrief(assembleBrief(selectionJ.articles, { now: selectionJ.now }), selectionJ.spec);
    expect(checks).toHaveLength(55);
    expect(checks.filter((c) => !c.pass).map((c) => c.name)).toEqual(['the displaced counted: cites all its sources', 'the displaced counted: copies counted once']);
  });
});
