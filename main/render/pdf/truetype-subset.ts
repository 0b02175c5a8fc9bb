import { readTableDirectory, tableBytes, writeSfnt } from './sfnt.ts';

// Composite glyph flags (OpenType spec, 'glyf').
const ARGS_ARE_WORDS = 0x0001;
const HAS_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const HAS_X_AND_Y_SCALE = 0x0040;
const HAS_TWO_BY_TWO = 0x0080;

/** The glyph ids a composite glyph's components name, with where each id sits in the glyph's bytes. */
function componentIds(glyph: DataView): { at: number; id: number }[] {
  const found: { at: number; id: number }[] = [];
  let at = 10; // past numberOfContours and the bounding box
  let flags: number;
  do {
    flags = glyph.getUint16(at);
    found.push({ at: at + 2, id: glyph.getUint16(at + 2) });
    at += 4 + (flags & ARGS_ARE_WORDS ? 4 : 2);
    if (flags & HAS_SCALE) at += 2;
    else if (flags & HAS_X_AND_Y_SCALE) at += 4;
    else if (flags & HAS_TWO_BY_TWO) at += 8;
  } while (flags & MORE_COMPONENTS);
  return found;
}

function required(font: Uint8Array, tables: ReturnType<typeof readTableDirectory>, tag: string): Uint8Array {
  const bytes = tableBytes(font, tables, tag);
  if (!bytes) throw new Error(`font file: no '${tag}' table`);
  return bytes;
}

/**
 * A TrueType subset for a PDF's CIDFontType2 font program, whose glyph i is the outline of `glyphs[i]` in the source
 * font, with the advance `advanceOf(i)` where it gives one (a glyph variant, glyph-variants.ts): one outline may stand
 * under several CIDs, each with its own width. A composite glyph's components come along, after the listed glyphs
 * (or where the list already holds them), renumbered. The tables are those ISO 32000-1 (9.9) asks of an embedded
 * TrueType program — head, hhea, hmtx, loca, glyf, maxp, and cvt, fpgm, prep when the font has them — and no cmap,
 * which a CID font shown through an identity CIDToGIDMap never reads.
 *
 * Why not fontkit's subsetter, which pdfkit brings: it decodes every glyph through its struct reader to copy bytes
 * it then writes back unchanged, about a third of the time a brief took to render. This copies them.
 */
export function subsetTrueType(
  font: Uint8Array, glyphs: readonly number[], advanceOf: (index: number) => number | undefined,
): Uint8Array {
  const tables = readTableDirectory(font);
  const head = required(font, tables, 'head');
  const hhea = required(font, tables, 'hhea');
  const maxp = required(font, tables, 'maxp');
  const hmtx = required(font, tables, 'hmtx');
  const loca = required(font, tables, 'loca');
  const glyf = required(font, tables, 'glyf');
  const view = (bytes: Uint8Array): DataView => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const locaView = view(loca);
  const hmtxView = view(hmtx);
  const longOffsets = view(head).getInt16(50) === 1;
  const glyphCount = view(maxp).getUint16(4);
  const metricCount = view(hhea).getUint16(34);

  const glyphBytes = (id: number): Uint8Array => {
    if (id >= glyphCount) return new Uint8Array(0);
    const start = longOffsets ? locaView.getUint32(id * 4) : locaView.getUint16(id * 2) * 2;
    const end = longOffsets ? locaView.getUint32(id * 4 + 4) : locaView.getUint16(id * 2 + 2) * 2;
    return glyf.subarray(start, Math.max(start, end));
  };
  const metrics = (id: number): { advance: number; bearing: number } => {
    const last = Math.min(id, metricCount - 1);
    const advance = hmtxView.getUint16(last * 4);
    const bearing = id < metricCount ? hmtxView.getInt16(id * 4 + 2) : hmtxView.getInt16(metricCount * 4 + (id - metricCount) * 2);
    return { advance, bearing };
  };

  const list = [...glyphs];
  const firstIndex = new Map<number, number>();
  list.forEach((id, index) => {
    if (!firstIndex.has(id)) firstIndex.set(id, index);
  });
  const outlines: Uint8Array[] = [];
  // The list grows while it is walked: a component not yet listed is appended and copied in its turn.
  for (let index = 0; index < list.length; index++) {
    let bytes = glyphBytes(list[index]!);
    if (bytes.length >= 10 && view(bytes).getInt16(0) < 0) {
      bytes = new Uint8Array(bytes);
      const copy = view(bytes);
      for (const { at, id } of componentIds(copy)) {
        let mapped = firstIndex.get(id);
        if (mapped === undefined) {
          mapped = list.push(id) - 1;
          firstIndex.set(id, mapped);
        }
        copy.setUint16(at, mapped);
      }
    }
    outlines.push(bytes);
  }

  const count = list.length;
  // Long offsets always, so duplicated outlines can never overflow the short form's 128 KB.
  const newLoca = new Uint8Array((count + 1) * 4);
  const newHmtx = new Uint8Array(count * 4);
  let glyfLength = 0;
  for (const bytes of outlines) glyfLength += (bytes.length + 3) & ~3;
  const newGlyf = new Uint8Array(glyfLength);
  const locaOut = view(newLoca);
  const hmtxOut = view(newHmtx);
  let offset = 0;
  outlines.forEach((bytes, index) => {
    locaOut.setUint32(index * 4, offset);
    newGlyf.set(bytes, offset);
    offset += (bytes.length + 3) & ~3;
    const own = metrics(list[index]!);
    const advance = advanceOf(index);
    hmtxOut.setUint16(index * 4, advance === undefined ? own.advance : Math.min(0xffff, Math.max(0, Math.round(advance))));
    hmtxOut.setInt16(index * 4 + 2, own.bearing);
  });
  locaOut.setUint32(count * 4, offset);

  // Copies made with `new Uint8Array`: a Node Buffer's slice() is a view, and the source font must stay untouched.
  const newHead = new Uint8Array(head);
  view(newHead).setInt16(50, 1);
  const newHhea = new Uint8Array(hhea);
  view(newHhea).setUint16(34, count);
  const newMaxp = new Uint8Array(maxp);
  view(newMaxp).setUint16(4, count);
  const out = new Map<string, Uint8Array>([
    ['head', newHead], ['hhea', newHhea], ['maxp', newMaxp], ['hmtx', newHmtx], ['loca', newLoca], ['glyf', newGlyf],
  ]);
  for (const tag of ['cvt ', 'fpgm', 'prep']) {
    const bytes = tableBytes(font, tables, tag);
    if (bytes) out.set(tag, bytes);
  }
  return writeSfnt(out);
}
