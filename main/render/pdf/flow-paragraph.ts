import type { Block, ParagraphBlock } from './blocks.ts';
import { BASELINE, newPage, onLastPage, PageLimit, type FlowContext } from './flow-context.ts';
import { leadHeight, paragraphLayout } from './flow-measure.ts';
import type { RunTagger, TagElement } from './flow-tagger.ts';
import { layoutParagraph } from './typeset/layout-paragraph.ts';
import type { Span } from './typeset/types.ts';

/**
 * Sets a list marker in the indent on the start side of a paragraph's first line, at `baseline`, as the content of
 * `label` (the list item's Lbl).
 */
export function drawMarker(
  flow: FlowContext, marker: Span[], indent: number, baseline: number, direction: 'rtl' | 'ltr', label?: TagElement,
): void {
  const layout = layoutParagraph({ spans: marker, width: indent - 4, align: 'start', direction });
  const line = layout.lines[0];
  if (!line) return;
  const x = direction === 'rtl' ? flow.right - indent : flow.frame.inline;
  const draw = (tagRun?: RunTagger): unknown => flow.writer.drawLine(layout, line, { x, width: indent - 4, baseline, tagRun });
  if (label) flow.tags.text(label, draw);
  else flow.tags.artifact('Layout', draw);
}

/**
 * Where a paragraph starts: on a new page when what must stay together (a heading with the first two lines of
 * what follows; otherwise the paragraph's first line) does not fit, else after its space before. On the last page a
 * page-limited document may have, a paragraph that cannot be finished there is left out whole (PageLimit).
 */
function placeParagraph(flow: FlowContext, block: ParagraphBlock, next: Block | undefined): void {
  const need = block.keepWithNext
    ? leadHeight(flow, block, Infinity) + leadHeight(flow, next, 2)
    : leadHeight(flow, block, 1);
  const whole = block.spaceBefore + leadHeight(flow, block, Infinity) + (block.keepWithNext ? leadHeight(flow, next, 2) : 0);
  if (onLastPage(flow) && flow.y + whole > flow.limitY) throw new PageLimit();
  if (flow.y > flow.frame.top && flow.y + need > flow.limitY) newPage(flow);
  else if (flow.y > flow.frame.top) flow.y += block.spaceBefore;
}

/**
 * Draws a paragraph line by line (a page break may fall between any two lines), with its link destination, outline
 * entry and list marker; `next` is the block after it, which a heading is kept with.
 */
export function drawParagraph(flow: FlowContext, block: ParagraphBlock, next: Block | undefined): void {
  const layout = paragraphLayout(flow, block);
  placeParagraph(flow, block, next);
  const tags = flow.tags.paragraph(block.structure, block.marker !== undefined);
  if (block.destination) flow.doc.addNamedDestination(block.destination, 'XYZ', null, flow.y, null);
  if (block.outline) flow.doc.outline.addItem(block.outline);
  const box = { x: flow.frame.inline, width: flow.contentWidth - block.indent };
  if (layout.direction === 'ltr') box.x += block.indent;
  layout.lines.forEach((line, index) => {
    if (flow.y + block.lineHeight > flow.limitY) newPage(flow);
    const baseline = flow.y + block.lineHeight * BASELINE;
    flow.tags.text(tags.body, (tagRun) => flow.writer.drawLine(layout, line, { ...box, baseline, tagRun }));
    if (index === 0 && block.marker) drawMarker(flow, block.marker, block.indent, baseline, layout.direction, tags.label);
    flow.y += block.lineHeight;
  });
  flow.y += block.spaceAfter;
}
