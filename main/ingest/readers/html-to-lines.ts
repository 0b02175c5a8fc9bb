import { ELEMENT_NODE, TEXT_NODE } from './dom-shape.ts';
import type { DomNode } from './dom-shape.ts';

// Elements that start and end a block of text (a line of their own).
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'HTML', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);

// Elements whose content is never visible text: code, styles, embedded content, form controls, metadata.
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'APPLET', 'SVG', 'MATH', 'CANVAS',
  'HEAD', 'TITLE', 'META', 'LINK', 'BASE', 'BUTTON', 'SELECT', 'OPTION', 'TEXTAREA', 'INPUT', 'AUDIO', 'VIDEO', 'IMG',
]);

/**
 * The visible text under a DOM node as lines: each block element (paragraph, heading, list item, table row…)
 * becomes its own paragraph, <br> breaks a line inside one, white space collapses as a browser would except
 * in <pre>. Paragraphs are separated by a blank line. Only text nodes are read, so no markup can leak out.
 */
export function domToText(root: DomNode): string {
  const paragraphs: string[][] = [];
  let lines: string[] = [];
  let current = '';

  const endLine = (): void => {
    const line = current.replace(/[ \t\n\r\f]+/g, ' ').trim();
    if (line !== '') lines.push(line);
    current = '';
  };
  const endParagraph = (): void => {
    endLine();
    if (lines.length > 0) paragraphs.push(lines);
    lines = [];
  };

  const walk = (node: DomNode, pre: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? '';
      if (!pre) {
        current += text;
        return;
      }
      const parts = text.split('\n');
      parts.forEach((part, i) => {
        if (i > 0) endLine();
        current += part;
      });
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) return;
    if (name === 'BR') {
      endLine();
      return;
    }
    if (name === 'TD' || name === 'TH') {
      if (current.trim() !== '') current += ' | ';
    }
    const block = BLOCK.has(name);
    if (block) endParagraph();
    const children = Array.from(node.childNodes);
    for (const child of children) walk(child, pre || name === 'PRE');
    if (block) endParagraph();
  };

  walk(root, false);
  endParagraph();
  return paragraphs.map((p) => p.join('\n')).join('\n\n');
}
