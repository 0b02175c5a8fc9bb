import type { FileChild } from 'docx';
import { TIMELINE_CHART_ANNEX } from '../brief-labels.ts';
import { briefTimelineChart } from '../pdf/brief-timeline-chart.ts';
import type { ChartMedia } from './chart-media.ts';
import { chartPicture } from './chart-picture.ts';
import { sectionHeading, type SectionContext } from './section-context.ts';

/**
 * The timeline chart in the Word file: the PDF's drawing as a print-resolution picture with its caption
 * (chart-picture.ts), where the PDF puts it; in an annex, after a heading of its own.
 */
export function timelineChartSection(context: SectionContext, fontsDir: string, media: ChartMedia): FileChild[] {
  const { brief, template } = context;
  const options = template.charts.timeline;
  if (options.placement === 'off') return [];
  const chart = briefTimelineChart(brief, template, fontsDir);
  if (chart.geometry.items.length === 0) return [];
  return [
    ...(options.placement === 'annex' ? [sectionHeading(TIMELINE_CHART_ANNEX, template)] : []),
    ...chartPicture(chart, { id: '2', name: 'timeline-chart', title: TIMELINE_CHART_ANNEX }, template.digits, media),
  ];
}
