import type { Block } from './blocks.ts';
import { drawChart } from './flow-chart.ts';
import { flowContext, newPage, PageLimit, type FlowContext, type FlowDocument, type PageFrame } from './flow-context.ts';
import { drawImage } from './flow-image.ts';
import { drawParagraph } from './flow-paragraph.ts';
import { drawTable } from './flow-table.ts';
import type { FlowTagger } from './flow-tagger.ts';
import type { GlyphWriter } from './glyph-writer.ts';

// The document and frame are flowBlocks' inputs: its callers import them from here.
export type { FlowDocument, PageFrame } from './flow-context.ts';

export interface FlowResult {
  pages: number;
  /** Blocks left out because the page limit was reached. */
  dropped: number;
}

function drawBlock(flow: FlowContext, blocks: readonly Block[], at: number): void {
  const block = blocks[at];
  switch (block?.kind) {
    case undefined: return;
    case 'paragraph': return drawParagraph(flow, block, blocks, at);
    case 'image': return drawImage(flow, block);
    case 'table': return drawTable(flow, block);
    case 'chart': return drawChart(flow, block);
  }
}

/**
 * Flows blocks down pages: paragraphs line by line (a page break falls between two lines, with at least two on
 * each side), blocks kept with the next (headings, a short list's entries) kept with the start of what follows,
 * tables row by row with the header row repeated on each page. When the
 * frame's page limit is reached, the blocks not yet drawn are counted as dropped. A tagger, when given, builds the
 * structure tree of a tagged PDF as the blocks are drawn (the caller finishes it).
 */
export function flowBlocks(
  doc: FlowDocument, writer: GlyphWriter, frame: PageFrame, blocks: readonly Block[], tags?: FlowTagger,
): FlowResult {
  const flow = flowContext(doc, writer, frame, tags);
  let index = 0;
  try {
    newPage(flow);
    for (; index < blocks.length; index++) {
      drawBlock(flow, blocks, index);
    }
  } catch (error) {
    if (!(error instanceof PageLimit)) throw error;
  }
  return { pages: flow.pages, dropped: blocks.length - index };
}
