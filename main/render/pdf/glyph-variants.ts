import { subsetTrueType } from './truetype-subset.ts';
import type { FontFace } from './typeset/font-face.ts';

/**
 * The parts of pdfkit 0.20's `EmbeddedFont` and of its fontkit 2 subset that glyph variants rely on: the subset's
 * glyph list (a glyph's index in it is the CID the page shows), its `encode` that pdfkit calls for the embedded font
 * program (`cff` set for a CFF font), and the font's widths (`W`) and ToUnicode tables, indexed by CID.
 */
export interface EmbeddedFontInternals {
  id: string;
  subset: {
    glyphs: number[];
    includeGlyph(glyphId: number): number;
    encode(): Uint8Array;
    cff?: unknown;
  };
  widths: Array<number | undefined>;
  unicode: Array<number[] | undefined>;
  ref(): unknown;
}

/** A CID to show and the advance, in font units, the PDF gives it. */
export interface ShownGlyph {
  cid: number;
  advance: number;
}

export interface GlyphCids {
  /** The CID showing glyph `id` with the given advance and text, or the plain glyph where variants are unavailable. */
  show(id: number, advance: number, text: readonly number[]): ShownGlyph;
}

/**
 * CIDs for glyphs in context. A glyph id has one width and one ToUnicode entry in a PDF font, but in Arabic text the
 * same glyph is drawn with different advances (kerning, cursive attachment) and stands for different characters (a
 * mirrored bracket, a space glyph HarfBuzz puts for a joiner): each (glyph, advance, text) beyond the first use gets
 * its own CID, the same outline again in the subset, whose `W` entry and embedded `hmtx` advance are both that
 * advance, so the widths stay consistent (ISO 14289-1 7.21.5) and extractors see no gap inside a word. The font
 * program is then Mawjaz's own TrueType subset (truetype-subset.ts) in place of fontkit's. A CFF font keeps fontkit's
 * subset and gets the plain glyph, and the caller moves the text position instead.
 */
export function glyphCids(font: EmbeddedFontInternals, face: FontFace): GlyphCids {
  const toPdf = 1000 / face.upem;
  const variants = new Map<string, number>();
  // hmtx advances by glyph id: asked of HarfBuzz (a WASM call) once per glyph.
  const naturals = new Map<number, number>();
  const variantAdvance = new Map<number, number>();
  const subset = font.subset;
  const variantsEmbedded = subset.cff == null;
  if (variantsEmbedded) subset.encode = () => subsetTrueType(face.bytes, subset.glyphs, (cid) => variantAdvance.get(cid));
  const same = (a: readonly number[] | undefined, b: readonly number[]): boolean =>
    a !== undefined && a.length === b.length && a.every((c, i) => c === b[i]);

  const show = (id: number, advance: number, text: readonly number[]): ShownGlyph => {
    let natural = naturals.get(id);
    if (natural === undefined) {
      natural = face.hbFont.glyphHAdvance(id);
      naturals.set(id, natural);
    }
    if (!variantsEmbedded || advance === natural) {
      const plain = subset.includeGlyph(id);
      if (font.widths[plain] == null) font.widths[plain] = natural * toPdf;
      if (font.unicode[plain] == null) font.unicode[plain] = [...text];
      if (!variantsEmbedded || same(font.unicode[plain], text)) return { cid: plain, advance: natural };
    }
    const key = `${id}/${advance}/${text.join(',')}`;
    let cid = variants.get(key);
    if (cid === undefined) {
      cid = subset.glyphs.push(id) - 1;
      variants.set(key, cid);
      variantAdvance.set(cid, advance);
      font.widths[cid] = advance * toPdf;
      font.unicode[cid] = [...text];
    }
    return { cid, advance };
  };
  return { show };
}
