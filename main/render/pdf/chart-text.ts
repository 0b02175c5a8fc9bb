import type { MeasureText } from '../charts/timeline-layout.ts';
import type { LayoutParagraph } from './typeset/layout-memo.ts';
import type { Line, ParagraphLayout, TextStyle } from './typeset/types.ts';

/** Wider than any chart: a chart's text is one line, never broken. */
const UNBROKEN = 100_000;

/** One line of chart text laid out as the typesetter sets every paragraph: bidi, font fallback, HarfBuzz shaping. */
export function chartLine(layout: LayoutParagraph, text: string, style: TextStyle, direction: 'rtl' | 'ltr'): { layout: ParagraphLayout; line: Line } | null {
  const made = layout({ spans: [{ text, style }], width: UNBROKEN, align: 'start', direction });
  const line = made.lines[0];
  return line ? { layout: made, line } : null;
}

/** The chart layout's measure: the width of the one line the typesetter makes of the text, at the given size and weight. */
export function chartMeasure(layout: LayoutParagraph, fonts: { regular: TextStyle; bold: TextStyle }, direction: 'rtl' | 'ltr'): MeasureText {
  return (text, size, bold = false) => chartLine(layout, text, { ...(bold ? fonts.bold : fonts.regular), size }, direction)?.line.width ?? 0;
}
