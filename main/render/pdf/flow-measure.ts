import type { Block, ParagraphBlock } from './blocks.ts';
import type { FlowContext } from './flow-context.ts';
import { CELL_PAD } from './flow-table.ts';
import { layoutParagraph } from './typeset/layout-paragraph.ts';
import type { ParagraphLayout } from './typeset/types.ts';

/** A paragraph's lines at the measure less its indent, laid out once per flow. */
export function paragraphLayout(flow: FlowContext, block: ParagraphBlock): ParagraphLayout {
  let layout = flow.layouts.get(block);
  if (!layout) {
    layout = layoutParagraph({
      spans: block.spans,
      width: flow.contentWidth - block.indent,
      align: block.align,
      direction: block.direction,
      justification: block.justification,
    });
    flow.layouts.set(block, layout);
  }
  return layout;
}

/**
 * The height a block's first `lines` lines need (with the space before a paragraph); a table's is its header and
 * one row of a line, an image's its whole height, no block's is 0.
 */
export function leadHeight(flow: FlowContext, block: Block | undefined, lines: number): number {
  if (!block) return 0;
  if (block.kind === 'table') return block.lineHeight * 2 + 4 * CELL_PAD;
  if (block.kind === 'image') return block.height;
  return block.spaceBefore + block.lineHeight * Math.min(lines, Math.max(1, paragraphLayout(flow, block).lines.length));
}
