import { svg, type SVGTemplateResult } from 'lit-html';

// The charts' own greys, as the exports draw them (ink, muted, fill, paper): they read the same on screen and on paper.
export const INK = '#1a1a1a';
export const MUTED = '#666666';
export const FILL = '#b8c4cc';
export const PAPER = '#ffffff';

/** A line of chart text as the host placed it: its left edge, baseline, measured width and size, in points. */
export interface PlacedText {
  text: string;
  x: number;
  baseline: number;
  width: number;
  size: number;
}

/**
 * A chart text set by the browser at the layout's place: centred on the box the host measured with HarfBuzz, in the
 * chart's direction (the browser shapes and orders it; its width was checked against the same font's).
 */
export function chartText(text: PlacedText, colour: string, bold: boolean, direction: 'rtl' | 'ltr'): SVGTemplateResult {
  return svg`<text x=${text.x + text.width / 2} y=${text.baseline} font-size=${text.size} fill=${colour} text-anchor="middle"
    direction=${direction} font-weight=${bold ? 'bold' : 'normal'} aria-hidden="true">${text.text}</text>`;
}
