import { AVERAGE_CHAR_EM, contentWidths } from '../shared/column-widths.ts';
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

// Slack beside the cell's padding, in points: the average-character model is an estimate of the glyphs' widths.
const WIDTH_SLACK = 2;

// A table's widths, kept for the measure they were computed for: sizing reads every cell, and a table is asked
// for its columns twice (whether it starts on this page, then to draw it).
const sized = new WeakMap<TableBlock, { measure: number; widths: number[] }>();

/**
 * Shares the measure among a table's columns from their content, first column on the right: as the Word file's
 * table does (../shared/column-widths.ts), so a column of short values (a type, a count, source numbers) takes what
 * it needs and the running text the rest.
 */
export function tableColumns(flow: Pick<FlowContext, 'contentWidth' | 'right'>, block: TableBlock): TableColumns {
  const kept = sized.get(block);
  const widths = kept?.measure === flow.contentWidth ? kept.widths : contentWidths(
    block.columns.map((column, c) => [column.header, ...block.rows.map((row) => row[c] ?? [])].map((spans) => spans.map((s) => s.text).join(''))),
    flow.contentWidth, block.textSize * AVERAGE_CHAR_EM, 2 * CELL_PAD + WIDTH_SLACK);
  sized.set(block, { measure: flow.contentWidth, widths });
  const rightEdges = widths.map((_, i) => flow.right - widths.slice(0, i).reduce((s, w) => s + w, 0));
  return { widths, rightEdges };
}

/** How many lines a row takes: its tallest cell's (an empty row takes one). */
function rowLines(row: readonly ParagraphLayout[]): number {
  return Math.max(1, ...row.map((l) => l.lines.length));
}

/** The height `lines` lines of a row take, padded above and below. */
function sliceHeight(block: TableBlock, lines: number): number {
  return lines * block.lineHeight + 2 * CELL_PAD;
}

/** The height a row needs: its tallest cell's lines, padded above and below. */
export function rowHeight(block: TableBlock, row: readonly ParagraphLayout[]): number {
  return sliceHeight(block, rowLines(row));
}

// The fewest lines of a row split over pages that a page's foot holds; fewer, and the row starts on the next page.
const MIN_SLICE_LINES = 2;

/**
 * The height a row needs on the page it starts on: all of it, or, for a row taller than a page holds under the
 * header (a busy brief's actor cited by hundreds of sources), its first lines: the rest follows on the next pages.
 */
function leadHeight(flow: FlowContext, block: TableBlock, header: number, row: readonly ParagraphLayout[]): number {
  const whole = rowHeight(block, row);
  return whole <= flow.limitY - flow.frame.top - header ? whole : sliceHeight(block, MIN_SLICE_LINES);
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
  return header + (first ? leadHeight(flow, block, header, layoutRow(flow.layout, columns, first)) : 0);
}

/** How a row is drawn: its fill (a header's), its place in the structure tree, and whether its bottom is ruled. */
interface RowStyle {
  fill: string | null;
  tags: RowTags;
  rule: boolean;
}

// Said after a split row's first cell on the pages the row continues to.
const CONTINUED = '(تابع)';

/**
 * What a split row's first cell says on the pages the row continues to, where its own lines have ended: its text and
 * «(تابع)», so a page of an actor's sources under an empty name cell still says whose they are (a reader of the
 * printed page cannot scroll back). Null for an empty first cell.
 */
function continuedLabel(flow: FlowContext, columns: TableColumns, first: readonly Span[] | undefined): ParagraphLayout | null {
  const last = first?.at(-1);
  if (first === undefined || last === undefined) return null;
  const spans = [...first, { text: ` ${CONTINUED}`, style: last.style }];
  return flow.layout({ spans, width: (columns.widths[0] ?? 0) - 2 * CELL_PAD, align: 'start', direction: 'rtl' });
}

/**
 * The lines [from, to) of a row's cells, drawn into `cells` (the row's tagged cells, or none for an artifact). A
 * `label` is drawn in the first column when that cell's own lines have ended (a split row's later slices), as an
 * artifact: the tagged text says the cell once.
 */
function drawSlice(
  flow: FlowContext, block: TableBlock, columns: TableColumns, row: ParagraphLayout[], style: RowStyle,
  [from, to]: [number, number], cells: ReadonlyArray<TagElement | undefined>, label: ParagraphLayout | null = null,
): void {
  const { doc, frame, writer } = flow;
  const h = sliceHeight(block, Math.max(1, to - from));
  if (style.fill) flow.tags.artifact('Layout', () => doc.rect(frame.inline, flow.y, flow.contentWidth, h).fill(style.fill ?? ''));
  const box = (i: number, n: number): { x: number; width: number; baseline: number } => {
    const w = columns.widths[i] ?? 0;
    const baseline = flow.y + CELL_PAD + n * block.lineHeight + block.lineHeight * BASELINE;
    return { x: (columns.rightEdges[i] ?? 0) - w + CELL_PAD, width: w - 2 * CELL_PAD, baseline };
  };
  row.forEach((layout, i) => {
    const cell = cells[i];
    layout.lines.slice(from, to).forEach((line, n) => {
      if (cell) flow.tags.text(cell, (tagRun) => writer.drawLine(layout, line, { ...box(i, n), tagRun }));
      else flow.tags.artifact('Pagination', () => writer.drawLine(layout, line, box(i, n)));
    });
  });
  if (label && (row[0]?.lines.length ?? 0) <= from) {
    label.lines.slice(0, to - from).forEach((line, n) => flow.tags.artifact('Pagination', () => writer.drawLine(label, line, box(0, n))));
  }
  if (style.rule) flow.tags.artifact('Layout', () => doc.lineWidth(0.5).moveTo(frame.inline, flow.y + h).lineTo(flow.right, flow.y + h).stroke(block.rule));
  flow.y += h;
}

function rowCells(flow: FlowContext, row: readonly ParagraphLayout[], tags: RowTags): Array<TagElement | undefined> {
  return row.map(() => (tags === 'artifact' ? undefined : flow.tags.cell(tags.tr, tags.header)));
}

function drawRow(flow: FlowContext, block: TableBlock, columns: TableColumns, row: ParagraphLayout[], style: RowStyle): void {
  drawSlice(flow, block, columns, row, style, [0, rowLines(row)], rowCells(flow, row, style.tags));
}

/**
 * Draws a row taller than a page holds under the header: as many of its lines as each page holds, the header
 * repeated on every page it reaches, its first cell's text with «(تابع)» on each page after the first (`label`), its
 * cells one set of tagged cells throughout. `ruleLast` says, from where
 * the row ends, whether its last slice is ruled.
 */
function drawSplitRow(
  flow: FlowContext, block: TableBlock, columns: TableColumns, row: ParagraphLayout[],
  parts: { header: ParagraphLayout[]; label: ParagraphLayout | null; tags: RowTags; ruleLast: (bottom: number) => boolean },
): void {
  const cells = rowCells(flow, row, parts.tags);
  const total = rowLines(row);
  const room = (): number => Math.floor((flow.limitY - flow.y - 2 * CELL_PAD) / block.lineHeight);
  const nextPage = (): void => {
    newPage(flow);
    drawRow(flow, block, columns, parts.header, { fill: block.headerFill, tags: 'artifact', rule: true });
  };
  if (room() < MIN_SLICE_LINES) nextPage();
  for (let from = 0; from < total;) {
    // At least a line a page, whatever the page holds: the row always moves on.
    const to = Math.min(total, from + Math.max(1, room()));
    const last = to === total;
    const rule = last && parts.ruleLast(flow.y + sliceHeight(block, to - from));
    drawSlice(flow, block, columns, row, { fill: null, tags: parts.tags, rule }, [from, to], cells, from > 0 ? parts.label : null);
    from = to;
    if (!last) nextPage();
  }
}

/**
 * Draws a table row by row: it starts on a new page unless its header and first row fit, a row that does not fit
 * goes to the next page (one taller than a page is split over pages, drawSplitRow), and every page the table
 * reaches repeats the header row. The last row before a break is
 * not ruled: the page's footer rule closes it (two rules a few points apart read as a double rule). In the
 * structure tree the table has its header row once (TH cells); the header repeated on later pages is an artifact.
 */
export function drawTable(flow: FlowContext, block: TableBlock): void {
  const columns = tableColumns(flow, block);
  const header = layoutRow(flow.layout, columns, block.columns.map((c) => c.header));
  const rows = block.rows.map((cells) => layoutRow(flow.layout, columns, cells));
  const firstRow = rows[0];
  const headerHeight = rowHeight(block, header);
  if (flow.y + headerHeight + (firstRow ? leadHeight(flow, block, headerHeight, firstRow) : 0) > flow.limitY) newPage(flow);
  const table = flow.tags.table();
  const rowTags = (isHeader: boolean): RowTags => ({ tr: flow.tags.row(table), header: isHeader });
  drawRow(flow, block, columns, header, { fill: block.headerFill, tags: rowTags(true), rule: true });
  rows.forEach((row, i) => {
    const next = rows[i + 1];
    const breaksAfter = (bottom: number): boolean => next !== undefined && bottom + leadHeight(flow, block, headerHeight, next) > flow.limitY;
    if (leadHeight(flow, block, headerHeight, row) < rowHeight(block, row)) {
      const label = continuedLabel(flow, columns, block.rows[i]?.[0]);
      drawSplitRow(flow, block, columns, row, { header, label, tags: rowTags(false), ruleLast: (bottom) => !breaksAfter(bottom) });
      return;
    }
    if (flow.y + rowHeight(block, row) > flow.limitY) {
      newPage(flow);
      drawRow(flow, block, columns, header, { fill: block.headerFill, tags: 'artifact', rule: true });
    }
    drawRow(flow, block, columns, row, { fill: null, tags: rowTags(false), rule: !breaksAfter(flow.y + rowHeight(block, row)) });
  });
  flow.y += block.spaceAfter;
}
