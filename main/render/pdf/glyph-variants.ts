import type { FontFace } from './typeset/font-face.ts';

/**
 * The parts of pdfkit 0.20's `EmbeddedFont` and of its fontkit 2 TrueType subset that glyph variants rely on: the
 * subset's glyph list (a glyph's index in it is the CID the page shows), its per-glyph `_addGlyph` that writes the
 * embedded `hmtx`, and the font's widths (`W`) and ToUnicode tables, indexed by CID.
 */
export interface EmbeddedFontInternals {
  id: string;
  subset: {
    glyphs: number[];
    includeGlyph(glyphId: number): number;
    _addGlyph?: (glyphId: number) => number;
    hmtx?: { metrics: Array<{ advance: number }> };
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
 * advance, so the widths stay consistent (ISO 14289-1 7.21.5) and extractors see no gap inside a word. A subset
 * without `_addGlyph` (CFF fonts) gets the plain glyph, and the caller moves the text position instead.
 */
export function glyphCids(font: EmbeddedFontInternals, face: FontFace): GlyphCids {
  const toPdf = 1000 / face.upem;
  const variants = new Map<string, number>();
  // hmtx advances by glyph id: asked of HarfBuzz (a WASM call) once per glyph.
  const naturals = new Map<number, number>();
  const variantAdvance = new Map<number, number>();
  const subset = font.subset;
  const addGlyph = subset._addGlyph?.bind(subset);
  if (addGlyph) {
    // fontkit encodes the subset glyph by glyph, in CID order, copying each glyph's advance from the font's hmtx.
    subset._addGlyph = (glyphId: number): number => {
      const index = addGlyph(glyphId);
      const advance = variantAdvance.get(index);
      const metrics = subset.hmtx?.metrics[index];
      if (advance !== undefined && metrics) metrics.advance = advance;
      return index;
    };
  }
  const same = (a: readonly number[] | undefined, b: readonly number[]): boolean =>
    a !== undefined && a.length === b.length && a.every((c, i) => c === b[i]);

  const show = (id: number, advance: number, text: readonly number[]): ShownGlyph => {
    let natural = naturals.get(id);
    if (natural === undefined) {
      natural = face.hbFont.glyphHAdvance(id);
      naturals.set(id, natural);
    }
    if (!addGlyph || advance === natural) {
      const plain = subset.includeGlyph(id);
      if (font.widths[plain] == null) font.widths[plain] = natural * toPdf;
      if (font.unicode[plain] == null) font.unicode[plain] = [...text];
      if (!addGlyph || same(font.unicode[plain], text)) return { cid: plain, advance: natural };
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
