import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shownIndependentSources } from '../../../../common/point-marks.ts';
import { Brief } from '../../../../main/model/brief.ts';
import { sectionContext } from '../../../../main/render/pdf/section-context.ts';
import { summarySection } from '../../../../main/render/pdf/summary-section.ts';
import { timelineRow } from '../../../../main/render/pdf/timeline-section.ts';
import { EDITED_MARK } from '../../../../main/render/shared/edited-mark.ts';
import type { Block } from '../../../../main/render/pdf/blocks.ts';
import { template } from './fixtures.ts';
import { STYLES } from './section-fixtures.ts';

const textOf = (block: Block | undefined): string => ((block as { spans?: { text: string }[] } | undefined)?.spans ?? []).map((s) => s.text).join('');

/**
 * A draft saved by the desk before the count of independent sources existed (tests/fixtures/briefs/sample.json), its
 * first point then counted and rewritten by the analyst, its second counted as assembled: what an older draft holds.
 */
function draft(): Brief {
  const old = JSON.parse(readFileSync('tests/fixtures/briefs/sample.json', 'utf8')) as { summary: Record<string, unknown>[]; timeline: Record<string, unknown>[] };
  old.summary = old.summary.map((p, i) => (i === 0 ? { ...p, text: 'نص كتبه المحلل بدل الجملة', edited: true, independentSources: 5 } : i === 1 ? { ...p, edited: false, independentSources: 2 } : p));
  old.timeline = old.timeline.map((e, i) => (i === 0 ? { ...e, edited: true, independentSources: 3 } : i === 1 ? { ...e, edited: false, independentSources: 3 } : e));
  return Brief.parse(old);
}

describe('an edited point keeps its citations but not the count of independent sources', () => {
  it('opens an older draft (schema 1) with its edited point, citations and count as saved', () => {
    const brief = draft();
    expect(brief.schemaVersion).toBe(1);
    expect(brief.summary[0]?.edited).toBe(true);
    expect(brief.summary[0]?.independentSources).toBe(5);
    expect(brief.summary[0]?.sources.length).toBeGreaterThan(0);
  });

  it('prints the point\'s text, its mark and its citation numbers, and no count; a point as assembled keeps its count', () => {
    const [edited, assembled] = summarySection(sectionContext(draft(), template('standard'), STYLES));
    expect(textOf(edited)).toContain('نص كتبه المحلل');
    expect(textOf(edited)).toContain(EDITED_MARK.replace(/ /g, '\u00a0'));
    expect(textOf(edited)).not.toContain('مستقل');
    expect(textOf(assembled)).toContain('مصدران\u00a0مستقلان');
  });

  it('says the same of a timeline entry', () => {
    const brief = draft();
    const context = sectionContext(brief, template('standard'), STYLES);
    const cells = (i: number): string => (timelineRow(context, brief.timeline[i] as Brief['timeline'][number])[1] ?? []).map((s) => s.text).join('');
    expect(cells(0)).not.toContain('مستقل');
    expect(cells(1)).toContain('مستقلة');
  });

  it('shows no count for an edited or a written item, the count for one as assembled', () => {
    expect(shownIndependentSources({ independentSources: 4, edited: true, manual: false })).toBeUndefined();
    expect(shownIndependentSources({ independentSources: 4, edited: false, manual: true })).toBeUndefined();
    expect(shownIndependentSources({ independentSources: 4, edited: false, manual: false })).toBe(4);
    expect(shownIndependentSources({ edited: false, manual: false })).toBeUndefined();
  });
});
