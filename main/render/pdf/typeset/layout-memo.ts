import { layoutParagraph } from './layout-paragraph.ts';
import type { ParagraphLayout, ParagraphSpec, TextStyle } from './types.ts';

/** Lays out a paragraph (layoutParagraph's contract). */
export type LayoutParagraph = (spec: ParagraphSpec) => ParagraphLayout;

/** A free string in a key, prefixed by its length: a key of such fields reads back one way only, whatever they hold. */
function field(text: string): string {
  return `${String(text.length)}:${text}`;
}

/** A style's part of a key; a style object is met for many spans, and its key is made once. */
const styleKeys = new WeakMap<TextStyle, string>();
function styleKey(style: TextStyle): string {
  let key = styleKeys.get(style);
  if (key === undefined) {
    const faces = style.faces.map((f) => field(f.path)).join('');
    // A rise and a link that are not given are told apart from any that is: '-' is no number and no field.
    key = `${String(style.faces.length)}|${faces}|${String(style.size)}|${field(style.colour)}|${style.rise === undefined ? '-' : String(style.rise)}|${style.link === undefined ? '-' : field(style.link)}`;
    styleKeys.set(style, key);
  }
  return key;
}

/**
 * layoutParagraph for one document, each distinct paragraph laid out once. A brief sets the same text again and
 * again: a table's header and first row are measured for every keep-with-next decision and then drawn, the
 * running head and the marking go on every page; laying each out anew repeated bidi, line breaking and HarfBuzz
 * shaping (613 layouts, 247 distinct, for the seeds' brief). The key is everything a layout depends on or
 * carries for drawing — text, every field of each span's style, width, alignment, direction, justification — so
 * a layout given back is the one layoutParagraph would make. Layouts are never changed after they are made. The
 * key is joined from length-prefixed fields rather than JSON.stringify's, which cost ≈ 5 ms of a render's CPU.
 */
export function memoisedLayout(): LayoutParagraph {
  const made = new Map<string, ParagraphLayout>();
  return (spec) => {
    let key = `${String(spec.width)}|${spec.align}|${spec.direction}|${spec.justification ?? '-'}|${String(spec.spans.length)}`;
    for (const span of spec.spans) key += `|${field(span.text)}${styleKey(span.style)}`;
    let layout = made.get(key);
    if (layout === undefined) {
      layout = layoutParagraph(spec);
      made.set(key, layout);
    }
    return layout;
  };
}
