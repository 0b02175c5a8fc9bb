import type { TimelineEntry } from '../../model/brief.ts';
import { timelineChartCaption } from '../brief-labels.ts';
import type { Drawing } from '../charts/drawing.ts';
import { timelineDrawing, type ChartColours } from '../charts/timeline-drawing.ts';
import type { TimelineGeometry } from '../charts/timeline-geometry.ts';
import { timelineLayout } from '../charts/timeline-layout.ts';
import type { Template } from '../template.ts';
import { chartMeasure } from './chart-text.ts';
import type { LayoutParagraph } from './typeset/layout-memo.ts';
import type { TextStyle } from './typeset/types.ts';

/** The faces a chart's text is set in: its labels and dates, and the counts in its badges. */
export interface ChartFonts {
  regular: TextStyle;
  bold: TextStyle;
}

/** The chart's colours from the template's: text for ink, muted for ticks and leaders, the table rule for bars. */
export function chartColours(template: Template): ChartColours {
  return { ink: template.colours.text, muted: template.colours.muted, fill: template.colours.tableRule, paper: '#ffffff' };
}

/**
 * The timeline chart of the given entries, `width` points wide, as the template sets it: its geometry (text
 * measured by the typesetter) with the drawing every output draws and its caption (legend and what is left out). The one place both the
 * PDF and the Word file get it from, so the two show the same picture.
 */
export function timelineChart(
  entries: readonly TimelineEntry[], template: Template, direction: 'rtl' | 'ltr', width: number, fonts: ChartFonts, layout: LayoutParagraph,
): { geometry: TimelineGeometry; drawing: Drawing; caption: string } {
  const options = template.charts.timeline;
  const geometry = timelineLayout(entries, {
    width, direction, hijri: options.hijri, digits: template.digits, textSize: options.textSize, levels: options.levels, stack: options.stack,
    measure: chartMeasure(layout, fonts, direction),
  });
  const overflowed = geometry.overflows.reduce((n, o) => n + o.entryIds.length, 0);
  const caption = timelineChartCaption(geometry.unplaced.length, geometry.unlabelled.length, overflowed);
  return { geometry, drawing: timelineDrawing(geometry, chartColours(template), direction), caption };
}
