import { parseHTML } from 'linkedom';

/**
 * The part of the DOM the readers use. linkedom's own types resolve to `any`, and main/ has no DOM lib,
 * so the readers give linkedom's objects this shape once, here.
 */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly attributes: ArrayLike<{ readonly name: string; readonly value: string }>;
  getAttribute(name: string): string | null;
  removeAttribute(name: string): void;
  remove(): void;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

export interface DomDocument extends DomNode {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/**
 * Parses HTML into a document that always has <html> and <body>: linkedom makes a bare fragment's first
 * element the documentElement (or leaves it null), so a fragment is wrapped first. Malformed markup is repaired by the parser, never thrown.
 */
export function parseHtmlDocument(html: string): DomDocument {
  const parse = (source: string): DomDocument => (parseHTML(source) as unknown as { document: DomDocument }).document;
  const first = parse(html);
  if (first.documentElement?.nodeName.toUpperCase() === 'HTML' && first.body !== null) return first;
  return parse(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
}

/** Elements as an array, for iterating over a live or array-like NodeList. */
export function elements(list: ArrayLike<DomElement>): DomElement[] {
  return Array.from(list);
}

// A site's header, menus, footer and sidebars: where its clock, ticker and columnists' box stand, never one article's
// own date or writer.
const FURNITURE = ['header', 'nav', 'footer', 'aside'];

/** The elements matching `selectors` (a comma-separated list) that stand inside the page's furniture. */
export function inFurniture(document: DomDocument, selectors: string): Set<DomElement> {
  const parts = selectors.split(',').map((s) => s.trim());
  return new Set(elements(document.querySelectorAll(FURNITURE.flatMap((f) => parts.map((s) => `${f} ${s}`)).join(', '))));
}
