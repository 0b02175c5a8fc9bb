import { AlignmentType, ImageRun, LineRuleType, Paragraph, type FileChild } from 'docx';
import { TIMELINE_CHART_ANNEX } from '../brief-labels.ts';
import { rasterise } from '../charts/png-raster.ts';
import { briefTimelineChart } from '../pdf/brief-timeline-chart.ts';
import { chartOutlines } from '../pdf/chart-glyphs.ts';
import { STYLE } from './brief-styles.ts';
import { sectionHeading, type SectionContext } from './section-context.ts';
import { textRuns } from './text-runs.ts';

/** Print resolution: the chart's hairlines and 7-point labels stay sharp on paper. */
export const CHART_DPI = 300;
const PIXELS_PER_POINT = 96 / 72;

/**
 * The timeline chart in the Word file: the PDF's drawing (same geometry, same shaping), rasterised at print
 * resolution into a PNG and set inline (ECMA-376 §20.4.2.8) at the PDF's size in its own paragraph, then its caption;
 * in an annex, after a heading of its own. A picture rather than Word text boxes: Word and LibreOffice each place
 * floating shapes and right-to-left text in them their own way, and the chart must read the same in both. The
 * drawing id is fixed, as the logo's is, so the same brief gives the same bytes.
 */
export function timelineChartSection(context: SectionContext, fontsDir: string): FileChild[] {
  const { brief, template } = context;
  const options = template.charts.timeline;
  if (options.placement === 'off') return [];
  const { geometry, drawing, caption, direction, fonts, layout } = briefTimelineChart(brief, template, fontsDir);
  if (geometry.items.length === 0) return [];
  const image = rasterise(drawing, chartOutlines(layout, fonts, direction), CHART_DPI);
  return [
    ...(options.placement === 'annex' ? [sectionHeading(TIMELINE_CHART_ANNEX, template)] : []),
    new Paragraph({
      style: STYLE.meta,
      bidirectional: true,
      alignment: AlignmentType.CENTER,
      // Single "auto" spacing: the style's exact line height would clip the picture to one line of text.
      spacing: { line: 240, lineRule: LineRuleType.AUTO },
      keepNext: true,
      children: [new ImageRun({
        type: 'png',
        data: image.png,
        transformation: { width: Math.round(drawing.width * PIXELS_PER_POINT), height: Math.round(drawing.height * PIXELS_PER_POINT) },
        altText: { id: '2', name: 'timeline-chart', description: caption, title: TIMELINE_CHART_ANNEX },
      })],
    }),
    new Paragraph({ style: STYLE.meta, bidirectional: true, children: textRuns(caption, template.digits) }),
  ];
}
