import { readTableDirectory } from './sfnt.ts';

/** A table directory record's length field, set in place (records are 16 bytes from byte 12). */
function setTableLength(view: DataView, tag: string, length: number): void {
  const wanted = [...tag].reduce((n, c) => n * 256 + c.charCodeAt(0), 0);
  for (let record = 12; record < 12 + view.getUint16(4) * 16; record += 16) {
    if (view.getUint32(record) === wanted) view.setUint32(record + 12, length);
  }
}

/**
 * The font file as pdfkit is given it: a copy with two tables cut to what pdfkit reads of them, for fontkit decodes
 * whole what it is asked a part of. The 'post' table goes to its version 3 header (no glyph names): pdfkit reads only
 * that header (italic angle, fixed pitch), but fontkit would decode every glyph name to give it — ≈ 90 ms for Amiri.
 * The 'loca' table goes to glyph 0's two offsets: the only outline pdfkit reads is glyph 0's (its width, through
 * fontkit's metrics, which take a glyph's box from 'glyf'), and fontkit would decode every offset to find it, a
 * number at a time — ≈ 20 ms a font. Nothing else of pdfkit's reads either table: glyphs are drawn by id with
 * HarfBuzz's advances (glyph-writer.ts), and the font program embedded in the PDF is subset from the original bytes
 * (truetype-subset.ts), so its tables are not these.
 */
export function pdfkitFontBytes(font: Uint8Array): Uint8Array {
  const tables = readTableDirectory(font);
  const post = tables.get('post');
  const loca = tables.get('loca');
  // A copy (a Node Buffer's slice() would be a view of the face's own bytes).
  const copy = new Uint8Array(font);
  const view = new DataView(copy.buffer);
  if (post && post.length > 32) {
    view.setUint32(post.offset, 0x00030000);
    setTableLength(view, 'post', 32);
  }
  if (loca) {
    // 'head' indexToLocFormat: 1 is 32-bit offsets, 0 is 16-bit ones; two of them bound glyph 0.
    const head = tables.get('head');
    const longOffsets = head !== undefined && view.getInt16(head.offset + 50) === 1;
    setTableLength(view, 'loca', Math.min(loca.length, longOffsets ? 8 : 4));
  }
  return copy;
}
