import type { Brief } from '../../model/brief.ts';
import type { Drawing } from '../charts/drawing.ts';
import type { TimelineGeometry } from '../charts/timeline-geometry.ts';
import { briefDirection } from '../shared/brief-direction.ts';
import type { Template } from '../template.ts';
import { PAGE_SIZES } from './page-sizes.ts';
import { chartFonts } from './chart-fonts.ts';
import { timelineChart, type ChartFonts } from './timeline-chart.ts';
import { memoisedLayout, type LayoutParagraph } from './typeset/layout-memo.ts';

/** A brief's timeline chart with what drew it: the faces and the layouts, for an output that draws its glyphs itself. */
export interface BriefTimelineChart {
  geometry: TimelineGeometry;
  drawing: Drawing;
  caption: string;
  direction: 'rtl' | 'ltr';
  fonts: ChartFonts;
  layout: LayoutParagraph;
}

/**
 * The timeline chart of a brief as the PDF sets it, for the outputs outside the PDF's flow — the Word file's
 * picture and the app's interactive chart (`charts:timeline`): the brief's included entries (as many as the
 * template shows), across the template's text measure, text measured by the typesetter in the template's fonts.
 */
export function briefTimelineChart(brief: Brief, template: Template, fontsDir: string): BriefTimelineChart {
  const included = brief.timeline.filter((entry) => entry.included);
  const entries = template.itemsPerSection > 0 ? included.slice(0, template.itemsPerSection) : included;
  const direction = briefDirection(brief);
  const width = PAGE_SIZES[template.page.size][0] - 2 * template.page.margins.inline;
  const fonts = chartFonts(template, fontsDir);
  const layout = memoisedLayout();
  return { ...timelineChart(entries, template, direction, width, fonts, layout), direction, fonts, layout };
}
