import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType, type ParagraphChild } from 'docx';
import { hexColour } from './run-properties-xml.ts';
import { STYLE } from './brief-styles.ts';
import { AVERAGE_CHAR_EM, contentWidths } from '../shared/column-widths.ts';
import type { SectionContext } from './section-context.ts';
import { textRuns } from './text-runs.ts';

/** One cell: its paragraphs' contents, one array per paragraph, and its plain text (what sizes the column). */
export interface CellContent {
  paragraphs: ParagraphChild[][];
  text: string;
}

/** A cell of text, one paragraph per line, in the template's digits. */
export function textCell(context: SectionContext, ...lines: string[]): CellContent {
  return { paragraphs: lines.map((line) => textRuns(line, context.template.digits)), text: lines.join(' ') };
}

const TWIPS_PER_POINT = 20;
// The cell's inner margins on both sides together (the table style's 100 twips each), plus a little slack.
const CELL_PADDING_TWIPS = 240;

/**
 * A table laid out right to left (`w:bidiVisual`, ECMA-376 §17.4.1), so the first column sits on the right, with
 * fixed column widths from the content (../shared/column-widths.ts). Borders, the header's shading and bold are written on
 * the table and its cells, not only in the table style, because LibreOffice ignores a table style's borders and
 * conditional first-row formatting; the header row repeats on every page (`w:tblHeader`) and no row splits across
 * pages (`w:cantSplit`).
 */
export function briefTable(context: SectionContext, headers: readonly string[], rows: readonly CellContent[][]): Table {
  const { template } = context;
  const rule = { style: BorderStyle.SINGLE, size: 4, color: hexColour(template.colours.tableRule) };
  const total = Math.round(context.textWidth * TWIPS_PER_POINT);
  const columns = headers.map((header, c) => [header, ...rows.map((row) => row[c]?.text ?? '')]);
  const widths = contentWidths(columns, total, template.sizes.small * AVERAGE_CHAR_EM * TWIPS_PER_POINT, CELL_PADDING_TWIPS);
  const cell = (content: CellContent, column: number, header: boolean): TableCell => new TableCell({
    width: { size: widths[column] ?? 0, type: WidthType.DXA },
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: hexColour(template.colours.tableHeader) } : undefined,
    children: content.paragraphs.map((children) => new Paragraph({ style: STYLE.tableText, bidirectional: true, children })),
  });
  const headerCell = (text: string): CellContent => ({ paragraphs: [textRuns(text, template.digits, STYLE.label)], text });
  return new Table({
    style: STYLE.table,
    visuallyRightToLeft: true,
    layout: TableLayoutType.FIXED,
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: rule, bottom: rule, left: rule, right: rule, insideHorizontal: rule, insideVertical: rule },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, c) => cell(headerCell(h), c, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((content, c) => cell(content, c, false)) })),
    ],
  });
}
