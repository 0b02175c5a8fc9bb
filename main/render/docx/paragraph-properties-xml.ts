import { xmlElement } from './xml-text.ts';

/** The paragraph properties a style sets, in the terms of ECMA-376 §17.3.1 (pPr). */
export interface ParagraphStyle {
  keepNext?: boolean;
  /** Space before and after in points. */
  before?: number;
  after?: number;
  /** Exact distance between baselines in points (`w:lineRule="exact"`), as the PDF sets its lines. */
  line?: number;
  /** Indent from the start (the right, in a right-to-left paragraph) in points; `hanging` pulls the first line back. */
  indentStart?: number;
  hanging?: number;
  contextualSpacing?: boolean;
  /** `lowKashida`: justified, the extra width partly taken by kashidas at Arabic joins (ECMA-376 §17.18.44). */
  align?: 'start' | 'center' | 'both' | 'lowKashida';
  /** 0 for Heading 1: what puts the heading in the navigation pane and the table of contents. */
  outlineLevel?: number;
  /** A rule under the paragraph (#RRGGBB), used by the title block. */
  bottomRule?: string;
}

const TWIPS_PER_POINT = 20;

/**
 * Writes `w:pPr` in the schema's order (ECMA-376 §17.3.1, CT_PPrBase). `w:bidi` (§17.3.1.6) is always written: every
 * paragraph style of a brief is right-to-left, so a paragraph the analyst adds in Word is right-to-left too.
 * `w:jc="start"` is the right edge of a bidi paragraph (§17.18.44).
 */
export function paragraphPropertiesXml(style: ParagraphStyle): string {
  const children: string[] = [];
  if (style.keepNext === true) children.push(xmlElement('w:keepNext'));
  if (style.bottomRule !== undefined) {
    children.push(xmlElement('w:pBdr', {}, [xmlElement('w:bottom', {
      'w:val': 'single', 'w:sz': 6, 'w:space': 4, 'w:color': style.bottomRule.replace(/^#/, '').toUpperCase(),
    })]));
  }
  children.push(xmlElement('w:bidi'));
  if (style.before !== undefined || style.after !== undefined || style.line !== undefined) {
    // Exact, not a multiple of "auto": auto spacing follows the font's own line gap, and Amiri's tall ascent and
    // descent make 1.65 × auto about 36 pt where the PDF sets 20.6 pt.
    children.push(xmlElement('w:spacing', {
      'w:before': style.before === undefined ? undefined : Math.round(style.before * TWIPS_PER_POINT),
      'w:after': style.after === undefined ? undefined : Math.round(style.after * TWIPS_PER_POINT),
      'w:line': style.line === undefined ? undefined : Math.round(style.line * TWIPS_PER_POINT),
      'w:lineRule': style.line === undefined ? undefined : 'exact',
    }));
  }
  if (style.indentStart !== undefined) {
    children.push(xmlElement('w:ind', {
      'w:start': Math.round(style.indentStart * TWIPS_PER_POINT),
      'w:hanging': style.hanging === undefined ? undefined : Math.round(style.hanging * TWIPS_PER_POINT),
    }));
  }
  if (style.contextualSpacing === true) children.push(xmlElement('w:contextualSpacing'));
  if (style.align !== undefined) children.push(xmlElement('w:jc', { 'w:val': style.align }));
  if (style.outlineLevel !== undefined) children.push(xmlElement('w:outlineLvl', { 'w:val': style.outlineLevel }));
  return xmlElement('w:pPr', {}, children);
}
