import { html, type TemplateResult } from 'lit-html';
import { markRanges } from './mark-ranges.ts';

/** Text with marked ranges, as text and <mark> elements (never as HTML): see markRanges for the ranges. */
export function markedText(text: string, ranges: ReadonlyArray<readonly [number, number]>): (string | TemplateResult)[] {
  return markRanges(text, ranges).map((run) => (run.marked ? html`<mark>${run.text}</mark>` : run.text));
}
