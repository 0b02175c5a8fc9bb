/** Escapes text for an XML attribute value or character data (XML 1.0 §2.4, §3.1). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

/** Attributes in the order given; undefined values are left out. */
export type XmlAttributes = Record<string, string | number | undefined>;

/** Writes one element: empty when it has no children, so `<w:bidi/>` stays an on-off toggle as ECMA-376 writes it. */
export function xmlElement(name: string, attributes: XmlAttributes = {}, children: readonly string[] = []): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
  return children.length === 0 ? `<${name}${attrs}/>` : `<${name}${attrs}>${children.join('')}</${name}>`;
}
