import type { Brief } from '../../model/brief.ts';
import type { ActorMapGeometry } from '../charts/actor-map-geometry.ts';
import type { Drawing } from '../charts/drawing.ts';
import { briefDirection } from '../shared/brief-direction.ts';
import type { Template } from '../template.ts';
import { actorMapChart } from './actor-map-chart.ts';
import { chartFonts } from './chart-fonts.ts';
import { PAGE_SIZES } from './page-sizes.ts';
import type { ChartFonts } from './timeline-chart.ts';
import { memoisedLayout, type LayoutParagraph } from './typeset/layout-memo.ts';

/** A brief's actor map with what drew it: the faces and the layouts, for an output that draws its glyphs itself. */
export interface BriefActorMap {
  geometry: ActorMapGeometry;
  drawing: Drawing;
  caption: string;
  direction: 'rtl' | 'ltr';
  fonts: ChartFonts;
  layout: LayoutParagraph;
}

/**
 * The actor map of a brief as the PDF sets it, for the outputs outside the PDF's flow — the Word file's picture and
 * the app's map (`charts:actors`): across the template's text measure, text measured by the typesetter in the
 * template's fonts.
 */
export function briefActorMap(brief: Brief, template: Template, fontsDir: string): BriefActorMap {
  const direction = briefDirection(brief);
  const width = PAGE_SIZES[template.page.size][0] - 2 * template.page.margins.inline;
  const fonts = chartFonts(template, fontsDir);
  const layout = memoisedLayout();
  return { ...actorMapChart(brief, template, direction, width, fonts, layout), direction, fonts, layout };
}
