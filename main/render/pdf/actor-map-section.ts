import { ACTOR_MAP_ANNEX } from '../brief-labels.ts';
import { actorMapChart } from './actor-map-chart.ts';
import type { Block } from './blocks.ts';
import { PAGE_SIZES } from './page-sizes.ts';
import { headingBlock, paragraphBlock } from './paragraph-blocks.ts';
import { localText, type SectionContext } from './section-context.ts';
import type { LayoutParagraph } from './typeset/layout-memo.ts';

/**
 * The actor map's blocks: the map across the measure (actor-map-chart.ts, its text measured by the typesetter that
 * draws it) and its caption, which is its legend; in an annex they follow a heading of their own. Nothing when the
 * template leaves the map out or the brief ties no two actors.
 */
export function actorMapBlocks(context: SectionContext, layout: LayoutParagraph): Block[] {
  const { template, styles } = context;
  const options = template.charts.actors;
  if (options.placement === 'off') return [];
  const width = PAGE_SIZES[template.page.size][0] - 2 * template.page.margins.inline;
  const fonts = { regular: styles.small, bold: styles.smallBold };
  const { geometry, drawing, caption: legend } = actorMapChart(context.brief, template, context.direction, width, fonts, layout);
  if (geometry.edges.length === 0) return [];
  const caption = localText(context, legend);
  const small = { ...styles.small, colour: template.colours.muted };
  return [
    ...(options.placement === 'annex' ? [headingBlock(context, ACTOR_MAP_ANNEX)] : []),
    { kind: 'chart', drawing, fonts, spaceAfter: 4, alt: caption },
    paragraphBlock(context, [{ text: caption, style: small }], small, { align: 'start', spaceAfter: styles.body.size }),
  ];
}
