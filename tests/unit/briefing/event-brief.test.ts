import { describe, expect, it } from 'vitest';
import { assembleBrief } from '../../../main/briefing/assemble.ts';
import { Brief } from '../../../main/model/brief.ts';
import { selectionA } from '../../fixtures/events/selection-a.ts';
import { scoreBrief } from '../../fixtures/events/spec.ts';

const brief = assembleBrief(selectionA.articles, { now: selectionA.now });
const checks = scoreBrief(brief, selectionA.spec);
const check = (name: string): boolean | undefined => checks.find((c) => c.name === name)?.pass;

describe('selection A: a brief of events (issue 14)', () => {
  it('gives one point per event citing all its sources, copies counted once', () => {
    for (const name of ['the visit', 'the crossing agreement']) {
      expect(check(`${name}: one point`), name).toBe(true);
      expect(check(`${name}: cites all its sources`), name).toBe(true);
      expect(check(`${name}: copies counted once`), name).toBe(true);
    }
    const visit = brief.summary.find((p) => p.text.includes('الخطيب') && p.text.includes('الزيارة'));
    // Al-Fajr's copy of the wire story is cited, but not counted as a fourth source.
    expect(visit?.sources.map((s) => s.sourceId).sort()).toEqual(['fajr', 'mashriq', 'rafidain', 'sahil']);
    expect(visit?.independentSources).toBe(3);
    expect(visit?.event?.date).toBe('2026-03-09');
    expect(visit?.event?.actors.length).toBeGreaterThan(0);
  });

  it('counts a wire story and its copy once on the timeline too, the visit\'s entry citing every source its point cites', () => {
    const arrival = brief.timeline.find((e) => e.date === '2026-03-09');
    expect(arrival?.sources.map((s) => s.sourceId).sort()).toEqual(['fajr', 'mashriq', 'rafidain', 'sahil']);
    // Four sources, three independent: the wire (rafidain) and its copy (fajr) are one, as on the point.
    expect(arrival?.independentSources).toBe(3);
    expect(brief.summary.find((p) => p.event?.date === '2026-03-09')?.independentSources).toBe(3);
  });

  it('raises the ordinal disagreement once per side, and what the article says is unknown', () => {
    expect(check('contradiction «الثانية» / «الثالثة» raised')).toBe(true);
    const ordinal = brief.openQuestions.find((q) => q.kind === 'contradiction' && q.text.includes('الثالثة'));
    // The wire and its copy stand on one side: «الثانية» is said once, by both.
    expect(ordinal?.text.match(/الثانية/g)).toHaveLength(1);
    // No date contradiction from a year the tagger only inferred («الأول من نيسان» / «نيسان المقبل»): the ordinals
    // and the trucks only.
    expect(brief.openQuestions.filter((q) => q.kind === 'contradiction')).toHaveLength(2);
    expect(check('unknown «حركة المسافرين» raised')).toBe(true);
  });

  it('flags the off-topic article and keeps it out of summary and timeline', () => {
    expect(brief.offTopicSources).toEqual(['sport']);
    expect(check('off-topic sport: not in summary or timeline')).toBe(true);
    expect(check('off-topic sport: a question names it')).toBe(true);
  });

  it('keeps the off-topic article out of the actors until it is included', () => {
    const fromSport = (b: typeof brief) => b.actors.filter((a) => a.sources.some((c) => c.sourceId === 'sport'));
    expect(fromSport(brief)).toEqual([]);
    const kept = assembleBrief(selectionA.articles, { now: selectionA.now, included: ['sport'] });
    expect(fromSport(kept).length).toBeGreaterThan(0);
  });

  it('assembles an off-topic article the analyst includes with the rest, and asks no question about it', () => {
    const kept = assembleBrief(selectionA.articles, { now: selectionA.now, included: ['sport', 'not-selected'] });
    expect(kept.offTopicSources).toBeUndefined();
    expect(kept.includedSources).toEqual(['sport']);
    expect(kept.openQuestions.some((q) => q.kind === 'metadata' && q.evidence.some((e) => e.sourceId === 'sport'))).toBe(false);
    // Its sentences may now make the summary or the timeline: the football result is dated, so it is an entry.
    expect(kept.timeline.some((e) => e.sources.some((s) => s.sourceId === 'sport'))).toBe(true);
    expect(brief.includedSources).toBeUndefined();
  });

  it('puts background last, never a headline, and few metadata questions', () => {
    expect(check('background «2015» after the news')).toBe(true);
    expect(check('no point is a headline')).toBe(true);
    expect(check('metadata questions at most a fifth')).toBe(true);
    expect(check('5–10 points, or as many as the material has')).toBe(true);
  });

  // «300 شاحنة يوميا» / «500 شاحنة في اليوم»: no event family for trucks crossing and little shared context, but
  // the summary put both sentences in one event, so they count one thing.
  it('raises the disagreement on the number of trucks, the wire and its copy on one side', () => {
    expect(check('contradiction «300» / «500» raised')).toBe(true);
    const trucks = brief.openQuestions.find((q) => q.kind === 'contradiction' && q.text.includes('500'));
    expect(trucks?.text.match(/300/g)).toHaveLength(1);
  });

  it('is a valid Brief, and every check above is all the scorer checks', () => {
    expect(Brief.parse(JSON.parse(JSON.stringify(brief)))).toEqual(brief);
    expect(checks.filter((c) => !c.pass).map((c) => c.name)).toEqual([]);
  });
});
