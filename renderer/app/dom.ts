/**
 * The one way the renderer builds DOM: elements with text children and a short list of safe attributes.
 * There is no innerHTML anywhere: article text and anything else from the workspace is always a text node.
 */
export type Child = Node | string | number | null | undefined | false;

export interface Attrs {
  class?: string;
  id?: string;
  type?: string;
  name?: string;
  value?: string;
  placeholder?: string;
  title?: string;
  role?: string;
  for?: string;
  href?: string;
  download?: string;
  accept?: string;
  min?: string;
  max?: string;
  rows?: number;
  tabindex?: number;
  lang?: string;
  dir?: string;
  hidden?: boolean;
  disabled?: boolean;
  checked?: boolean;
  multiple?: boolean;
  selected?: boolean;
  required?: boolean;
  /** aria-* and data-* attributes, without their prefix. */
  aria?: Record<string, string | boolean | number>;
  data?: Record<string, string>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

const BOOLEAN_PROPS = ['hidden', 'disabled', 'checked', 'multiple', 'selected', 'required'] as const;
const STRING_ATTRS = ['class', 'id', 'type', 'name', 'placeholder', 'title', 'role', 'for', 'download', 'accept', 'min', 'max', 'lang', 'dir'] as const;

// Only links inside the app (relative, or to our own host) and blob downloads: never javascript: or data: URLs.
function safeHref(href: string): string | null {
  if (/^(\/|\.\/|#|blob:)/.test(href)) return href;
  try {
    const url = new URL(href, location.href);
    return url.origin === location.origin ? url.href : null;
  } catch {
    return null;
  }
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const key of STRING_ATTRS) {
    const v = attrs[key];
    if (v !== undefined) node.setAttribute(key, v);
  }
  for (const key of BOOLEAN_PROPS) {
    if (attrs[key] === true) node.setAttribute(key, '');
  }
  if (attrs.value !== undefined) {
    // The drawn value is also the default, so a re-render can tell what the analyst has typed since (main.ts).
    if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) node.defaultValue = attrs.value;
    (node as unknown as { value: string }).value = attrs.value;
  }
  if (attrs.checked !== undefined && node instanceof HTMLInputElement) node.checked = attrs.checked;
  if (attrs.rows !== undefined) node.setAttribute('rows', String(attrs.rows));
  if (attrs.tabindex !== undefined) node.tabIndex = attrs.tabindex;
  if (attrs.href !== undefined) {
    const href = safeHref(attrs.href);
    if (href !== null) node.setAttribute('href', href);
  }
  for (const [k, v] of Object.entries(attrs.aria ?? {})) node.setAttribute(`aria-${k}`, String(v));
  for (const [k, v] of Object.entries(attrs.data ?? {})) node.dataset[k] = v;
  for (const [event, handler] of Object.entries(attrs.on ?? {})) node.addEventListener(event, handler as EventListener);
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** Replaces every child of `parent`. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/**
 * Text with marked ranges, as text nodes and <mark> elements: the search snippets and the quoted sentence
 * of a citation. Ranges are [start, end) UTF-16 offsets; overlapping or out-of-range ones are clipped.
 */
export function markedText(text: string, ranges: ReadonlyArray<readonly [number, number]>): DocumentFragment {
  const out = document.createDocumentFragment();
  const sorted = [...ranges].filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  let at = 0;
  for (const [start, end] of sorted) {
    const s = Math.max(start, at);
    const e = Math.min(end, text.length);
    if (e <= s) continue;
    if (s > at) out.appendChild(document.createTextNode(text.slice(at, s)));
    out.appendChild(el('mark', {}, text.slice(s, e)));
    at = e;
  }
  if (at < text.length) out.appendChild(document.createTextNode(text.slice(at)));
  return out;
}
