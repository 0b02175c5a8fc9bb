import { TIMELINE_CHART_ANNEX } from '../brief-labels.ts';
import type { Block } from './blocks.ts';
import { PAGE_SIZES } from './page-sizes.ts';
import { headingBlock, paragraphBlock } from './paragraph-blocks.ts';
import { localText, shownItems, type SectionContext } from './section-context.ts';
import { timelineChart } from './timeline-chart.ts';
import type { LayoutParagraph } from './typeset/layout-memo.ts';

/**
 * The timeline chart's blocks: the chart across the measure (timeline-chart.ts, its text measured by the
 * typesetter that draws it) and its caption, which is its legend; in an annex they follow a heading
 * of their own. Nothing when the template leaves the chart out or no included entry has a place on the axis.
 */
export function timelineChartBlocks(context: SectionContext, layout: LayoutParagraph): Block[] {
  const { template, styles } = context;
  const options = template.charts.timeline;
  if (options.placement === 'off') return [];
  const entries = shownItems(context, context.brief.timeline);
  const width = PAGE_SIZES[template.page.size][0] - 2 * template.page.margins.inline;
  const fonts = { regular: styles.small, bold: styles.smallBold };
  const { geometry, drawing, caption: legend } = timelineChart(entries, template, context.direction, width, fonts, layout);
  if (geometry.items.length === 0) return [];
  const caption = localText(context, legend);
  const small = { ...styles.small, colour: template.colours.muted };
  return [
    ...(options.placement === 'annex' ? [headingBlock(context, TIMELINE_CHART_ANNEX)] : []),
    { kind: 'chart', drawing, fonts, spaceAfter: 4, alt: caption },
    paragraphBlock(context, [{ text: caption, style: small }], small, { align: 'start', spaceAfter: styles.body.size }),
  ];
}
