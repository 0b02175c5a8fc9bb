import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, ParagraphBlock, TableBlock } from '../../../../main/render/pdf/blocks.ts';
import type { GlyphWriter, LineBox } from '../../../../main/render/pdf/glyph-writer.ts';
import { flowBlocks, type FlowDocument, type PageFrame } from '../../../../main/render/pdf/page-flow.ts';
import { openFontFace } from '../../../../main/render/pdf/typeset/font-face.ts';
import { layoutParagraph } from '../../../../main/render/pdf/typeset/layout-paragraph.ts';
import type { Line, LoggedLine, ParagraphLayout, TextStyle } from '../../../../main/render/pdf/typeset/types.ts';
import { fontsDir } from './fixtures.ts';

const amiri = openFontFace(join(fontsDir, 'Amiri-Regular.ttf'), readFileSync(join(fontsDir, 'Amiri-Regular.ttf')));
const body: TextStyle = { faces: [amiri], size: 12, colour: '#000000' };

/** A document that records, in order, the pages begun, the outline entries, the fills, the rules and the lines drawn. */
function recorder(): { doc: FlowDocument; writer: GlyphWriter; events: string[] } {
  const events: string[] = [];
  let page = 0;
  let ruleY = 0;
  const doc: FlowDocument = {
    addPage: () => events.push(`page ${++page}`),
    addNamedDestination: (name: string) => events.push(`destination ${name}`),
    outline: { addItem: (title: string) => events.push(`outline ${title}`) },
    rect: () => doc,
    circle: () => doc,
    polygon: () => doc,
    moveTo: (_x: number, y: number) => {
      ruleY = y;
      return doc;
    },
    lineTo: () => doc,
    fill: (colour: string) => events.push(`fill ${colour}`),
    lineWidth: () => doc,
    stroke: () => events.push(`rule at ${ruleY}`),
    image: (_src: Buffer, x: number) => events.push(`image at ${x}`),
  };
  const log: LoggedLine[] = [];
  const writer: GlyphWriter = {
    log,
    drawLine(_layout: ParagraphLayout, line: Line, box: LineBox): LoggedLine {
      const text = line.runs.map((r) => r.text).join('');
      events.push(`line ${text.trim()} at ${Math.round(box.x)}`);
      const logged = { page, text, paragraph: text, runs: [], x: box.x, baseline: box.baseline };
      log.push(logged);
      return logged;
    },
  };
  return { doc, writer, events };
}

// 200 points high with 20-point margins: 160 points of text, eight 20-point lines a page.
const FRAME: PageFrame = { width: 300, height: 200, top: 20, bottom: 20, inline: 20, maxPages: 0 };

const paragraph = (text: string, extra: Partial<ParagraphBlock> = {}): ParagraphBlock => ({
  kind: 'paragraph', spans: [{ text, style: body }], align: 'start', direction: 'rtl', lineHeight: 20, spaceBefore: 0, spaceAfter: 0, indent: 0, ...extra,
});
const lines = (n: number): ParagraphBlock[] => Array.from({ length: n }, (_, i) => paragraph(`سطر ${i + 1}`));
const pagesOf = (events: string[]) => events.filter((e) => e.startsWith('page')).length;

/** A paragraph of one repeated word that the flow sets in exactly `count` lines (its measure: 260 points). */
function paragraphOfLines(count: number, word: string): ParagraphBlock {
  for (let words = 1; words < 400; words++) {
    const text = Array.from({ length: words }, () => word).join(' ');
    const set = layoutParagraph({ spans: [{ text, style: body }], width: 260, align: 'start', direction: 'rtl' }).lines.length;
    if (set === count) return paragraph(text);
  }
  throw new Error(`no paragraph of ${count} lines`);
}

/** How many of the lines holding `word` each page holds, pages in order (a page without any gives 0). */
function linesByPage(events: string[], word: string): number[] {
  const counts: number[] = [];
  for (const e of events) {
    if (e.startsWith('page')) counts.push(0);
    else if (e.startsWith('line ') && e.includes(word)) counts[counts.length - 1] = (counts[counts.length - 1] ?? 0) + 1;
  }
  return counts;
}

/** The y of each rule drawn on each page. */
function rulesByPage(events: string[]): number[][] {
  const pages: number[][] = [];
  for (const e of events) {
    if (e.startsWith('page')) pages.push([]);
    else if (e.startsWith('rule at ')) pages[pages.length - 1]?.push(Number(e.slice(8)));
  }
  return pages;
}

describe('flowBlocks', () => {
  it('moves a heading to the next page when the first lines of what follows would not fit under it', () => {
    const { doc, writer, events } = recorder();
    const heading = paragraph('عنوان', { keepWithNext: true, outline: 'عنوان' });
    flowBlocks(doc, writer, FRAME, [...lines(7), heading, paragraph('سطر تحت العنوان')]);
    expect(events.indexOf('outline عنوان')).toBeGreaterThan(events.indexOf('page 2'));
  });

  it('leaves a heading where it is when there is room for it and two lines after it', () => {
    const { doc, writer, events } = recorder();
    const heading = paragraph('عنوان', { keepWithNext: true, outline: 'عنوان' });
    flowBlocks(doc, writer, FRAME, [...lines(5), heading, paragraph('سطر تحت العنوان')]);
    expect(pagesOf(events)).toBe(1);
  });

  it('drops what does not fit in a page-limited frame, and counts it', () => {
    const { doc, writer, events } = recorder();
    const result = flowBlocks(doc, writer, { ...FRAME, maxPages: 1 }, lines(20));
    expect(result).toEqual({ pages: 1, dropped: 12 });
    expect(pagesOf(events)).toBe(1);
    expect(flowBlocks(recorder().doc, recorder().writer, FRAME, lines(20))).toEqual({ pages: 3, dropped: 0 });
  });

  it('repeats a table\'s header row on every page the table reaches', () => {
    const { doc, writer, events } = recorder();
    const table: TableBlock = {
      kind: 'table',
      columns: [{ header: [{ text: 'التاريخ', style: body }] }, { header: [{ text: 'الحدث', style: body }] }],
      rows: Array.from({ length: 12 }, (_, i) => [[{ text: `${i + 1}`, style: body }], [{ text: 'حدث', style: body }]]),
      textSize: body.size, lineHeight: 20, headerFill: '#eeeeee', rule: '#999999', spaceAfter: 0,
    };
    const result = flowBlocks(doc, writer, FRAME, [table]);
    expect(result.pages).toBeGreaterThan(1);
    expect(events.filter((e) => e === 'fill #eeeeee')).toHaveLength(result.pages);
  });

  it('never leaves a paragraph\'s first line alone at the foot of a page (orphan): the paragraph moves on', () => {
    const { doc, writer, events } = recorder();
    flowBlocks(doc, writer, FRAME, [...lines(7), paragraphOfLines(5, 'كلمة')]);
    expect(linesByPage(events, 'كلمة')).toEqual([0, 5]);
  });

  it('never leaves a paragraph\'s last line alone at the head of a page (widow): the break moves a line up', () => {
    const { doc, writer, events } = recorder();
    flowBlocks(doc, writer, FRAME, [...lines(4), paragraphOfLines(5, 'كلمة')]);
    expect(linesByPage(events, 'كلمة')).toEqual([3, 2]);
  });

  it('keeps a heading with its table\'s real first row: a row whose cells wrap moves the heading on', () => {
    const { doc, writer, events } = recorder();
    const heading = paragraph('عنوان', { keepWithNext: true, outline: 'عنوان' });
    const table: TableBlock = {
      kind: 'table',
      columns: [{ header: [{ text: 'التاريخ', style: body }] }, { header: [{ text: 'الحدث', style: body }] }],
      // 28 points a row of one line (20 + padding); the first row's event wraps over two lines.
      rows: [[[{ text: '١', style: body }], [{ text: Array.from({ length: 10 }, () => 'حدث').join(' '), style: body }]]],
      textSize: body.size, lineHeight: 20, headerFill: '#eeeeee', rule: '#999999', spaceAfter: 0,
    };
    // Four lines leave 80 points: room for the heading, the header and a row of one line (76), not a taller row.
    flowBlocks(doc, writer, FRAME, [...lines(4), heading, table]);
    expect(events.indexOf('outline عنوان')).toBeGreaterThan(events.indexOf('page 2'));
    // The header (الحدث) and the row's two lines, all under the heading on page 2.
    expect(linesByPage(events, 'حدث')).toEqual([0, 3]);
  });

  it('keeps a short list whose entries are kept with the next on one page, with its heading', () => {
    const { doc, writer, events } = recorder();
    const heading = paragraph('المصادر', { keepWithNext: true, outline: 'المصادر' });
    const entries = Array.from({ length: 5 }, (_, i) => paragraph(`مصدر ${i + 1}`, { keepWithNext: i < 4 }));
    // Six lines leave room for the heading and one entry: the heading and all five go to the next page.
    flowBlocks(doc, writer, FRAME, [...lines(6), heading, ...entries]);
    expect(linesByPage(events, 'مصدر')).toEqual([0, 5]);
    expect(events.indexOf('outline المصادر')).toBeGreaterThan(events.indexOf('page 2'));
  });

  it('leaves the last row before a page break unruled (the footer rule closes it) and rules every other', () => {
    const { doc, writer, events } = recorder();
    const table: TableBlock = {
      kind: 'table',
      columns: [{ header: [{ text: 'التاريخ', style: body }] }, { header: [{ text: 'الحدث', style: body }] }],
      rows: Array.from({ length: 6 }, (_, i) => [[{ text: `${i + 1}`, style: body }], [{ text: 'حدث', style: body }]]),
      textSize: body.size, lineHeight: 20, headerFill: '#eeeeee', rule: '#999999', spaceAfter: 0,
    };
    flowBlocks(doc, writer, FRAME, [table]);
    // Rows of 28 points from y = 20: the header and four rows fill page 1 down to 160, the fifth does not fit.
    expect(rulesByPage(events)).toEqual([[48, 76, 104, 132], [48, 76, 104]]);
  });

  it('splits a row taller than a page over pages, under the repeated header, drawing every line inside the frame', () => {
    const { doc, writer, events } = recorder();
    // Twenty lines of one cell: 400 points, where a page holds 160 under its margins.
    const tall = Array.from({ length: 20 }, (_, i) => `سطر${i + 1}`).join(' ');
    const table: TableBlock = {
      kind: 'table',
      columns: [{ header: [{ text: 'الاسم', style: body }] }, { header: [{ text: 'المصادر', style: body }] }],
      rows: [
        [[{ text: 'أول', style: body }], [{ text: tall, style: { ...body, size: 40 } }]],
        [[{ text: 'ثان', style: body }], [{ text: '٢', style: body }]],
      ],
      textSize: body.size, lineHeight: 20, headerFill: '#eeeeee', rule: '#999999', spaceAfter: 0,
    };
    const result = flowBlocks(doc, writer, FRAME, [table]);
    const drawn = writer.log.filter((l) => l.text.includes('سطر'));
    expect(drawn.length).toBeGreaterThan(8);
    // No line below the frame's foot (200 - 20): the old flow drew the whole row on its first page.
    expect(Math.max(...writer.log.map((l) => l.baseline))).toBeLessThanOrEqual(180);
    expect(new Set(drawn.map((l) => l.page)).size).toBe(result.pages);
    expect(events.filter((e) => e === 'fill #eeeeee')).toHaveLength(result.pages);
    expect(writer.log.some((l) => l.text.includes('ثان'))).toBe(true);
    // The name cell says whose lines these are on every page the row continues to, and only there.
    const pagesOf = (text: string): number[] => [...new Set(writer.log.filter((l) => l.text.includes(text)).map((l) => l.page))];
    const rowPages = new Set(drawn.map((l) => l.page));
    expect(pagesOf('تابع')).toEqual([...rowPages].slice(1));
    expect(pagesOf('أول')).toEqual([...rowPages]);
  });

  it('sets a list marker and a logo on the start side (the right margin)', () => {
    const { doc, writer, events } = recorder();
    const image: Block = { kind: 'image', bytes: new Uint8Array([0]), width: 50, height: 20, spaceAfter: 0, alt: 'شعار' };
    flowBlocks(doc, writer, FRAME, [image, paragraph('بند', { indent: 16, marker: [{ text: '•', style: body }] })]);
    expect(events).toContain(`image at ${300 - 20 - 50}`);
    expect(events).toContain(`line • at ${300 - 20 - 16}`);
  });
});
