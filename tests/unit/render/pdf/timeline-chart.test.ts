import { describe, expect, it } from 'vitest';
import { timelineChart } from '../../../../main/render/pdf/timeline-chart.ts';
import { renderPdfWithLog } from '../../../../main/render/pdf/render-pdf.ts';
import { memoisedLayout } from '../../../../main/render/pdf/typeset/layout-memo.ts';
import { fontsDir, NOW, sampleBrief, template } from './fixtures.ts';
import { STYLES } from './section-fixtures.ts';
import { expectLabelsShapedAsHbShape, hasHbShape } from '../../../helpers/hb-shape.ts';

describe('the timeline chart in the PDF', () => {
  it('sets every label with the glyphs hb-shape gives for the same text and font', async (ctx) => {
    ctx.skip(!hasHbShape(), 'hb-shape (HarfBuzz\'s command-line tool) is not installed');
    const brief = sampleBrief();
    const t = template('standard');
    const { geometry } = timelineChart(brief.timeline.filter((e) => e.included), t, 'rtl', 595.28 - 2 * t.page.margins.inline, { regular: STYLES.small, bold: STYLES.smallBold }, memoisedLayout());
    const labels = new Set(geometry.items.flatMap((i) => (i.label ? [i.label.text.text] : [])));
    expect(labels.size).toBeGreaterThan(3);
    const { log } = await renderPdfWithLog(brief, t, { fontsDir, now: NOW });
    expectLabelsShapedAsHbShape(log, labels);
  }, 60_000);

  it('gives the same bytes for the same brief, and a different picture when an entry moves', async () => {
    const brief = sampleBrief();
    const render = async (b: typeof brief): Promise<Uint8Array> => (await renderPdfWithLog(b, template('standard'), { fontsDir, now: NOW })).bytes;
    const bytes = await render(brief);
    expect(await render(brief)).toEqual(bytes);
    const moved = { ...brief, timeline: brief.timeline.map((e, i) => (i === 0 ? { ...e, date: '2016' } : e)) };
    expect(await render(moved)).not.toEqual(bytes);
  }, 60_000);
});
