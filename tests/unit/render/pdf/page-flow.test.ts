import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, ParagraphBlock, TableBlock } from '../../../../main/render/pdf/blocks.ts';
import type { GlyphWriter, LineBox } from '../../../../main/render/pdf/glyph-writer.ts';
import { flowBlocks, type FlowDocument, type PageFrame } from '../../../../main/render/pdf/page-flow.ts';
import { openFontFace } from '../../../../main/render/pdf/typeset/font-face.ts';
import type { Line, LoggedLine, ParagraphLayout, TextStyle } from '../../../../main/render/pdf/typeset/types.ts';
import { fontsDir } from './fixtures.ts';

const amiri = openFontFace(join(fontsDir, 'Amiri-Regular.ttf'), readFileSync(join(fontsDir, 'Amiri-Regular.ttf')));
const body: TextStyle = { faces: [amiri], size: 12, colour: '#000000' };

/** A document that records, in order, the pages begun, the outline entries, the fills and the lines drawn. */
function recorder(): { doc: FlowDocument; writer: GlyphWriter; events: string[] } {
  const events: string[] = [];
  let page = 0;
  const doc: FlowDocument = {
    addPage: () => events.push(`page ${++page}`),
    addNamedDestination: (name: string) => events.push(`destination ${name}`),
    outline: { addItem: (title: string) => events.push(`outline ${title}`) },
    rect: () => doc,
    moveTo: () => doc,
    lineTo: () => doc,
    fill: (colour: string) => events.push(`fill ${colour}`),
    lineWidth: () => doc,
    stroke: () => undefined,
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
  kind: 'paragraph', spans: [{ text, style: body }], align: 'start', lineHeight: 20, spaceBefore: 0, spaceAfter: 0, indent: 0, ...extra,
});
const lines = (n: number): ParagraphBlock[] => Array.from({ length: n }, (_, i) => paragraph(`سطر ${i + 1}`));
const pagesOf = (events: string[]) => events.filter((e) => e.startsWith('page')).length;

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
      columns: [{ header: [{ text: 'التاريخ', style: body }], weight: 1 }, { header: [{ text: 'الحدث', style: body }], weight: 3 }],
      rows: Array.from({ length: 12 }, (_, i) => [[{ text: `${i + 1}`, style: body }], [{ text: 'حدث', style: body }]]),
      lineHeight: 20, headerFill: '#eeeeee', rule: '#999999', spaceAfter: 0,
    };
    const result = flowBlocks(doc, writer, FRAME, [table]);
    expect(result.pages).toBeGreaterThan(1);
    expect(events.filter((e) => e === 'fill #eeeeee')).toHaveLength(result.pages);
  });

  it('sets a list marker and a logo on the start side (the right margin)', () => {
    const { doc, writer, events } = recorder();
    const image: Block = { kind: 'image', bytes: new Uint8Array([0]), width: 50, height: 20, spaceAfter: 0, alt: 'شعار' };
    flowBlocks(doc, writer, FRAME, [image, paragraph('بند', { indent: 16, marker: [{ text: '•', style: body }] })]);
    expect(events).toContain(`image at ${300 - 20 - 50}`);
    expect(events).toContain(`line • at ${300 - 20 - 16}`);
  });
});
