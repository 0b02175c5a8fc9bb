import type { TableBlock } from './blocks.ts';
import { BASELINE, newPage, type FlowContext } from './flow-context.ts';
import type { TagElement } from './flow-tagger.ts';
import type { LayoutParagraph } from './typeset/layout-memo.ts';
import type { ParagraphLayout, Span } from './typeset/types.ts';

/** Padding inside a table cell, on every side, in points. */
export const CELL_PAD = 4;

/** A table's columns on the page: widths, and right edges (the first column starts at the right margin). */
export interface TableColumns {
  widths: number[];
  rightEdges: number[];
}

/** Shares the measure among a table's columns by their weights, first column on the right. */
export function tableColumns(flow: FlowContext, block: TableBlock): TableColumns {
  const total = block.columns.reduce((s, c) => s + c.weight, 0);
  const widths = block.columns.map((c) => (flow.contentWidth * c.weight) / total);
  const rightEdges = widths.map((_, i) => flow.right - widths.slice(0, i).reduce((s, w) => s + w, 0));
  return { widths, rightEdges };
}

/** The height a row needs: its tallest cell's lines, padded above and below. */
export function rowHeight(block: TableBlock, row: readonly ParagraphLayout[]): number {
  return Math.max(1, ...row.map((l) => l.lines.length)) * block.lineHeight + 2 * CELL_PAD;
}

/** A row's cells laid out in their columns' widths. */
export function layoutRow(layout: LayoutParagraph, columns: TableColumns, cells: Span[][]): ParagraphLayout[] {
  return cells.map((spans, i) => layout({ spans, width: (columns.widths[i] ?? 0) - 2 * CELL_PAD, align: 'start', direction: 'rtl' }));
}

/** Where a row's cells go in the structure tree: its TR's cells, or nowhere for a repeated header (an artifact). */
type RowTags = { tr: TagElement; header: boolean } | 'artifact';

/**
 * The height a table needs on the page it starts on: its header row and its first row, as they will be drawn
 * (a first row whose cells wrap takes its lines).
 */
export function tableLeadHeight(flow: FlowContext, block: TableBlock): number {
  const columns = tableColumns(flow, block);
  const header = rowHeight(block, layoutRow(flow.layout, columns, block.columns.map((c) => c.header)));
  const first = block.rows[0];
  return header + (first ? rowHeight(block, layoutRow(flow.layout, columns, first)) : 0);
}

/** How a row is drawn: its fill (a header's), its place in the structure tree, and whether its bottom is ruled. */
interface RowStyle {
  fill: string | null;
  tags: RowTags;
  rule: boolean;
}

function drawRow(flow: FlowContext, block: TableBlock, columns: TableColumns, row: ParagraphLayout[], style: RowStyle): void {
  const { fill, tags } = style;
  const { doc, frame, writer } = flow;
  const h = rowHeight(block, row);
  if (fill) flow.tags.artifact('Layout', () => doc.rect(frame.inline, flow.y, flow.contentWidth, h).fill(fill));
  row.forEach((layout, i) => {
    const w = columns.widths[i] ?? 0;
    const x = (columns.rightEdges[i] ?? 0) - w;
    const cell = tags === 'artifact' ? undefined : flow.tags.cell(tags.tr, tags.header);
    layout.lines.forEach((line, n) => {
      const baseline = flow.y + CELL_PAD + n * block.lineHeight + block.lineHeight * BASELINE;
      const box = { x: x + CELL_PAD, width: w - 2 * CELL_PAD, baseline };
      if (cell) flow.tags.text(cell, (tagRun) => writer.drawLine(layout, line, { ...box, tagRun }));
      else flow.tags.artifact('Pagination', () => writer.drawLine(layout, line, box));
    });
  });
  if (style.rule) flow.tags.artifact('Layout', () => doc.lineWidth(0.5).moveTo(frame.inline, flow.y + h).lineTo(flow.right, flow.y + h).stroke(block.rule));
  flow.y += h;
}

/**
 * Draws a table row by row: it starts on a new page unless its header and first row fit, a row that does not fit
 * goes to the next page, and every page the table reaches repeats the header row. The last row before a break is
 * not ruled: the page's footer rule closes it (two rules a few points apart read as a double rule). In the
 * structure tree the table has its header row once (TH cells); the header repeated on later pages is an artifact.
 */
export function drawTable(flow: FlowContext, block: TableBlock): void {
  const columns = tableColumns(flow, block);
  const header = layoutRow(flow.layout, columns, block.columns.map((c) => c.header));
  const rows = block.rows.map((cells) => layoutRow(flow.layout, columns, cells));
  const firstRow = rows[0];
  if (flow.y + rowHeight(block, header) + (firstRow ? rowHeight(block, firstRow) : 0) > flow.limitY) newPage(flow);
  const table = flow.tags.table();
  const rowTags = (isHeader: boolean): RowTags => ({ tr: flow.tags.row(table), header: isHeader });
  drawRow(flow, block, columns, header, { fill: block.headerFill, tags: rowTags(true), rule: true });
  rows.forEach((row, i) => {
    if (flow.y + rowHeight(block, row) > flow.limitY) {
      newPage(flow);
      drawRow(flow, block, columns, header, { fill: block.headerFill, tags: 'artifact', rule: true });
    }
    const next = rows[i + 1];
    const breakAfter = next !== undefined && flow.y + rowHeight(block, row) + rowHeight(block, next) > flow.limitY;
    drawRow(flow, block, columns, row, { fill: null, tags: rowTags(false), rule: !breakAfter });
  });
  flow.y += block.spaceAfter;
}
