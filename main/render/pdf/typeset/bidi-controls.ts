// The explicit directional formatting characters that UAX #9 rule X9 removes once levels are resolved: embeddings
// and overrides (LRE RLE PDF LRO RLO) and isolates (LRI RLI FSI PDI). Their whole effect is in the levels of the
// text around them; drawn, HarfBuzz would give each an invisible space glyph that the PDF's text layer would map
// back to a character (a stray space, or an isolate inside a copied word).
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

/** Text with its per-code-unit data (levels, styles) once the explicit bidi controls are taken out (UAX #9 X9). */
export interface WithoutControls<T> {
  text: string;
  levels: Uint8Array;
  data: T[];
}

/**
 * Drops the explicit bidi controls from `text`, with their entries in `levels` (resolved on the text with the
 * controls) and in `data` (one entry per UTF-16 code unit). The remaining characters keep their resolved levels,
 * so reordering by rule L2 gives the same visual order as with the controls in place.
 */
export function removeBidiControls<T>(text: string, levels: Uint8Array, data: readonly T[]): WithoutControls<T> {
  if (!BIDI_CONTROL.test(text)) return { text, levels, data: [...data] };
  const kept: number[] = [];
  for (let i = 0; i < text.length; i++) if (!BIDI_CONTROL.test(text[i] ?? '')) kept.push(i);
  return {
    text: kept.map((i) => text[i]).join(''),
    levels: Uint8Array.from(kept, (i) => levels[i] ?? 0),
    data: kept.map((i) => data[i] as T),
  };
}
