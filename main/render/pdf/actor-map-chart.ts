import type { Brief } from '../../model/brief.ts';
import { ACTOR_TYPE_LABEL, actorMapCaption, TIE_KIND_LABEL } from '../brief-labels.ts';
import { actorMapDrawing } from '../charts/actor-map-drawing.ts';
import type { ActorMapGeometry } from '../charts/actor-map-geometry.ts';
import { actorMapLayout } from '../charts/actor-map-layout.ts';
import { actorTies } from '../charts/actor-ties.ts';
import type { Drawing } from '../charts/drawing.ts';
import type { Template } from '../template.ts';
import { chartMeasure } from './chart-text.ts';
import { chartColours, type ChartFonts } from './timeline-chart.ts';
import type { LayoutParagraph } from './typeset/layout-memo.ts';

/**
 * The actor map of a brief, `width` points wide, as the template sets it: its geometry (the brief's ties, text
 * measured by the typesetter) with the drawing every output draws and its caption (legend and what is left out).
 * The one place the PDF, the Word file and the app get it from, so all three show the same picture.
 */
export function actorMapChart(
  brief: Pick<Brief, 'actors' | 'summary'>, template: Template, direction: 'rtl' | 'ltr', width: number, fonts: ChartFonts, layout: LayoutParagraph,
): { geometry: ActorMapGeometry; drawing: Drawing; caption: string } {
  const options = template.charts.actors;
  const geometry = actorMapLayout(actorTies(brief), {
    width, height: options.height, direction, digits: template.digits, textSize: options.textSize, nodes: options.nodes, small: options.small,
    typeNames: ACTOR_TYPE_LABEL, tieNames: TIE_KIND_LABEL, measure: chartMeasure(layout, fonts, direction),
  });
  const small = geometry.nodes.filter((n) => n.small === true).length;
  const caption = actorMapCaption({ named: geometry.nodes.length - small, small, others: geometry.others, unlabelled: geometry.unlabelled.length,
    kinds: geometry.edges.filter((e) => e.label !== undefined).length });
  return { geometry, drawing: actorMapDrawing(geometry, chartColours(template), direction), caption };
}
