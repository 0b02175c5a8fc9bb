import { Paragraph, Table, TableCell, TableRow, WidthType, type ParagraphChild } from 'docx';
import { STYLE } from './brief-styles.ts';
import { textRuns } from './text-runs.ts';

/** One cell: its paragraphs' contents, one array per paragraph. */
export type CellContent = ParagraphChild[][];

/** A cell of plain text, one paragraph per line. */
export function textCell(...lines: string[]): CellContent {
  return lines.map((line) => textRuns(line));
}

/**
 * A table in the brief's table style, laid out right to left (`w:bidiVisual`, ECMA-376 §17.4.1), so the first
 * column sits on the right. The header row repeats on every page (`w:tblHeader`) and takes the style's first-row
 * formatting; widths are percentages of the text width so the table fits any page size.
 */
export function briefTable(headers: readonly string[], rows: readonly CellContent[][], widthsPercent: readonly number[]): Table {
  const cell = (content: CellContent, column: number): TableCell => new TableCell({
    width: { size: widthsPercent[column] ?? 10, type: WidthType.PERCENTAGE },
    children: content.map((children) => new Paragraph({ style: STYLE.tableText, bidirectional: true, children })),
  });
  return new Table({
    style: STYLE.table,
    visuallyRightToLeft: true,
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((header, column) => cell(textCell(header), column)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map(cell) })),
    ],
  });
}
