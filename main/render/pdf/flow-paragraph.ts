import type { Block, ParagraphBlock } from './blocks.ts';
import { BASELINE, newPage, onLastPage, PageLimit, type FlowContext } from './flow-context.ts';
import { keptHeight, leadHeight, paragraphLayout, wholeHeight } from './flow-measure.ts';
import type { RunTagger, TagElement } from './flow-tagger.ts';
import { linesPerPage, pageBreakLines } from './paragraph-breaks.ts';
import type { Span } from './typeset/types.ts';

/**
 * Sets a list marker in the indent on the start side of a paragraph's first line, at `baseline`, as the content of
 * `label` (the list item's Lbl).
 */
export function drawMarker(
  flow: FlowContext, marker: Span[], indent: number, baseline: number, direction: 'rtl' | 'ltr', label?: TagElement,
): void {
  const layout = flow.layout({ spans: marker, width: indent - 4, align: 'start', direction });
  const line = layout.lines[0];
  if (!line) return;
  const x = direction === 'rtl' ? flow.right - indent : flow.frame.inline;
  const draw = (tagRun?: RunTagger): unknown => flow.writer.drawLine(layout, line, { x, width: indent - 4, baseline, tagRun });
  if (label) flow.tags.text(label, draw);
  else flow.tags.artifact('Layout', draw);
}

/** How many lines of `lineHeight` fit between `y` and the foot of the page. */
function linesThatFit(flow: FlowContext, y: number, lineHeight: number): number {
  // A hair of tolerance: a line that ends exactly at the foot fits, whatever the rounding.
  return Math.max(0, Math.floor((flow.limitY - y) / lineHeight + 1e-6));
}

/**
 * Where a paragraph starts: on a new page when what must stay together (a block kept with the next: whole, with
 * the lead of what follows; otherwise the lines that may not be parted from its start) does not fit, else after
 * its space before. On the last page a page-limited document may have, a paragraph that cannot be finished there
 * is left out whole (PageLimit); nothing can move to a next page there, so only the paragraph itself must fit.
 */
function placeParagraph(flow: FlowContext, block: ParagraphBlock, blocks: readonly Block[], at: number): void {
  const next = blocks[at + 1];
  const whole = wholeHeight(flow, block) + (block.keepWithNext ? leadHeight(flow, next) : 0);
  if (onLastPage(flow) && flow.y + whole > flow.limitY) throw new PageLimit();
  const need = onLastPage(flow) ? leadHeight(flow, block) : keptHeight(flow, blocks, at, flow.limitY - flow.frame.top);
  if (flow.y > flow.frame.top && flow.y + need > flow.limitY) newPage(flow);
  else if (flow.y > flow.frame.top) flow.y += block.spaceBefore;
}

/**
 * Draws `blocks[at]`, a paragraph, line by line, with its link destination, outline entry and list marker; the
 * blocks after it are what a heading or a short list's entry is kept with. A page break falls between two lines
 * with at least two on each side (widow and orphan control).
 */
export function drawParagraph(flow: FlowContext, block: ParagraphBlock, blocks: readonly Block[], at: number): void {
  const layout = paragraphLayout(flow, block);
  placeParagraph(flow, block, blocks, at);
  const pageLines = linesThatFit(flow, flow.frame.top, block.lineHeight);
  const breaks = pageBreakLines(linesPerPage(layout.lines.length, linesThatFit(flow, flow.y, block.lineHeight), pageLines));
  if (breaks.has(0)) newPage(flow);
  const tags = flow.tags.paragraph(block.structure, block.marker !== undefined);
  if (block.destination) flow.doc.addNamedDestination(block.destination, 'XYZ', null, flow.y, null);
  if (block.outline) flow.doc.outline.addItem(block.outline);
  const box = { x: flow.frame.inline, width: flow.contentWidth - block.indent };
  if (layout.direction === 'ltr') box.x += block.indent;
  layout.lines.forEach((line, index) => {
    if (index > 0 && breaks.has(index)) newPage(flow);
    const baseline = flow.y + block.lineHeight * BASELINE;
    flow.tags.text(tags.body, (tagRun) => flow.writer.drawLine(layout, line, { ...box, baseline, tagRun }));
    if (index === 0 && block.marker) drawMarker(flow, block.marker, block.indent, baseline, layout.direction, tags.label);
    flow.y += block.lineHeight;
  });
  flow.y += block.spaceAfter;
}
