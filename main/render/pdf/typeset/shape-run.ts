import * as hb from 'harfbuzzjs';
import type { FontFace } from './font-face.ts';

/** A shaped glyph in font units; `cluster` is the UTF-16 index of its first character in the paragraph text. */
export interface ShapedGlyph {
  id: number;
  cluster: number;
  xAdvance: number;
  xOffset: number;
  yOffset: number;
}

export type Direction = 'rtl' | 'ltr';

const buffer = new hb.Buffer();

/**
 * Shapes `text[start, end)` with HarfBuzz in the given direction. The rest of the paragraph is passed as
 * pre- and post-context (hb_buffer_add_utf16 item offsets), so Arabic joining across the run's edges is kept.
 * For RTL runs HarfBuzz returns glyphs in visual order (left to right) and applies Unicode bidi mirroring.
 */
export function shapeRun(face: FontFace, text: string, start: number, end: number, direction: Direction): ShapedGlyph[] {
  // One buffer, reset per run: shaping is synchronous, and this avoids a WASM allocation per run.
  buffer.reset();
  buffer.addText(text, start, end - start);
  buffer.setDirection(direction === 'rtl' ? hb.Direction.RTL : hb.Direction.LTR);
  buffer.guessSegmentProperties();
  hb.shape(face.hbFont, buffer);
  const infos = buffer.getGlyphInfos();
  const positions = buffer.getGlyphPositions();
  return infos.map((info, i) => {
    const pos = positions[i];
    return {
      id: info.codepoint,
      cluster: info.cluster,
      xAdvance: pos?.xAdvance ?? 0,
      xOffset: pos?.xOffset ?? 0,
      yOffset: pos?.yOffset ?? 0,
    };
  });
}
