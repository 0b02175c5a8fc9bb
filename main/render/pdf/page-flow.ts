import type { Block, ImageBlock, ParagraphBlock, TableBlock } from './blocks.ts';
import type { GlyphWriter } from './glyph-writer.ts';
import { layoutParagraph } from './typeset/layout-paragraph.ts';
import type { ParagraphLayout, Span } from './typeset/types.ts';

/** The parts of the pdfkit document the flow uses (public API). */
export interface FlowDocument {
  addPage(): unknown;
  addNamedDestination(name: string, ...args: unknown[]): unknown;
  outline: { addItem(title: string): unknown };
  rect(x: number, y: number, w: number, h: number): FlowDocument;
  moveTo(x: number, y: number): FlowDocument;
  lineTo(x: number, y: number): FlowDocument;
  fill(colour: string): unknown;
  lineWidth(w: number): FlowDocument;
  stroke(colour: string): unknown;
  image(src: Buffer, x: number, y: number, options: { width: number; height: number }): unknown;
}

export interface PageFrame {
  width: number;
  height: number;
  top: number;
  bottom: number;
  inline: number;
  /** At most this many pages; 0 means no limit. */
  maxPages: number;
}

export interface FlowResult {
  pages: number;
  /** Blocks left out because the page limit was reached. */
  dropped: number;
}

// Where the baseline sits within a line box, as a share of the line height: Arabic needs room below for descenders.
const BASELINE = 0.72;
const CELL_PAD = 4;

class PageLimit extends Error {}

/**
 * Flows blocks down pages: paragraphs line by line (a page break may fall between any two lines), headings kept
 * with the first two lines of what follows, tables row by row with the header row repeated on each page.
 */
export function flowBlocks(doc: FlowDocument, writer: GlyphWriter, frame: PageFrame, blocks: readonly Block[]): FlowResult {
  const contentWidth = frame.width - 2 * frame.inline;
  const right = frame.width - frame.inline;
  const limitY = frame.height - frame.bottom;
  let pages = 0;
  let y = 0;
  const newPage = (): void => {
    if (frame.maxPages > 0 && pages >= frame.maxPages) throw new PageLimit();
    doc.addPage();
    pages++;
    y = frame.top;
  };
  const layouts = new Map<ParagraphBlock, ParagraphLayout>();
  const layoutOf = (block: ParagraphBlock): ParagraphLayout => {
    let layout = layouts.get(block);
    if (!layout) {
      layout = layoutParagraph({
        spans: block.spans, width: contentWidth - block.indent, align: block.align, justification: block.justification,
      });
      layouts.set(block, layout);
    }
    return layout;
  };
  const linesHeight = (block: Block | undefined, lines: number): number => {
    if (!block) return 0;
    if (block.kind === 'table') return block.lineHeight * 2 + 4 * CELL_PAD;
    if (block.kind === 'image') return block.height;
    return block.spaceBefore + block.lineHeight * Math.min(lines, Math.max(1, layoutOf(block).lines.length));
  };

  const drawParagraph = (block: ParagraphBlock, next: Block | undefined): void => {
    const layout = layoutOf(block);
    const need = block.keepWithNext
      ? linesHeight(block, Infinity) + linesHeight(next, 2)
      : linesHeight(block, 1);
    const onLastPage = frame.maxPages > 0 && pages >= frame.maxPages;
    // On the last page a page-limited document may have, a block that cannot be finished is left out whole.
    if (onLastPage && y + block.spaceBefore + linesHeight(block, Infinity) + (block.keepWithNext ? linesHeight(next, 2) : 0) > limitY) {
      throw new PageLimit();
    }
    if (y > frame.top && y + need > limitY) newPage();
    else if (y > frame.top) y += block.spaceBefore;
    if (block.destination) doc.addNamedDestination(block.destination, 'XYZ', null, y, null);
    if (block.outline) doc.outline.addItem(block.outline);
    const box = { x: frame.inline, width: contentWidth - block.indent };
    if (layout.direction === 'ltr') box.x += block.indent;
    layout.lines.forEach((line, index) => {
      if (y + block.lineHeight > limitY) newPage();
      const baseline = y + block.lineHeight * BASELINE;
      writer.drawLine(layout, line, { ...box, baseline });
      if (index === 0 && block.marker) drawMarker(block.marker, block.indent, baseline, layout.direction);
      y += block.lineHeight;
    });
    y += block.spaceAfter;
  };

  const drawMarker = (marker: Span[], indent: number, baseline: number, direction: 'rtl' | 'ltr'): void => {
    const layout = layoutParagraph({ spans: marker, width: indent - 4, align: direction === 'rtl' ? 'start' : 'start', direction });
    const line = layout.lines[0];
    if (!line) return;
    const x = direction === 'rtl' ? right - indent : frame.inline;
    writer.drawLine(layout, line, { x, width: indent - 4, baseline });
  };

  const drawTable = (block: TableBlock): void => {
    const total = block.columns.reduce((s, c) => s + c.weight, 0);
    const widths = block.columns.map((c) => (contentWidth * c.weight) / total);
    // Column i's right edge: the first column starts at the right margin.
    const rightEdges = widths.map((_, i) => right - widths.slice(0, i).reduce((s, w) => s + w, 0));
    const layoutRow = (cells: Span[][]): ParagraphLayout[] =>
      cells.map((spans, i) => layoutParagraph({ spans, width: (widths[i] ?? 0) - 2 * CELL_PAD, align: 'start', direction: 'rtl' }));
    const rowHeight = (row: ParagraphLayout[]): number =>
      Math.max(1, ...row.map((l) => l.lines.length)) * block.lineHeight + 2 * CELL_PAD;
    const drawRow = (row: ParagraphLayout[], fill: string | null): void => {
      const h = rowHeight(row);
      if (fill) doc.rect(frame.inline, y, contentWidth, h).fill(fill);
      row.forEach((layout, i) => {
        const w = widths[i] ?? 0;
        const x = (rightEdges[i] ?? 0) - w;
        layout.lines.forEach((line, n) => {
          const baseline = y + CELL_PAD + n * block.lineHeight + block.lineHeight * BASELINE;
          writer.drawLine(layout, line, { x: x + CELL_PAD, width: w - 2 * CELL_PAD, baseline });
        });
      });
      doc.lineWidth(0.5).moveTo(frame.inline, y + h).lineTo(right, y + h).stroke(block.rule);
      y += h;
    };
    const header = layoutRow(block.columns.map((c) => c.header));
    const rows = block.rows.map(layoutRow);
    const firstRow = rows[0];
    if (y + rowHeight(header) + (firstRow ? rowHeight(firstRow) : 0) > limitY) newPage();
    drawRow(header, block.headerFill);
    for (const row of rows) {
      if (y + rowHeight(row) > limitY) {
        newPage();
        drawRow(header, block.headerFill);
      }
      drawRow(row, null);
    }
    y += block.spaceAfter;
  };

  const drawImage = (block: ImageBlock): void => {
    if (y > frame.top && y + block.height > limitY) newPage();
    // Only right-to-left documents are made, so the start side is the right margin.
    doc.image(Buffer.from(block.bytes), right - block.width, y, { width: block.width, height: block.height });
    y += block.height + block.spaceAfter;
  };

  let index = 0;
  try {
    newPage();
    for (; index < blocks.length; index++) {
      const block = blocks[index];
      if (!block) continue;
      if (block.kind === 'paragraph') drawParagraph(block, blocks[index + 1]);
      else if (block.kind === 'image') drawImage(block);
      else drawTable(block);
    }
  } catch (error) {
    if (!(error instanceof PageLimit)) throw error;
  }
  return { pages, dropped: blocks.length - index };
}
