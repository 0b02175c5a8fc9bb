import type { FileChild } from 'docx';
import { ACTOR_MAP_ANNEX } from '../brief-labels.ts';
import { briefActorMap } from '../pdf/brief-actor-map.ts';
import type { ChartMedia } from './chart-media.ts';
import { chartPicture } from './chart-picture.ts';
import { sectionHeading, type SectionContext } from './section-context.ts';

/**
 * The actor map in the Word file: the PDF's drawing as a print-resolution picture with its caption
 * (chart-picture.ts), where the PDF puts it; in an annex, after a heading of its own. Nothing when the template
 * leaves the map out or the brief ties no two actors.
 */
export function actorMapSection(context: SectionContext, fontsDir: string, media: ChartMedia): FileChild[] {
  const { brief, template } = context;
  const options = template.charts.actors;
  if (options.placement === 'off') return [];
  const map = briefActorMap(brief, template, fontsDir);
  if (map.geometry.edges.length === 0) return [];
  return [
    ...(options.placement === 'annex' ? [sectionHeading(ACTOR_MAP_ANNEX, template)] : []),
    ...chartPicture(map, { id: '3', name: 'actor-map', title: ACTOR_MAP_ANNEX }, template.digits, media),
  ];
}
