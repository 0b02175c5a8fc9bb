/**
 * A first look at HTML before it is parsed: how many start tags it has and how deep its elements nest, read from
 * the tags alone. The parser (linkedom over htmlparser2) slows down faster than linearly with nesting — 100,000
 * unclosed <div>s take seconds, a 20 MB file of them would take hours — so the worst pages must be refused
 * before it runs. The estimate follows the HTML parsing rules only as far as a bound needs
 * (https://html.spec.whatwg.org/multipage/parsing.html#tree-construction): elements that close themselves or
 * close an open one of their kind do not nest, an end tag closes up to its own start tag, and script, style,
 * textarea and title hold text, not tags.
 */

// Void elements never have content; these others are closed by the next one of their kind (or a sibling) and so
// never nest: counting them would call a page of unclosed <p>s deep.
const FLAT = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'frame', 'image',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'caption', 'colgroup', 'option', 'optgroup', 'rb', 'rt', 'rtc', 'rp',
  'html', 'head', 'body', 'a', 'button', 'form', 'nobr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
]);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

const TAG = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][^\s/>]*)[^>]*>/g;

export interface MarkupShape {
  /** Start tags seen (an upper bound on the elements the parser makes, give or take html, head, body). */
  startTags: number;
  /** The deepest nesting of elements that can nest. */
  depth: number;
}

/** Scans the tags of `html`, stopping as soon as either limit is passed (the answer then says by how much at least). */
export function scanMarkup(html: string, limits: { maxDepth: number; maxElements: number }): MarkupShape {
  const shape: MarkupShape = { startTags: 0, depth: 0 };
  const open: string[] = [];
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m !== null; m = TAG.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (name === undefined) continue; // a comment
    if (m[1] === '/') {
      const at = open.lastIndexOf(name);
      if (at >= 0) open.length = at;
      continue;
    }
    shape.startTags++;
    if (shape.startTags > limits.maxElements) return shape;
    if (RAW_TEXT.has(name)) {
      // Skip to the matching end tag: what lies between is text.
      const close = new RegExp(`</${name}`, 'gi');
      close.lastIndex = TAG.lastIndex;
      TAG.lastIndex = close.exec(html)?.index ?? html.length;
      continue;
    }
    if (FLAT.has(name)) continue;
    open.push(name);
    if (open.length > shape.depth) shape.depth = open.length;
    if (shape.depth > limits.maxDepth) return shape;
  }
  return shape;
}
