import { TIMELINE_CHART_ANNEX, timelineChartCaption } from '../brief-labels.ts';
import { timelineDrawing, type ChartColours } from '../charts/timeline-drawing.ts';
import { timelineLayout } from '../charts/timeline-layout.ts';
import type { Template } from '../template.ts';
import type { Block } from './blocks.ts';
import { chartMeasure } from './chart-text.ts';
import { PAGE_SIZES } from './page-sizes.ts';
import { headingBlock, paragraphBlock } from './paragraph-blocks.ts';
import { localText, shownItems, type SectionContext } from './section-context.ts';
import type { LayoutParagraph } from './typeset/layout-memo.ts';

/** The chart's colours from the template's: text for ink, muted for ticks and leaders, the table rule for bars. */
export function chartColours(template: Template): ChartColours {
  return { ink: template.colours.text, muted: template.colours.muted, fill: template.colours.tableRule, paper: '#ffffff' };
}

/**
 * The timeline chart's blocks: the chart across the measure (laid out once by charts/timeline-layout.ts, its text
 * measured by the typesetter that draws it) and its caption, which is its legend; in an annex they follow a heading
 * of their own. Nothing when the template leaves the chart out or no included entry has a place on the axis.
 */
export function timelineChartBlocks(context: SectionContext, layout: LayoutParagraph): Block[] {
  const { template, styles } = context;
  const options = template.charts.timeline;
  if (options.placement === 'off') return [];
  const entries = shownItems(context, context.brief.timeline);
  const width = PAGE_SIZES[template.page.size][0] - 2 * template.page.margins.inline;
  const geometry = timelineLayout(entries, {
    width, direction: context.direction, hijri: options.hijri, digits: template.digits, textSize: options.textSize, levels: options.levels,
    measure: chartMeasure(layout, styles.small, context.direction),
  });
  if (geometry.items.length === 0) return [];
  const caption = localText(context, timelineChartCaption(geometry.unplaced.length));
  const small = { ...styles.small, colour: template.colours.muted };
  return [
    ...(options.placement === 'annex' ? [headingBlock(context, TIMELINE_CHART_ANNEX)] : []),
    { kind: 'chart', drawing: timelineDrawing(geometry, chartColours(template), context.direction), fonts: { regular: styles.small, bold: styles.smallBold }, spaceAfter: 4, alt: caption },
    paragraphBlock(context, [{ text: caption, style: small }], small, { align: 'start', spaceAfter: styles.body.size }),
  ];
}
