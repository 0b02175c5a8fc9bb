import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as hb from 'harfbuzzjs';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { glyphCids, type EmbeddedFontInternals } from '../../../../main/render/pdf/glyph-variants.ts';
import { openFontFace } from '../../../../main/render/pdf/typeset/font-face.ts';
import { fontsDir } from './fixtures.ts';

const path = join(fontsDir, 'Amiri-Regular.ttf');
const amiri = openFontFace(path, readFileSync(path));

function embedded(): EmbeddedFontInternals & { subset: { encode(): Uint8Array } } {
  const doc = new PDFDocument({ autoFirstPage: false });
  doc.registerFont('amiri', amiri.bytes);
  doc.font('amiri');
  return (doc as unknown as { _font: EmbeddedFontInternals & { subset: { encode(): Uint8Array } } })._font;
}

describe('glyphCids', () => {
  const ya = amiri.hbFont.glyph(0x064a) ?? 0;
  const natural = amiri.hbFont.glyphHAdvance(ya);

  it('shows a glyph at its own width under its plain CID, and gives another advance or text a CID of its own', () => {
    const font = embedded();
    const cids = glyphCids(font, amiri);
    const plain = cids.show(ya, natural, [0x064a]);
    expect(cids.show(ya, natural, [0x064a])).toEqual(plain);
    const kerned = cids.show(ya, natural + 122, [0x064a]);
    expect(kerned).toEqual({ cid: expect.any(Number), advance: natural + 122 });
    expect(kerned.cid).not.toBe(plain.cid);
    expect(cids.show(ya, natural + 122, [0x064a])).toEqual(kerned);
    const otherText = cids.show(ya, natural, [0x0649]);
    expect(otherText.cid).not.toBe(plain.cid);
    expect(font.unicode[otherText.cid]).toEqual([0x0649]);
    expect(font.widths[kerned.cid]).toBe((natural + 122) * 1000 / amiri.upem);
  });

  it('embeds each variant with the advance its W entry gives (widths consistent, ISO 14289-1 7.21.5)', () => {
    const font = embedded();
    const cids = glyphCids(font, amiri);
    const shown = [cids.show(ya, natural, [0x064a]), cids.show(ya, natural + 122, [0x064a]), cids.show(ya, 0, [])];
    const face = new hb.Face(new hb.Blob(font.subset.encode()), 0);
    const subset = new hb.Font(face);
    for (const { cid, advance } of shown) {
      expect(subset.glyphHAdvance(cid)).toBe(advance);
      expect(font.widths[cid]).toBe(advance * 1000 / amiri.upem);
    }
  });
});
