// A tiny XML-to-tree parser for the machine-written parts of a docx package: elements, attributes and text; the
// XML declaration is skipped. Enough to compare OOXML as normalised trees rather than as bytes.

/** A normalised element: name, attributes (sorted when compared), element children and its own text. */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, body: string) => {
    if (body.startsWith('#x') || body.startsWith('#X')) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return ENTITY[body] ?? whole;
  });
}

export function parseXml(xml: string): XmlNode {
  const root: XmlNode = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlNode[] = [root];
  const token = /<\?[^>]*\?>|<!--[\s\S]*?-->|<\/([^\s>]+)\s*>|<([^\s/>]+)((?:\s+[^\s=]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
  for (const m of xml.matchAll(token)) {
    const top = stack[stack.length - 1];
    if (top === undefined) throw new Error('unbalanced XML');
    if (m[1] !== undefined) {
      if (top.name !== m[1]) throw new Error(`</${m[1]}> closes <${top.name}>`);
      stack.pop();
    } else if (m[2] !== undefined) {
      const attrs: Record<string, string> = {};
      for (const a of (m[3] ?? '').matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[a[1] ?? ''] = decode(a[2] ?? a[3] ?? '');
      const node: XmlNode = { name: m[2], attrs, children: [], text: '' };
      top.children.push(node);
      if (m[4] !== '/') stack.push(node);
    } else if (m[5] !== undefined) {
      top.text += decode(m[5]);
    }
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1]?.name}>`);
  const element = root.children[0];
  if (element === undefined) throw new Error('no root element');
  return element;
}

/** Every element named `name` under `node`, in document order. */
export function all(node: XmlNode, name: string): XmlNode[] {
  const found: XmlNode[] = [];
  const walk = (n: XmlNode): void => {
    for (const c of n.children) {
      if (c.name === name) found.push(c);
      walk(c);
    }
  };
  walk(node);
  return found;
}

/** The first direct child named `name`. */
export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return node?.children.find((c) => c.name === name);
}

/** A subtree without text, attributes sorted: the shape to compare with an expected tree. */
export interface XmlShape {
  name: string;
  attrs?: Record<string, string>;
  children?: XmlShape[];
}

export function shape(node: XmlNode): XmlShape {
  const attrs = Object.fromEntries(Object.entries(node.attrs).sort(([a], [b]) => a.localeCompare(b)));
  return { name: node.name, attrs, children: node.children.map(shape) };
}

/** Builds an expected subtree tersely: el('w:b'), el('w:sz', { 'w:val': '30' }). */
export function el(name: string, attrs: Record<string, string> = {}, children: XmlShape[] = []): XmlShape {
  return { name, attrs, children };
}

/** The text of the `w:t` elements under `node`, joined. */
export function textOf(node: XmlNode): string {
  return all(node, 'w:t').map((t) => t.text).join('');
}
