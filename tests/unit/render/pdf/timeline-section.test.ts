import { describe, expect, it } from 'vitest';
import { sectionContext } from '../../../../main/render/pdf/section-context.ts';
import { timelineRow } from '../../../../main/render/pdf/timeline-section.ts';
import { sampleBrief, template } from './fixtures.ts';
import { STYLES } from './section-fixtures.ts';

describe('the timeline row in the PDF', () => {
  const brief = sampleBrief();
  const context = sectionContext(brief, { ...template('standard'), digits: 'arabic-indic' }, STYLES);
  const entry = { ...brief.timeline[0]!, date: '2026-10-22', approximate: false };

  it('marks an announced event after its date, and says nothing of one reported done', () => {
    expect(timelineRow(context, { ...entry, planned: true })[0]?.[0]?.text).toBe('٢٢\u00a0أكتوبر\u00a0٢٠٢٦ (مرتقب)');
    expect(timelineRow(context, entry)[0]?.[0]?.text).toBe('٢٢\u00a0أكتوبر\u00a0٢٠٢٦');
  });

  it('keeps «حوالي» with the date it qualifies', () => {
    expect(timelineRow(context, { ...entry, approximate: true })[0]?.[0]?.text).toBe('حوالي\u00a0٢٢\u00a0أكتوبر\u00a0٢٠٢٦');
  });

  it('says a day without its year as such, as the Word file and the UI do', () => {
    expect(timelineRow(context, { ...entry, date: '--08-26' })[0]?.[0]?.text).toBe('٢٦\u00a0أغسطس، السنة غير معروفة');
  });

  it('says where an inferred year came from, and nothing for a year the sources wrote', () => {
    const inferred = { ...entry, dateBasis: 'inferred' as const, yearFrom: { rule: 'same-day' as const, sourceId: 's2' } };
    expect(timelineRow(context, inferred)[0]?.[0]?.text).toBe('٢٢\u00a0أكتوبر\u00a0٢٠٢٦ (السنة مستنتجة من اليوم نفسه مؤرّخاً في مصدر آخر)');
    expect(timelineRow(context, { ...entry, dateBasis: 'inferred', yearFrom: { rule: 'selection-dates' } })[0]?.[0]?.text).toBe('٢٢\u00a0أكتوبر\u00a0٢٠٢٦ (السنة مستنتجة من تواريخ مصادر المختارات)');
    expect(timelineRow(context, { ...entry, dateBasis: 'explicit' })[0]?.[0]?.text).toBe('٢٢\u00a0أكتوبر\u00a0٢٠٢٦');
  });
});
