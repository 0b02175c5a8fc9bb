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
  readonly glyphToCodePoint: ReadonlyMap<number, number>;
}

/** Opens a TrueType/OpenType font for HarfBuzz shaping. */
export function openFontFace(path: string, bytes: Uint8Array): FontFace {
  const blob = new hb.Blob(bytes);
  const face = new hb.Face(blob, 0);
  const font = new hb.Font(face);
  const unicodes = face.collectUnicodes();
  const glyphToCodePoint = new Map<number, number>();
  for (const cp of unicodes) {
    const gid = font.glyph(cp);
    // The lowest code point wins when several map to one glyph (e.g. NBSP and space), so the choice is stable.
    if (gid !== undefined && gid !== 0 && !glyphToCodePoint.has(gid)) glyphToCodePoint.set(gid, cp);
  }
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
    coverage: new Set(unicodes),
    glyphToCodePoint,
  };
}
