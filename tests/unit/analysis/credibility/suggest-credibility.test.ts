import { describe, expect, it } from 'vitest';
import { assembleBrief } from '../../../../main/briefing/assemble.ts';
import { questionEvidence, suggestCredibility, withCredibility } from '../../../../main/analysis/credibility/suggest-credibility.ts';
import type { OpenQuestion, SummaryPoint } from '../../../../main/model/brief.ts';
import { selectionA } from '../../../fixtures/events/selection-a.ts';

const cite = (sourceId: string, quote: string) => ({ sourceId, quote });
const point = (text: string, sources: { sourceId: string; quote: string }[], independentSources?: number) => ({ text, sources, ...(independentSources ? { independentSources } : {}) });
const question = (kind: OpenQuestion['kind'], evidence: { sourceId: string; quote: string }[], deniedClaim?: { sourceId: string; quote: string }): OpenQuestion => ({
  id: `q-${kind}`, included: true, edited: false, manual: false, text: '؟', kind, evidence, ...(deniedClaim ? { deniedClaim } : {}),
});

const CLAIM = cite('a', 'أعلنت الوزارة إغلاق المعبر يوم الأحد.');
const DENIAL = cite('b', 'نفت الوزارة إغلاق المعبر.');
const NONE = questionEvidence([]);

describe('suggestCredibility: the Admiralty 1–6 from what the sources show', () => {
  it('counts independent sources: three or more → 1, two → 2, one → 3', () => {
    expect(suggestCredibility(point('خبر.', [cite('a', 'x'), cite('b', 'y'), cite('c', 'z')], 3), NONE)).toMatchObject({ suggested: 1, basis: 'independent-sources' });
    expect(suggestCredibility(point('خبر.', [cite('a', 'x'), cite('b', 'y')], 2), NONE)).toMatchObject({ suggested: 2, basis: 'independent-sources' });
    expect(suggestCredibility(point('خبر.', [cite('a', 'x')], 1), NONE)).toMatchObject({ suggested: 3, basis: 'single-source' });
  });

  it('a wire story and its copies are one source: three outlets printing one story stay at 3', () => {
    const copies = [cite('a', 'نص الوكالة.'), cite('b', 'نص الوكالة.'), cite('c', 'نص الوكالة.')];
    expect(suggestCredibility(point('نص الوكالة.', copies, 1), NONE)).toMatchObject({ suggested: 3, basis: 'single-source' });
  });

  it('a denied claim is 5, whatever the number of sources; a point reporting the denial itself is not', () => {
    const evidence = questionEvidence([question('denied', [DENIAL, CLAIM], CLAIM)]);
    expect(suggestCredibility(point(CLAIM.quote, [CLAIM, cite('c', 'w')], 2), evidence)).toMatchObject({ suggested: 5, basis: 'denied' });
    expect(suggestCredibility(point(DENIAL.quote, [DENIAL], 1), evidence)).toMatchObject({ suggested: 3, basis: 'single-source' });
    // A denial nobody asserts: the denial is reported, nothing cited is denied.
    expect(suggestCredibility(point(DENIAL.quote, [DENIAL], 1), questionEvidence([question('denied', [DENIAL])]))).toMatchObject({ suggested: 3 });
  });

  it('contradicted → 4, even when independent sources carry the point', () => {
    const evidence = questionEvidence([question('contradiction', [CLAIM, cite('c', 'أغلق المعبر يوم السبت.')])]);
    expect(suggestCredibility(point(CLAIM.quote, [CLAIM, cite('d', 'v')], 2), evidence)).toMatchObject({ suggested: 4, basis: 'contradicted' });
  });

  it('hedged wording → 4 («قد يتوسع», "may"), but «قد» before a past verb asserts and stays 3', () => {
    expect(suggestCredibility(point('قد يتوسع القتال إلى المعابر.', [cite('a', 'x')], 1), NONE)).toMatchObject({ suggested: 4, basis: 'hedged' });
    expect(suggestCredibility(point('The talks may resume next week.', [cite('a', 'x')], 1), NONE)).toMatchObject({ suggested: 4, basis: 'hedged' });
    expect(suggestCredibility(point('قد أعلن الوزير إغلاق المعبر.', [cite('a', 'x')], 1), NONE)).toMatchObject({ suggested: 3, basis: 'single-source' });
  });

  it('one source on unnamed sources\' word → 4; two independent sources outweigh it', () => {
    const evidence = questionEvidence([question('unverified', [CLAIM])]);
    expect(suggestCredibility(point(CLAIM.quote, [CLAIM], 1), evidence)).toMatchObject({ suggested: 4, basis: 'unnamed-sources' });
    expect(suggestCredibility(point(CLAIM.quote, [CLAIM, cite('c', 'v')], 2), evidence)).toMatchObject({ suggested: 2 });
  });

  it('nothing cited → 6; the reason is given in both languages; the analyst\'s choice is kept', () => {
    const none = suggestCredibility(point('نص كتبه المحلل.', []), NONE, 2);
    expect(none).toMatchObject({ suggested: 6, basis: 'no-sources', chosen: 2 });
    expect(none.reason.ar).toMatch(/\p{Script=Arabic}/u);
    expect(none.reason.en).toMatch(/^[a-z]/u);
    expect(suggestCredibility(point('خبر.', [cite('a', 'x'), cite('b', 'y')], 2), NONE).reason.en).toContain('2 independent sources');
  });

  it('withCredibility keeps a chosen grade and replaces the suggestion', () => {
    const p = { id: 'p', included: true, edited: false, manual: false, text: 'خبر.', sources: [cite('a', 'x')], independentSources: 1, credibility: { suggested: 6 as const, basis: 'no-sources' as const, reason: { ar: 'ا', en: 'a' }, chosen: 1 } } satisfies SummaryPoint;
    expect(withCredibility([p], [])[0]?.credibility).toMatchObject({ suggested: 3, chosen: 1 });
  });
});

describe('credibility in an assembled brief (selection A)', () => {
  const brief = assembleBrief(selectionA.articles, { now: selectionA.now });
  it('suggests a grade for every point; a wire story and its copy make one source (3), not two (2)', () => {
    expect(brief.summary.every((p) => p.credibility !== undefined)).toBe(true);
    const copied = brief.summary.filter((p) => p.sources.map((s) => s.sourceId).sort().join() === 'fajr,rafidain');
    expect(copied.length).toBeGreaterThan(0);
    for (const p of copied) expect(p.credibility).toMatchObject({ suggested: 3, basis: 'single-source' });
  });

  it('a point whose sentence the sources contradict is 4, though three independent sources carry it', () => {
    const visit = brief.summary.find((p) => p.independentSources === 3 && p.text.includes('الخطيب'));
    expect(visit?.credibility).toMatchObject({ suggested: 4, basis: 'contradicted' });
  });
});
