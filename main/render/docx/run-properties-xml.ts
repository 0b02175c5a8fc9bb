import { xmlElement } from './xml-text.ts';

/** The run properties a style sets, in the terms of ECMA-376 §17.3.2 (rPr). */
export interface RunStyle {
  /** Font for Latin letters and Western digits (`w:ascii`, `w:hAnsi`). */
  latinFont?: string;
  /** Font for complex-script text: Arabic (`w:cs`). */
  arabicFont?: string;
  bold?: boolean;
  italic?: boolean;
  /** #RRGGBB */
  colour?: string;
  /** Size in points, written to both `w:sz` and `w:szCs` in half-points. */
  size?: number;
  superscript?: boolean;
  /** Language of Latin text and of complex-script text (`w:lang w:val`, `w:bidi`). */
  language?: { latin: string; bidi: string };
}

/**
 * Writes `w:rPr` in the schema's element order (ECMA-376 §17.3.2, CT_RPr). Every Arabic property is doubled by its
 * complex-script twin — `w:bCs`, `w:iCs`, `w:szCs`, `w:rFonts w:cs` — because Word formats Arabic text only with the
 * complex-script properties, and leaving them out makes bold or sized Arabic headings come out plain and small.
 */
export function runPropertiesXml(style: RunStyle): string {
  const children: string[] = [];
  if (style.latinFont !== undefined || style.arabicFont !== undefined) {
    children.push(xmlElement('w:rFonts', {
      'w:ascii': style.latinFont,
      'w:hAnsi': style.latinFont,
      'w:cs': style.arabicFont,
    }));
  }
  if (style.bold === true) children.push(xmlElement('w:b'), xmlElement('w:bCs'));
  if (style.italic === true) children.push(xmlElement('w:i'), xmlElement('w:iCs'));
  if (style.colour !== undefined) children.push(xmlElement('w:color', { 'w:val': hexColour(style.colour) }));
  if (style.size !== undefined) {
    const halfPoints = Math.round(style.size * 2);
    children.push(xmlElement('w:sz', { 'w:val': halfPoints }), xmlElement('w:szCs', { 'w:val': halfPoints }));
  }
  if (style.superscript === true) children.push(xmlElement('w:vertAlign', { 'w:val': 'superscript' }));
  if (style.language !== undefined) {
    children.push(xmlElement('w:lang', { 'w:val': style.language.latin, 'w:bidi': style.language.bidi }));
  }
  return xmlElement('w:rPr', {}, children);
}

/** "#1F3A5F" → "1F3A5F", the ST_HexColor form. */
export function hexColour(colour: string): string {
  return colour.replace(/^#/, '').toUpperCase();
}
