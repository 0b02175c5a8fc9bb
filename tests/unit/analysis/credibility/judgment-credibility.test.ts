import { describe, expect, it } from 'vitest';
import { judgmentIndependentSources, suggestJudgmentCredibility, withJudgmentCredibility } from '../../../../main/analysis/credibility/judgment-credibility.ts';
import { questionEvidence } from '../../../../main/analysis/credibility/suggest-credibility.ts';
import type { Brief, KeyJudgment, OpenQuestion } from '../../../../main/model/brief.ts';
import { sampleBrief } from '../../render/docx/docx-parts.ts';

const cite = (sourceId: string, quote: string) => ({ sourceId, quote });
const A = cite('a', 'أغلقت السلطات المعبر يوم الأحد.');
const B = cite('b', 'المعبر أُغلق الأحد بقرار من السلطات.');
const C = cite('c', 'أُغلق المعبر يوم الأحد.');
// c prints the same wire story as a: the point's count (2) already takes them as one.
const CLOSED = { sources: [A, B, C], independentSources: 2 };
const judgment = (text: string, evidence: { sourceId: string; quote: string }[], chosen?: number): Pick<KeyJudgment, 'text' | 'evidence' | 'credibility'> =>
  ({ text, evidence, ...(chosen === undefined ? {} : { credibility: { suggested: 6, basis: 'no-sources', reason: { ar: '', en: '' }, chosen } }) });
const question = (kind: OpenQuestion['kind'], evidence: { sourceId: string; quote: string }[], deniedClaim?: { sourceId: string; quote: string }): OpenQuestion => ({
  id: `q-${kind}`, included: true, edited: false, manual: false, text: '؟', kind, evidence, ...(deniedClaim ? { deniedClaim } : {}),
});
const NONE = questionEvidence([]);

describe('a key judgment’s credibility, by the rules of a point’s', () => {
  it('counts its evidence’s independent sources through the claims it cites: a wire copy never raises it', () => {
    expect(judgmentIndependentSources([A, B], [CLOSED])).toBe(2);
    // a and its copy c: two outlets, one story.
    expect(judgmentIndependentSources([A, C], [{ sources: [A, C], independentSources: 1 }])).toBe(1);
    // All three cited, the point says two.
    expect(judgmentIndependentSources([A, B, C], [CLOSED])).toBe(2);
    // A sentence no claim carries (added by the analyst from an article) counts as one source.
    expect(judgmentIndependentSources([cite('z', 'جملة.')], [CLOSED])).toBe(1);
    expect(judgmentIndependentSources([], [CLOSED])).toBe(0);
  });

  it('two independent sources → 2, three → 1, one → 3, none → 6', () => {
    expect(suggestJudgmentCredibility(judgment('سيبقى المعبر مغلقاً.', [A, B]), [CLOSED], NONE)).toMatchObject({ suggested: 2, basis: 'independent-sources' });
    const three = { sources: [A, B, cite('d', 'أكد مسؤول إغلاق المعبر.')], independentSources: 3 };
    expect(suggestJudgmentCredibility(judgment('سيبقى المعبر مغلقاً.', three.sources), [three], NONE)).toMatchObject({ suggested: 1 });
    expect(suggestJudgmentCredibility(judgment('سيبقى المعبر مغلقاً.', [A, C]), [{ sources: [A, C], independentSources: 1 }], NONE)).toMatchObject({ suggested: 3, basis: 'single-source' });
    expect(suggestJudgmentCredibility(judgment('سيبقى المعبر مغلقاً.', []), [CLOSED], NONE)).toMatchObject({ suggested: 6, basis: 'no-sources' });
  });

  it('contradicted evidence → 4 and denied evidence → 5, whatever the number of sources; hedged wording → 4', () => {
    const contradicted = questionEvidence([question('contradiction', [A, cite('e', 'أُغلق المعبر يوم السبت.')])]);
    expect(suggestJudgmentCredibility(judgment('سيبقى المعبر مغلقاً.', [A, B]), [CLOSED], contradicted)).toMatchObject({ suggested: 4, basis: 'contradicted' });
    const denied = questionEvidence([question('denied', [cite('f', 'نفت السلطات إغلاق المعبر.'), A], A)]);
    expect(suggestJudgmentCredibility(judgment('سيبقى المعبر مغلقاً.', [A, B]), [CLOSED], denied)).toMatchObject({ suggested: 5, basis: 'denied' });
    expect(suggestJudgmentCredibility(judgment('ربما يبقى المعبر مغلقاً.', [A, B]), [CLOSED], NONE)).toMatchObject({ suggested: 4, basis: 'hedged' });
    // «قد» before a past verb asserts.
    expect(suggestJudgmentCredibility(judgment('قد أغلقت السلطات المعبر.', [A, B]), [CLOSED], NONE)).toMatchObject({ suggested: 2 });
  });

  it('keeps the analyst’s choice beside the suggestion', () => {
    expect(suggestJudgmentCredibility(judgment('سيبقى المعبر مغلقاً.', [A, B], 5), [CLOSED], NONE)).toMatchObject({ suggested: 2, chosen: 5 });
  });

  it('grades every key judgment of a brief from its points, entries and questions; a brief without any is left as it is', () => {
    const brief: Brief = sampleBrief();
    expect(withJudgmentCredibility(brief)).toBe(brief);
    const point = brief.summary[0];
    if (point === undefined) throw new Error('the sample brief has a summary');
    const withOne: Brief = { ...brief, keyJudgments: [{ id: 'kj-1', included: true, edited: false, manual: true, text: 'سيستمر التنسيق.', band: 'likely', confidence: 'moderate', evidence: point.sources }] };
    const graded = withJudgmentCredibility(withOne).keyJudgments?.[0]?.credibility;
    expect(graded?.suggested).toBeGreaterThanOrEqual(1);
    expect(graded?.reason.ar).toMatch(/\p{Script=Arabic}/u);
  });
});
