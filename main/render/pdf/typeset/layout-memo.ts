import { layoutParagraph } from './layout-paragraph.ts';
import type { ParagraphLayout, ParagraphSpec, TextStyle } from './types.ts';

/** Lays out a paragraph (layoutParagraph's contract). */
export type LayoutParagraph = (spec: ParagraphSpec) => ParagraphLayout;

function styleKey(style: TextStyle): unknown[] {
  return [style.faces.map((f) => f.path), style.size, style.colour, style.rise ?? null, style.link ?? null];
}

/**
 * layoutParagraph for one document, each distinct paragraph laid out once. A brief sets the same text again and
 * again: a table's header and first row are measured for every keep-with-next decision and then drawn, the
 * running head and the marking go on every page; laying each out anew repeated bidi, line breaking and HarfBuzz
 * shaping (613 layouts, 247 distinct, for the seeds' brief). The key is everything a layout depends on or
 * carries for drawing — text, every field of each span's style, width, alignment, direction, justification — so
 * a layout given back is the one layoutParagraph would make. Layouts are never changed after they are made.
 */
export function memoisedLayout(): LayoutParagraph {
  const made = new Map<string, ParagraphLayout>();
  return (spec) => {
    const key = JSON.stringify([spec.width, spec.align, spec.direction, spec.justification ?? null, spec.spans.map((s) => [s.text, styleKey(s.style)])]);
    let layout = made.get(key);
    if (layout === undefined) {
      layout = layoutParagraph(spec);
      made.set(key, layout);
    }
    return layout;
  };
}
