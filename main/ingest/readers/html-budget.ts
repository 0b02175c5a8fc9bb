import { IngestError } from './ingest-error.ts';
import { scanMarkup } from './markup-scan.ts';
import { ELEMENT_NODE } from './dom-shape.ts';
import type { DomNode } from './dom-shape.ts';

/**
 * Limits on a parsed page, checked before anything walks it deeply. Readability's work grows with the number of
 * elements times their depth (each candidate looks at its ancestors and at its subtree's text, and linkedom finds
 * a node's children by walking the subtree): a page nested 1,000 deep took 38 s, and 128 deep with 9,000 elements
 * 32 s. Real news pages stay far inside these limits (Lighthouse already flags a depth over 32 and 1,400 elements).
 */
export const HTML_LIMITS = Object.freeze({
  /** Deeper than this the page is refused: no article is written this way, and every step below would crawl. */
  maxDepth: 100,
  /** More elements than this and the page is refused: parsing and walking it would take too long. */
  maxElements: 100_000,
  /**
   * Refused before parsing when the tags alone nest deeper than this (markup-scan.ts): the estimate can run above
   * the parsed depth (a stray unclosed tag), so it gets room, and the parsed page is held to `maxDepth`.
   */
  maxMarkupDepth: 1_000,
  /**
   * Readability runs only while elements × their depth (the ancestor links it may follow) stays under this;
   * past it the whole visible body is read instead, which takes one linear walk.
   */
  maxReadabilityWork: 150_000,
});
export type HtmlLimits = typeof HTML_LIMITS;

export interface HtmlShape {
  elements: number;
  depth: number;
  /** The sum over elements of their depth: how many ancestor links the page holds. */
  work: number;
}

/**
 * Measures a page's elements and nesting depth without recursion (a hostile page must not overflow the stack),
 * stopping as soon as a refusal limit is passed.
 */
export function measureHtml(root: DomNode, limits: HtmlLimits = HTML_LIMITS): HtmlShape {
  const shape: HtmlShape = { elements: 0, depth: 0, work: 0 };
  const stack: [DomNode, number][] = [[root, 0]];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [node, depth] = top;
    if (node.nodeType === ELEMENT_NODE) {
      shape.elements++;
      shape.work += depth;
      if (depth > shape.depth) shape.depth = depth;
      if (depth > limits.maxDepth || shape.elements > limits.maxElements) return shape;
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child !== undefined && child.nodeType === ELEMENT_NODE) stack.push([child, depth + 1]);
    }
  }
  return shape;
}

function tooDeep(file: string, maxDepth: number): IngestError {
  return new IngestError(file, 'too-complex', `the page is too deeply nested (elements inside each other more than ${String(maxDepth)} levels deep); it cannot be read safely`);
}

function tooManyElements(file: string, maxElements: number): IngestError {
  return new IngestError(file, 'too-large', `the page has more than ${maxElements.toLocaleString('en')} elements; it cannot be read safely`);
}

/** Refuses, before parsing, markup whose tags alone nest too deep or are too many for the parser to be quick. */
export function checkMarkupBudget(file: string, html: string, limits: HtmlLimits = HTML_LIMITS): void {
  const shape = scanMarkup(html, { maxDepth: limits.maxMarkupDepth, maxElements: limits.maxElements });
  if (shape.depth > limits.maxMarkupDepth) throw tooDeep(file, limits.maxDepth);
  if (shape.startTags > limits.maxElements) throw tooManyElements(file, limits.maxElements);
}

/**
 * Refuses a parsed page past the depth or element limits, naming the file and the limit; otherwise says whether
 * Readability fits in its budget.
 */
export function checkHtmlBudget(file: string, root: DomNode, limits: HtmlLimits = HTML_LIMITS): { readability: boolean } {
  const shape = measureHtml(root, limits);
  if (shape.depth > limits.maxDepth) throw tooDeep(file, limits.maxDepth);
  if (shape.elements > limits.maxElements) throw tooManyElements(file, limits.maxElements);
  return { readability: shape.work <= limits.maxReadabilityWork };
}
