import type { Block, ParagraphBlock } from './blocks.ts';
import type { FlowContext } from './flow-context.ts';
import { tableLeadHeight } from './flow-table.ts';
import { firstPageLines } from './paragraph-breaks.ts';
import type { ParagraphLayout } from './typeset/types.ts';

/** A paragraph's lines at the measure less its indent, laid out once per flow. */
export function paragraphLayout(flow: FlowContext, block: ParagraphBlock): ParagraphLayout {
  let layout = flow.layouts.get(block);
  if (!layout) {
    layout = flow.layout({
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

/** How many lines a paragraph is set in. */
export function lineCount(flow: FlowContext, block: ParagraphBlock): number {
  return Math.max(1, paragraphLayout(flow, block).lines.length);
}

/**
 * The height a block needs on the page it starts on (with the space before a paragraph): the lines of a paragraph
 * that may not be parted from its start (two, or all of a paragraph too short to break: widow and orphan
 * control), a table's header and real first row, an image's or a chart's whole height; no block's is 0.
 */
export function leadHeight(flow: FlowContext, block: Block | undefined): number {
  if (!block) return 0;
  if (block.kind === 'table') return tableLeadHeight(flow, block);
  if (block.kind === 'image') return block.height;
  if (block.kind === 'chart') return block.drawing.height;
  return block.spaceBefore + block.lineHeight * firstPageLines(lineCount(flow, block));
}

/** A paragraph's whole height, the space before it included and the space after it left out. */
export function wholeHeight(flow: FlowContext, block: ParagraphBlock): number {
  return block.spaceBefore + block.lineHeight * lineCount(flow, block);
}

/**
 * The height that must fit below the current position for `blocks[at]` to start there: a block kept with the next
 * (a heading, an entry of a short list) counts whole, with what follows it kept the same way, down to the lead of
 * the first block not kept. A chain taller than `pageHeight` cannot stay on one page: then only the block and the
 * lead of the one after it count.
 */
export function keptHeight(flow: FlowContext, blocks: readonly Block[], at: number, pageHeight: number): number {
  const first = blocks[at];
  if (first?.kind !== 'paragraph' || !first.keepWithNext) return leadHeight(flow, first);
  let height = 0;
  for (let i = at; i < blocks.length; i++) {
    const block = blocks[i];
    if (block?.kind !== 'paragraph' || !block.keepWithNext) {
      height += leadHeight(flow, block);
      break;
    }
    height += wholeHeight(flow, block) + block.spaceAfter;
  }
  return height > pageHeight ? wholeHeight(flow, first) + first.spaceAfter + leadHeight(flow, blocks[at + 1]) : height;
}
