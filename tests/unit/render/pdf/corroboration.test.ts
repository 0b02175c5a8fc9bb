import { describe, expect, it } from 'vitest';
import { sectionContext } from '../../../../main/render/pdf/section-context.ts';
import { summarySection } from '../../../../main/render/pdf/summary-section.ts';
import { BACKGROUND_MARK, COMPOSED_MARK } from '../../../../main/render/brief-labels.ts';
import { timelineRow } from '../../../../main/render/pdf/timeline-section.ts';
import type { Block } from '../../../../main/render/pdf/blocks.ts';
import { sampleBrief, template } from './fixtures.ts';
import { STYLES } from './section-fixtures.ts';

const base = sampleBrief();
const brief = {
  ...base,
  summary: base.summary.map((p, i) => (i === 0 ? { ...p, independentSources: 2 } : { ...p, independentSources: undefined })),
  timeline: base.timeline.map((e, i) => (i === 0 ? { ...e, independentSources: 12 } : e)),
};

/** The text of a block's spans, whatever kind of block it is. */
function spansOf(block: Block | undefined): { text: string; colour: string; size: number }[] {
  const spans = (block as { spans?: { text: string; style: { colour: string; size: number } }[] } | undefined)?.spans ?? [];
  return spans.map((s) => ({ text: s.text, colour: s.style.colour, size: s.style.size }));
}

describe('independent sources in the PDF', () => {
  const context = sectionContext(brief, { ...template('standard'), digits: 'arabic-indic' }, STYLES);

  it('ends a summary point with its count of independent sources, muted, in one unbreakable piece', () => {
    const [first, second] = summarySection(context);
    const last = spansOf(first).at(-1);
    expect(last?.text).toBe(' —\u00a0مصدران\u00a0مستقلان');
    expect(last?.colour).toBe(context.template.colours.muted);
    expect(last?.size).toBe(STYLES.body.size);
    // A point of a brief assembled before sources were counted says nothing.
    expect(spansOf(second).some((s) => s.text.includes('مستقل'))).toBe(false);
  });

  it('says it after a timeline entry in the table\'s small size, with the template\'s digits', () => {
    const [, event] = timelineRow(context, brief.timeline[0] ?? base.timeline[0]!);
    const last = event?.at(-1);
    expect(last?.text).toBe(' —\u00a0١٢\u00a0مصدرًا\u00a0مستقلًا');
    expect(last?.style.size).toBe(STYLES.small.size);
  });

  it('marks a composed point after its count, muted, and no other point', () => {
    const composed = { ...brief, summary: brief.summary.map((p, i) => (i === 0 ? { ...p, composed: true } : p)) };
    const [first, second] = summarySection(sectionContext(composed, template('standard'), STYLES));
    const spans = spansOf(first);
    expect(spans.at(-1)?.text).toBe(` —\u00a0${COMPOSED_MARK.replace(/ /g, '\u00a0')}`);
    expect(spans.at(-1)?.colour).toBe(context.template.colours.muted);
    expect(spans.at(-2)?.text).toContain('مستقلان');
    expect(spansOf(second).some((s) => s.text.includes(COMPOSED_MARK.split(' ')[0] ?? ''))).toBe(false);
    // Rewritten by the analyst: the edited mark says whose words they are, not the composed one.
    const edited = { ...composed, summary: composed.summary.map((p, i) => (i === 0 ? { ...p, edited: true } : p)) };
    const [rewritten] = summarySection(sectionContext(edited, template('standard'), STYLES));
    expect(spansOf(rewritten).some((s) => s.text.includes(COMPOSED_MARK.split(' ')[0] ?? ''))).toBe(false);
  });

  it('marks a point that recounts background, muted, last; not a point the analyst wrote', () => {
    const event = { actors: [], places: [], background: true };
    const marked = { ...brief, summary: brief.summary.map((p, i) => (i === 0 ? { ...p, composed: true, event } : i === 1 ? { ...p, event: { ...event, background: false } } : p)) };
    const [first, second] = summarySection(sectionContext(marked, template('standard'), STYLES));
    const spans = spansOf(first);
    expect(spans.at(-1)?.text).toBe(` —\u00a0${BACKGROUND_MARK}`);
    expect(spans.at(-1)?.colour).toBe(context.template.colours.muted);
    expect(spans.at(-2)?.text).toContain(COMPOSED_MARK.split(' ')[0] ?? '');
    expect(spansOf(second).some((s) => s.text.includes(BACKGROUND_MARK))).toBe(false);
    const written = { ...marked, summary: marked.summary.map((p, i) => (i === 0 ? { ...p, manual: true } : p)) };
    const [mine] = summarySection(sectionContext(written, template('standard'), STYLES));
    expect(spansOf(mine).some((s) => s.text.includes(BACKGROUND_MARK))).toBe(false);
  });
});
