import { describe, expect, it } from 'vitest';
import { briefOutline } from '../../renderer/app/brief-outline.ts';
import { setIncluded } from '../../renderer/app/brief-edit.ts';
import { EDITABLE_SECTIONS, type Brief } from '../../renderer/app/types.ts';
import { seedsGoldenBrief } from '../helpers/seeds-golden-brief.ts';

describe('the brief editor’s outline', () => {
  it('lists the sections in the editor’s order with their counts, excluded items included', () => {
    const brief = JSON.parse(seedsGoldenBrief()) as Brief;
    const outline = briefOutline(brief);
    expect(outline.map((e) => e.section)).toEqual(['keyJudgments', ...EDITABLE_SECTIONS]);
    expect(outline.slice(1).map((e) => e.items)).toEqual(EDITABLE_SECTIONS.map((s) => brief[s].length));
    expect(outline[0]).toEqual({ section: 'keyJudgments', items: 0 });
    const judged = { ...brief, keyJudgments: [{ id: 'kj-1', included: false, edited: false, manual: true, text: 'حكم.', band: 'likely' as const, confidence: 'low' as const, evidence: [] }] };
    expect(briefOutline(judged)[0]).toEqual({ section: 'keyJudgments', items: 1 });
    const point = brief.summary[0];
    if (!point) throw new Error('the golden brief has no summary');
    const excluded = briefOutline(setIncluded(brief, 'summary', point.id, false)).find((e) => e.section === 'summary');
    expect(excluded).toEqual({ section: 'summary', items: brief.summary.length });
    expect(briefOutline({ ...brief, timeline: [] }).find((e) => e.section === 'timeline')?.items).toBe(0);
  });
});
