import { elements } from './dom-shape.ts';
import type { DomDocument } from './dom-shape.ts';

// Active or embedded content: never article text, and never to be handed on in any form.
const REMOVED = 'script, style, noscript, template, iframe, frame, frameset, object, embed, applet, link, meta, base, svg, math, canvas, input, button, select, textarea';

/**
 * Takes out everything that is code or hidden before the article is extracted: script-like elements,
 * event-handler attributes, javascript: URLs, and elements the page hides from readers. Readability never
 * runs scripts, but what it is given should already be inert, and hidden text is not what the reader saw.
 */
export function sanitiseDocument(document: DomDocument): void {
  for (const element of elements(document.querySelectorAll(REMOVED))) element.remove();
  for (const element of elements(document.querySelectorAll('[hidden], [aria-hidden="true"], [style*="display:none"], [style*="display: none"]'))) element.remove();
  for (const element of elements(document.querySelectorAll('*'))) {
    for (const { name, value } of Array.from(element.attributes)) {
      const lower = name.toLowerCase();
      if (lower.startsWith('on') || ((lower === 'href' || lower === 'src' || lower === 'action') && /^\s*(javascript|vbscript|data):/i.test(value))) {
        element.removeAttribute(name);
      }
    }
  }
}
