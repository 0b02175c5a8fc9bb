import { readTableDirectory, tableBytes, type SfntTable } from './sfnt.ts';
import { pdfkitFontBytes } from './pdfkit-font-bytes.ts';
import type { FontFace } from './typeset/font-face.ts';

/**
 * What pdfkit 0.20's `EmbeddedFont` reads of a fontkit 2 font, for a font Mawjaz draws by glyph id (glyph-writer.ts):
 * the metrics of its FontDescriptor, glyph 0's advance, a subset to collect glyph ids in (whose font program
 * glyph-variants.ts writes), and what `isEqualFont` compares when two files share a PostScript name. pdfkit takes
 * any object with a `layout` function in place of a fontkit font (PDFFontFactory.open).
 */
export interface PdfkitFont {
  layout(): never;
  createSubset(): { glyphs: number[]; mapping: Record<number, number>; includeGlyph(id: number): number; encode(): Uint8Array };
  getGlyph(id: 0): { advanceWidth: number };
  readonly postscriptName: string;
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly lineGap: number;
  readonly xHeight: number;
  readonly capHeight: number;
  readonly italicAngle: number;
  readonly bbox: { minX: number; minY: number; maxX: number; maxY: number };
  readonly 'OS/2': { sFamilyClass: number };
  readonly post: { isFixedPitch: number };
  readonly head: { macStyle: { italic: boolean } };
  readonly _tables: { head: { checkSumAdjustment: number }; name: { records: string } };
}

/** fontkit's language key 'en': Macintosh English (platform 1, language 0) and Windows US English (3, 0x409). */
function isEnglish(platform: number, language: number): boolean {
  return (platform === 1 && language === 0) || (platform === 3 && language === 0x409);
}

/**
 * The font's PostScript name (name ID 6) as fontkit gives it: the English record, a later one winning (Windows after
 * Macintosh). Undefined when the font has no English record in an encoding read here (UTF-16BE, or Mac Roman ASCII).
 */
function postscriptName(name: DataView): string | undefined {
  const count = name.getUint16(2);
  const strings = name.getUint16(4);
  let found: string | undefined;
  for (let i = 0; i < count; i++) {
    const record = 6 + i * 12;
    const [platform, encoding, language, id] = [0, 2, 4, 6].map((at) => name.getUint16(record + at));
    if (id !== 6 || !isEnglish(platform!, language!)) continue;
    const length = name.getUint16(record + 8);
    const at = strings + name.getUint16(record + 10);
    const codes: number[] = [];
    if (platform === 3 && encoding === 1) for (let k = 0; k < length; k += 2) codes.push(name.getUint16(at + k));
    else if (platform === 1 && encoding === 0) for (let k = 0; k < length; k++) codes.push(name.getUint8(at + k));
    else return undefined;
    // Mac Roman differs from Latin-1 above ASCII, which a PostScript name never uses (and fontkit would decode).
    if (codes.some((c) => c > 0x7e)) return undefined;
    found = String.fromCharCode(...codes);
  }
  // An empty name would send fontkit to the other languages' records.
  return found === '' ? undefined : found;
}

/**
 * The font as pdfkit is given it: for a static TrueType font whose fields are all read here, an object answering
 * pdfkit's reads straight from the tables, so fontkit — a quarter of a PDF's JavaScript, decoding each table through
 * its struct reader — is never loaded (scripts/bundle-pdfkit.mjs loads it on first use); any other font (CFF, a
 * variable font, an OS/2 table older than version 2, no English PostScript name) goes to fontkit as bytes, as before.
 * The values are fontkit's own, field for field (pdfkit-font.test.ts compares them for every shipped font), so the
 * PDF's bytes do not change.
 */
export function pdfkitFont(face: FontFace): PdfkitFont | Uint8Array {
  return readPdfkitFont(face.bytes) ?? pdfkitFontBytes(face.bytes);
}

/** The object pdfkitFont gives for `font`, or undefined where fontkit must read it. */
export function readPdfkitFont(font: Uint8Array): PdfkitFont | undefined {
  let tables: Map<string, SfntTable>;
  try {
    tables = readTableDirectory(font);
  } catch {
    return undefined;
  }
  if (tables.has('fvar') || tables.has('CFF ') || tables.has('sbix') || (tables.has('COLR') && tables.has('CPAL'))) return undefined;
  const view = (tag: string): DataView | undefined => {
    const bytes = tableBytes(font, tables, tag);
    return bytes && new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  };
  const [head, hhea, hmtx, os2, post, name] = ['head', 'hhea', 'hmtx', 'OS/2', 'post', 'name'].map(view);
  if (!head || !hhea || !hmtx || !os2 || !post || !name || os2.byteLength < 90 || os2.getUint16(0) < 2) return undefined;
  const psName = postscriptName(name);
  if (psName === undefined) return undefined;
  const ascent = hhea.getInt16(4);
  const glyph0 = { advanceWidth: hmtx.getUint16(0) };
  const nameBytes = tableBytes(font, tables, 'name')!;
  return {
    layout() {
      throw new Error('pdfkit font: Mawjaz shapes with HarfBuzz and draws glyph ids (glyph-writer.ts), never through pdfkit');
    },
    // fontkit's Subset: glyph 0 first, each glyph id listed once; the font program is glyph-variants.ts's encode.
    createSubset() {
      const subset = {
        glyphs: [] as number[],
        mapping: {} as Record<number, number>,
        includeGlyph(id: number): number {
          subset.mapping[id] ??= subset.glyphs.push(id) - 1;
          return subset.mapping[id];
        },
        encode(): Uint8Array {
          throw new Error('pdfkit font: the subset is written by glyph-variants.ts');
        },
      };
      subset.includeGlyph(0);
      return subset;
    },
    getGlyph: () => glyph0,
    postscriptName: psName,
    unitsPerEm: head.getUint16(18),
    ascent,
    descent: hhea.getInt16(6),
    lineGap: hhea.getInt16(8),
    xHeight: os2.getInt16(86),
    capHeight: os2.getInt16(88),
    // A 16.16 fixed-point number.
    italicAngle: post.getInt32(4) / 65536,
    bbox: Object.freeze({ minX: head.getInt16(36), minY: head.getInt16(38), maxX: head.getInt16(40), maxY: head.getInt16(42) }),
    'OS/2': { sFamilyClass: os2.getInt16(30) },
    post: { isFixedPitch: post.getUint32(12) },
    head: { macStyle: { italic: (head.getUint16(44) & 2) !== 0 } },
    // isEqualFont's keys, read only when two files share a PostScript name: equal name tables stand for fontkit's
    // equal decoded records.
    _tables: {
      head: { checkSumAdjustment: head.getUint32(8) },
      name: {
        get records() {
          return Buffer.from(nameBytes).toString('base64');
        },
      },
    },
  };
}
