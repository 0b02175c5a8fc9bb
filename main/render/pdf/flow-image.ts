import type { ImageBlock } from './blocks.ts';
import { newPage, type FlowContext } from './flow-context.ts';

/**
 * Draws an image on the start side of the measure, on a new page when it does not fit below what is drawn: a
 * Figure read as its alternate text.
 */
export function drawImage(flow: FlowContext, block: ImageBlock): void {
  if (flow.y > flow.frame.top && flow.y + block.height > flow.limitY) newPage(flow);
  // Only right-to-left documents are made, so the start side is the right margin.
  flow.tags.figure(block.alt, () => {
    flow.doc.image(Buffer.from(block.bytes), flow.right - block.width, flow.y, { width: block.width, height: block.height });
  });
  flow.y += block.height + block.spaceAfter;
}
