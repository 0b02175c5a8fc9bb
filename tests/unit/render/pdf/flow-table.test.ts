import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../../../main/render/pdf/blocks.ts';
import { tableColumns } from '../../../../main/render/pdf/flow-table.ts';
import type { Span, TextStyle } from '../../../../main/render/pdf/typeset/types.ts';

// Sizing reads only the spans' text and the block's text size: no face is opened.
const small: TextStyle = { faces: [], size: 9, colour: '#000000' };
const cell = (text: string): Span[] => [{ text, style: small }];
const table = (headers: readonly string[], rows: readonly string[][]): TableBlock => ({
  kind: 'table',
  columns: headers.map((h) => ({ header: cell(h) })),
  rows: rows.map((row) => row.map(cell)),
  textSize: small.size, lineHeight: 13, headerFill: '#eeeeee', rule: '#999999', spaceAfter: 0,
});
const numbers = (n: number): string => Array.from({ length: n }, (_, i) => String(i + 1)).join('، ');
const flow = { contentWidth: 450, right: 500 };

describe('tableColumns', () => {
  it('gives a column of many source numbers the width that saves lines, over a column of short names', () => {
    const block = table(['الاسم', 'النوع', 'المصادر'], [
      ['أحمد سالم', 'شخص', numbers(120)],
      ['وزارة الخارجية', 'منظمة', numbers(80)],
      ['بغداد', 'مكان', numbers(3)],
    ]);
    const { widths, rightEdges } = tableColumns(flow, block);
    const [name, type, sources] = widths as [number, number, number];
    expect(sources).toBeGreaterThan(name * 2);
    expect(sources).toBeGreaterThan(type * 2);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(flow.contentWidth, 6);
    // The first column starts at the right margin, each next one where the one before it ends.
    expect(rightEdges).toEqual([500, 500 - name, 500 - name - type]);
  });

  it('makes every column at least as wide as its header and longest word when the measure affords it', () => {
    const word = 'والاستخباراتية';
    const block = table(['التاريخ', 'الحدث', 'م'], [
      ['١٢ كانون الثاني', `${word} ${'كلام '.repeat(60)}`, '١'],
      ['١٣ كانون الثاني', 'حدث قصير', '٢'],
    ]);
    const { widths } = tableColumns(flow, block);
    const charWidth = small.size * 0.5;
    const longest = [[...'التاريخ'].length, word.length, 1];
    widths.forEach((w, c) => expect(w).toBeGreaterThanOrEqual((longest[c] ?? 0) * charWidth + 8));
    expect(widths[1]).toBeGreaterThan((widths[0] ?? 0) + (widths[2] ?? 0));
  });
});
