/**
 * The table directory of a TrueType (sfnt) font file, read and written: what the subsetter (truetype-subset.ts) and
 * the copy given to pdfkit (pdfkit-font-bytes.ts) need, without decoding any table (OpenType spec, "Font file").
 */

export interface SfntTable {
  /** Where the table starts in the file. */
  offset: number;
  length: number;
}

/** The file's tables by tag ('glyf', 'head', 'cvt ' …). Throws on a file that is not a TrueType-flavoured sfnt. */
export function readTableDirectory(font: Uint8Array): Map<string, SfntTable> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  if (font.byteLength < 12) throw new Error('font file: too short for an sfnt header');
  const version = view.getUint32(0);
  // 0x00010000 and 'true' are TrueType outlines; 'OTTO' is CFF, which this reader is not for.
  if (version !== 0x00010000 && version !== 0x74727565) throw new Error('font file: not a TrueType font (sfnt version)');
  const count = view.getUint16(4);
  const tables = new Map<string, SfntTable>();
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(font[record]!, font[record + 1]!, font[record + 2]!, font[record + 3]!);
    const offset = view.getUint32(record + 8);
    const length = view.getUint32(record + 12);
    if (offset + length > font.byteLength) throw new Error(`font file: table '${tag}' runs past the end of the file`);
    tables.set(tag, { offset, length });
  }
  return tables;
}

/** The bytes of one table (a view into `font`, not a copy). */
export function tableBytes(font: Uint8Array, tables: ReadonlyMap<string, SfntTable>, tag: string): Uint8Array | undefined {
  const table = tables.get(tag);
  return table && font.subarray(table.offset, table.offset + table.length);
}

function checksum(bytes: Uint8Array): number {
  let sum = 0;
  const padded = bytes.length + ((4 - (bytes.length % 4)) % 4);
  for (let i = 0; i < padded; i += 4) {
    const word = ((bytes[i] ?? 0) << 24) | ((bytes[i + 1] ?? 0) << 16) | ((bytes[i + 2] ?? 0) << 8) | (bytes[i + 3] ?? 0);
    sum = (sum + (word >>> 0)) >>> 0;
  }
  return sum;
}

/**
 * A TrueType file of the given tables: sorted by tag, each 4-byte aligned, with their checksums and the head table's
 * checkSumAdjustment set as the spec asks (`head` is rewritten in the output, never in the bytes passed in).
 */
export function writeSfnt(tables: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const tags = [...tables.keys()].sort();
  const count = tags.length;
  let power = 1;
  let log2 = 0;
  while (power * 2 <= count) {
    power *= 2;
    log2++;
  }
  const headerLength = 12 + count * 16;
  let total = headerLength;
  for (const tag of tags) total += (tables.get(tag)!.length + 3) & ~3;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x00010000);
  view.setUint16(4, count);
  view.setUint16(6, power * 16);
  view.setUint16(8, log2);
  view.setUint16(10, count * 16 - power * 16);
  let offset = headerLength;
  let headOffset = -1;
  tags.forEach((tag, i) => {
    const data = tables.get(tag)!;
    out.set(data, offset);
    if (tag === 'head') {
      headOffset = offset;
      // checkSumAdjustment is summed as zero (OpenType spec, 'head').
      view.setUint32(offset + 8, 0);
    }
    const record = 12 + i * 16;
    for (let c = 0; c < 4; c++) out[record + c] = tag.charCodeAt(c);
    view.setUint32(record + 4, checksum(out.subarray(offset, offset + data.length)));
    view.setUint32(record + 8, offset);
    view.setUint32(record + 12, data.length);
    offset += (data.length + 3) & ~3;
  });
  if (headOffset >= 0) view.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}
