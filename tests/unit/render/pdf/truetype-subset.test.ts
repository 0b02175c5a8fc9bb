import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as hb from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { pdfkitFontBytes } from '../../../../main/render/pdf/pdfkit-font-bytes.ts';
import { readTableDirectory, tableBytes, writeSfnt } from '../../../../main/render/pdf/sfnt.ts';
import { subsetTrueType } from '../../../../main/render/pdf/truetype-subset.ts';
import { fontsDir } from './fixtures.ts';

const amiriBytes = new Uint8Array(readFileSync(join(fontsDir, 'Amiri-Regular.ttf')));
const open = (bytes: Uint8Array): hb.Font => new hb.Font(new hb.Face(new hb.Blob(bytes), 0));
const amiri = open(amiriBytes);

/** Glyph ids of Amiri whose outline is made of other glyphs (numberOfContours < 0), read from its own tables. */
function compositeGlyphs(limit: number): number[] {
  const tables = readTableDirectory(amiriBytes);
  const head = tableBytes(amiriBytes, tables, 'head')!;
  const loca = tableBytes(amiriBytes, tables, 'loca')!;
  const glyf = tableBytes(amiriBytes, tables, 'glyf')!;
  const long = new DataView(head.buffer, head.byteOffset).getInt16(50) === 1;
  const locaView = new DataView(loca.buffer, loca.byteOffset, loca.byteLength);
  const glyfView = new DataView(glyf.buffer, glyf.byteOffset, glyf.byteLength);
  const found: number[] = [];
  const count = loca.byteLength / (long ? 4 : 2) - 1;
  for (let id = 1; id < count && found.length < limit; id++) {
    const start = long ? locaView.getUint32(id * 4) : locaView.getUint16(id * 2) * 2;
    const end = long ? locaView.getUint32(id * 4 + 4) : locaView.getUint16(id * 2 + 2) * 2;
    if (end > start && glyfView.getInt16(start) < 0) found.push(id);
  }
  return found;
}

describe('subsetTrueType', () => {
  const ya = amiri.glyph(0x064a)!;
  const lam = amiri.glyph(0x0644)!;
  const composites = compositeGlyphs(3);

  it('gives glyph i the outline of the i-th listed glyph, a variant its own advance, and composites their components', () => {
    expect(composites.length).toBeGreaterThan(0);
    const listed = [0, ya, lam, ya, ...composites];
    const advances = new Map([[3, amiri.glyphHAdvance(ya) + 122]]);
    const subset = open(subsetTrueType(amiriBytes, listed, (i) => advances.get(i)));
    listed.forEach((id, i) => {
      // A composite's path is drawn through its renumbered components: the same path means they were renumbered right.
      expect(subset.glyphToPath(i)).toBe(amiri.glyphToPath(id));
      expect(subset.glyphHAdvance(i)).toBe(advances.get(i) ?? amiri.glyphHAdvance(id));
    });
    expect(subset.glyphToPath(1).length).toBeGreaterThan(20);
  });

  it('writes a well-formed file: table checksums and the head adjustment as the spec sums them', () => {
    const bytes = subsetTrueType(amiriBytes, [0, ya, lam, ...composites], () => undefined);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let total = 0;
    for (let i = 0; i < bytes.length; i += 4) total = (total + view.getUint32(i)) >>> 0;
    expect(total).toBe(0xb1b0afba);
    const tables = readTableDirectory(bytes);
    const tags = [...tables.keys()];
    expect(tags).toEqual(expect.arrayContaining(['glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp']));
    expect(tags.every((tag) => ['cvt ', 'fpgm', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'prep'].includes(tag))).toBe(true);
    expect(bytes.length).toBeLessThan(amiriBytes.length / 10);
  });

  it('leaves the font it reads untouched, even a Node Buffer (whose slice() is a view)', () => {
    const buffer = readFileSync(join(fontsDir, 'Amiri-Regular.ttf'));
    const before = Buffer.from(buffer);
    subsetTrueType(buffer, [0, ya, ...composites], () => undefined);
    pdfkitFontBytes(buffer);
    expect(buffer.equals(before)).toBe(true);
  });

  it('is the same bytes for the same glyphs', () => {
    const once = subsetTrueType(amiriBytes, [0, ya, lam], () => undefined);
    expect(subsetTrueType(amiriBytes, [0, ya, lam], () => undefined)).toEqual(once);
  });
});

describe('writeSfnt and readTableDirectory', () => {
  it('round-trip tables of any length, each at a 4-byte boundary', () => {
    const tables = new Map([['zzzz', new Uint8Array([1, 2, 3])], ['abcd', new Uint8Array([9, 8, 7, 6, 5])]]);
    const bytes = writeSfnt(tables);
    const read = readTableDirectory(bytes);
    expect([...read.keys()]).toEqual(['abcd', 'zzzz']);
    for (const [tag, data] of tables) {
      expect(read.get(tag)!.offset % 4).toBe(0);
      expect(tableBytes(bytes, read, tag)).toEqual(data);
    }
  });

  it('refuses what is not a TrueType file, saying so', () => {
    expect(() => readTableDirectory(new TextEncoder().encode('OTTO and more bytes'))).toThrow(/not a TrueType font/);
    expect(() => readTableDirectory(new Uint8Array(4))).toThrow(/too short/);
  });
});

describe('pdfkitFontBytes', () => {
  it('cuts the post table to its header, keeping what pdfkit reads of it, and leaves the original bytes alone', () => {
    const before = amiriBytes.slice();
    const cut = pdfkitFontBytes(amiriBytes);
    expect(Buffer.from(amiriBytes).equals(before)).toBe(true);
    const original = readTableDirectory(amiriBytes).get('post')!;
    const post = readTableDirectory(cut).get('post')!;
    expect(post.length).toBe(32);
    const header = (bytes: Uint8Array, offset: number): DataView => new DataView(bytes.buffer, bytes.byteOffset + offset, 32);
    expect(header(cut, post.offset).getUint32(0)).toBe(0x00030000);
    // italicAngle (4), underline position and thickness (8, 10), isFixedPitch (12) as they were.
    expect([...cut.subarray(post.offset + 4, post.offset + 16)]).toEqual([...amiriBytes.subarray(original.offset + 4, original.offset + 16)]);
    expect(header(amiriBytes, original.offset).getUint32(0)).not.toBe(0x00030000);
  });

  it("cuts the loca table to glyph 0's offsets, the one outline pdfkit reads, in the font's offset format", () => {
    const cut = pdfkitFontBytes(amiriBytes);
    const head = readTableDirectory(amiriBytes).get('head')!;
    const longOffsets = new DataView(amiriBytes.buffer, amiriBytes.byteOffset).getInt16(head.offset + 50) === 1;
    const original = readTableDirectory(amiriBytes).get('loca')!;
    const loca = readTableDirectory(cut).get('loca')!;
    expect(original.length).toBeGreaterThan(1000);
    expect(loca).toEqual({ offset: original.offset, length: longOffsets ? 8 : 4 });
    expect([...cut.subarray(loca.offset, loca.offset + loca.length)]).toEqual([...amiriBytes.subarray(original.offset, original.offset + loca.length)]);
  });
});
