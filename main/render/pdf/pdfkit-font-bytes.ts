import { readTableDirectory } from './sfnt.ts';

/**
 * The font file as pdfkit is given it: a copy whose 'post' table is cut to its version 3 header (no glyph names).
 * pdfkit reads only that header (italic angle, fixed pitch) but fontkit decodes the whole table to give it — every
 * glyph name, ≈ 90 ms for Amiri — and nothing else of pdfkit's reads the names. The font program embedded in the PDF
 * is subset from the original bytes (truetype-subset.ts), so its tables are not these.
 */
export function pdfkitFontBytes(font: Uint8Array): Uint8Array {
  const tables = readTableDirectory(font);
  const post = tables.get('post');
  if (!post || post.length <= 32) return font;
  // A copy (a Node Buffer's slice() would be a view of the face's own bytes).
  const copy = new Uint8Array(font);
  const view = new DataView(copy.buffer);
  view.setUint32(post.offset, 0x00030000);
  // The table's length in its directory record (the record of tag 'post'; records are 16 bytes from byte 12).
  for (let record = 12; record < 12 + view.getUint16(4) * 16; record += 16) {
    if (view.getUint32(record) === 0x706f7374) view.setUint32(record + 12, 32);
  }
  return copy;
}
