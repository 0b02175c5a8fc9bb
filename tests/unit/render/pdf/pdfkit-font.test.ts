import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import type { EmbeddedFontInternals } from '../../../../main/render/pdf/glyph-variants.ts';
import { readPdfkitFont, type PdfkitFont } from '../../../../main/render/pdf/pdfkit-font.ts';
import { readTableDirectory } from '../../../../main/render/pdf/sfnt.ts';
import { fontsDir } from './fixtures.ts';

// fontkit as pdfkit loads it from node_modules: the reference every field is compared with.
const fontkit = createRequire(import.meta.url)('fontkit') as { create(bytes: Uint8Array): PdfkitFont };

const fonts = readdirSync(fontsDir).filter((file) => file.endsWith('.ttf'));
const bytesOf = (file: string): Uint8Array => new Uint8Array(readFileSync(join(fontsDir, file)));

/** Everything pdfkit's EmbeddedFont reads of a font (its constructor and embed()), and isEqualFont's checksum. */
function pdfkitReads(font: PdfkitFont): unknown {
  const subset = font.createSubset();
  return {
    postscriptName: font.postscriptName,
    unitsPerEm: font.unitsPerEm,
    ascent: font.ascent,
    descent: font.descent,
    lineGap: font.lineGap,
    xHeight: font.xHeight,
    capHeight: font.capHeight,
    italicAngle: font.italicAngle,
    bbox: [font.bbox.minX, font.bbox.minY, font.bbox.maxX, font.bbox.maxY],
    familyClass: font['OS/2'].sFamilyClass,
    fixedPitch: font.post.isFixedPitch,
    italic: font.head.macStyle.italic,
    glyph0: font.getGlyph(0).advanceWidth,
    checksum: font._tables.head.checkSumAdjustment,
    subset: [subset.includeGlyph(7), subset.includeGlyph(3), subset.includeGlyph(7), subset.includeGlyph(0), [...subset.glyphs]],
  };
}

/** A one-font PDF through pdfkit, the font given as `src`, showing glyphs 0, 5 and 9; the font program a stand-in. */
async function onePagePdf(src: Uint8Array | PdfkitFont): Promise<Buffer> {
  const when = new Date('2025-04-10T09:00:00Z');
  const doc = new PDFDocument({ autoFirstPage: false, compress: false, info: { CreationDate: when, ModDate: when } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise((resolve) => doc.on('end', resolve));
  doc.addPage();
  doc.registerFont('face', src as Uint8Array);
  doc.font('face');
  const internals = doc as unknown as { _font: EmbeddedFontInternals; page: { fonts: Record<string, unknown> } };
  const font = internals._font;
  // On the page, as glyph-writer.ts puts a font it draws with: only then is it embedded.
  internals.page.fonts[font.id] = font.ref();
  for (const id of [5, 9]) font.subset.includeGlyph(id);
  font.subset.encode = () => new Uint8Array([1, 2, 3]);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

describe('readPdfkitFont', () => {
  it.each(fonts)('gives pdfkit what fontkit gives it for %s', (file) => {
    const bytes = bytesOf(file);
    const font = readPdfkitFont(bytes);
    expect(font).toBeDefined();
    expect(pdfkitReads(font!)).toEqual(pdfkitReads(fontkit.create(bytes)));
  });

  it('makes pdfkit write the same PDF as from the font file through fontkit', async () => {
    const bytes = bytesOf('Amiri-Bold.ttf');
    const fromFontkit = await onePagePdf(bytes);
    expect(fromFontkit.toString('latin1')).toContain('/FontName /CZZZZZ+Amiri-Bold');
    expect((await onePagePdf(readPdfkitFont(bytes)!)).equals(fromFontkit)).toBe(true);
  });

  it('leaves to fontkit a font it does not read whole: CFF outlines, an old OS/2 table, no English PostScript name', () => {
    const amiri = bytesOf('Amiri-Regular.ttf');
    const tables = readTableDirectory(amiri);
    const edited = (edit: (view: DataView) => void): Uint8Array => {
      const copy = new Uint8Array(amiri);
      edit(new DataView(copy.buffer));
      return copy;
    };
    expect(readPdfkitFont(edited((v) => v.setUint32(0, 0x4f54544f)))).toBeUndefined();
    expect(readPdfkitFont(edited((v) => v.setUint16(tables.get('OS/2')!.offset, 1)))).toBeUndefined();
    const name = tables.get('name')!.offset;
    const noEnglishPostScriptName = edited((v) => {
      for (let i = 0; i < v.getUint16(name + 2); i++) {
        const record = name + 6 + i * 12;
        if (v.getUint16(record + 6) === 6) v.setUint16(record + 6, 300);
      }
    });
    expect(readPdfkitFont(noEnglishPostScriptName)).toBeUndefined();
    expect(readPdfkitFont(amiri)).toBeDefined();
  });
});
