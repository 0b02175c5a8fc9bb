import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFontFace } from '../../../../../main/render/pdf/typeset/font-face.ts';
import { memoisedLayout } from '../../../../../main/render/pdf/typeset/layout-memo.ts';
import { layoutParagraph } from '../../../../../main/render/pdf/typeset/layout-paragraph.ts';
import type { ParagraphSpec, TextStyle } from '../../../../../main/render/pdf/typeset/types.ts';
import { fontsDir } from '../fixtures.ts';

const amiri = openFontFace(join(fontsDir, 'Amiri-Regular.ttf'), readFileSync(join(fontsDir, 'Amiri-Regular.ttf')));
const style = (over: Partial<TextStyle> = {}): TextStyle => ({ faces: [amiri], size: 11, colour: '#444444', ...over });
const spec = (over: Partial<ParagraphSpec> = {}, s: TextStyle = style()): ParagraphSpec => ({
  spans: [{ text: 'الصفحة 3 من 12 — موجز الأحداث في دمشق وبغداد', style: s }],
  width: 120,
  align: 'center',
  direction: 'rtl',
  ...over,
});

describe('memoisedLayout', () => {
  it('lays out a paragraph met again (a new but equal style object) once, as layoutParagraph does', () => {
    const layout = memoisedLayout();
    const first = layout(spec());
    expect(layout(spec({}, style()))).toBe(first);
    expect(first).toEqual(layoutParagraph(spec()));
    expect(first.lines.length).toBeGreaterThan(1);
  });

  it('lays out anew whatever a layout depends on or carries: text, width, alignment, direction, justification, style', () => {
    const layout = memoisedLayout();
    const first = layout(spec());
    const others = [
      spec({ spans: [{ text: 'الصفحة 4 من 12 — موجز الأحداث في دمشق وبغداد', style: style() }] }),
      spec({ width: 200 }),
      spec({ align: 'justify' }),
      spec({ align: 'justify', justification: 'kashida' }),
      spec({ direction: 'ltr' }),
      spec({}, style({ size: 12 })),
      spec({}, style({ colour: '#000000' })),
      spec({}, style({ rise: 3 })),
      spec({}, style({ link: 'source-1' })),
    ];
    for (const other of others) {
      const made = layout(other);
      expect(made).not.toBe(first);
      expect(made).toEqual(layoutParagraph(other));
    }
    expect(layout(spec({}, style({ colour: '#000000' }))).lines[0]?.runs[0]?.style.colour).toBe('#000000');
  });

  it('tells apart spans that join to the same text and fields that hold the key\'s own separators', () => {
    const layout = memoisedLayout();
    const bold = style({ colour: '#000000' });
    const pairs: ParagraphSpec[][] = [
      // The same characters cut between two styles at other places.
      [
        spec({ spans: [{ text: 'موجز 1|', style: style() }, { text: '2:الأحداث', style: bold }] }),
        spec({ spans: [{ text: 'موجز 1', style: style() }, { text: '|2:الأحداث', style: bold }] }),
      ],
      // A link whose name looks like the fields after it.
      [spec({}, style({ link: 'a|1:b' })), spec({}, style({ link: 'a' }))],
      // A rise of 0 is a rise given.
      [spec({}, style({ rise: 0 })), spec({}, style())],
    ];
    for (const [a, b] of pairs) {
      if (a === undefined || b === undefined) throw new Error('a pair of specs');
      const first = layout(a);
      const second = layout(b);
      expect(second).not.toBe(first);
      expect(second).toEqual(layoutParagraph(b));
      expect(layout(a)).toBe(first);
    }
  });

  it('keeps one document from another: a new memo lays out afresh', () => {
    expect(memoisedLayout()(spec())).not.toBe(memoisedLayout()(spec()));
  });
});
