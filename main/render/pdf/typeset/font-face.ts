import * as hb from 'harfbuzzjs';

/**
 * One font file, opened once for HarfBuzz: shaping, advances and cmap coverage all come from here, never from
 * pdfkit's fontkit object (whose `getGlyph(id)` poisons its own layout cache, see the typesetting notes).
 */
export interface FontFace {
  /** A stable key: the path pdfkit embeds the file under. */
  readonly path: string;
  /** The PostScript-ish name recorded in the layout log. */
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly upem: number;
  readonly ascender: number;
  readonly descender: number;
  readonly hbFont: hb.Font;
  /** Code points the font maps (its cmap). */
  readonly coverage: ReadonlySet<number>;
  /** Glyph id → the code point that maps to it in the cmap, for ToUnicode. */
  readonly glyphToCodePoint: GlyphCodePoints;
}

/** A glyph's code point in the cmap: the lowest of those that map to it, or undefined for a glyph none maps to. */
export interface GlyphCodePoints {
  get(glyph: number): number | undefined;
}

/**
 * The cmap read backwards, on the first glyph asked for: a face that is never drawn never pays for it. A template's
 * Latin faces (Noto Serif, 2,840 code points each, asked of HarfBuzz one WASM call at a time) are opened for their
 * coverage, as fallbacks, and the seeds' brief draws no glyph of theirs: building both maps at open cost ≈ 5 ms of
 * `mawjaz render`'s CPU.
 */
function glyphCodePoints(font: hb.Font, unicodes: ReadonlySet<number>): GlyphCodePoints {
  let map: Map<number, number> | undefined;
  return {
    get(glyph) {
      if (map === undefined) {
        map = new Map<number, number>();
        for (const cp of unicodes) {
          const gid = font.glyph(cp);
          // The lowest code point wins when several map to one glyph (e.g. NBSP and space), so the choice is stable.
          if (gid !== undefined && gid !== 0 && !map.has(gid)) map.set(gid, cp);
        }
      }
      return map.get(glyph);
    },
  };
}

/** Opens a TrueType/OpenType font for HarfBuzz shaping. */
export function openFontFace(path: string, bytes: Uint8Array): FontFace {
  const blob = new hb.Blob(bytes);
  const face = new hb.Face(blob, 0);
  const font = new hb.Font(face);
  // A copy: collectUnicodes gives a view of HarfBuzz's memory, which its next growth detaches. Its code points come
  // in ascending order, which the set keeps: the backward map meets a glyph's lowest code point first.
  const coverage = new Set(face.collectUnicodes());
  const extents = font.hExtents();
  const name = path.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  return {
    path,
    name,
    bytes,
    upem: face.upem,
    ascender: extents.ascender,
    descender: extents.descender,
    hbFont: font,
    coverage,
    glyphToCodePoint: glyphCodePoints(font, coverage),
  };
}
