import type { Template } from '../template.ts';
import { paragraphPropertiesXml, type ParagraphStyle } from './paragraph-properties-xml.ts';
import { hexColour, runPropertiesXml, type RunStyle } from './run-properties-xml.ts';
import { xmlElement } from './xml-text.ts';

/** The style ids the body refers to. Word's built-in names go in `w:name`, so Word lists them as its own styles. */
export const STYLE = {
  normal: 'Normal',
  title: 'Title',
  heading1: 'Heading1',
  heading2: 'Heading2',
  listBullet: 'ListBullet',
  listNumber: 'ListNumber',
  quote: 'Quote',
  footnoteText: 'FootnoteText',
  endnoteText: 'EndnoteText',
  marking: 'Marking',
  meta: 'BriefMeta',
  tableText: 'TableText',
  table: 'BriefTable',
  label: 'BriefLabel',
  editedMark: 'EditedMark',
  corroboration: 'Corroboration',
  grade: 'EvidenceGrade',
  headerFooter: 'HeaderFooter',
} as const;

/** Language of the brief's text for proofing and digit shaping; the Brief schema fixes its language to Arabic. */
export const BIDI_LANGUAGE = 'ar-SA';

interface StyleDef {
  id: string;
  name: string;
  basedOn?: string;
  next?: string;
  paragraph: ParagraphStyle;
  run: RunStyle;
}

function paragraphStyleXml(def: StyleDef): string {
  return xmlElement('w:style', { 'w:type': 'paragraph', 'w:styleId': def.id }, [
    xmlElement('w:name', { 'w:val': def.name }),
    ...(def.basedOn === undefined ? [] : [xmlElement('w:basedOn', { 'w:val': def.basedOn })]),
    ...(def.next === undefined ? [] : [xmlElement('w:next', { 'w:val': def.next })]),
    xmlElement('w:qFormat'),
    paragraphPropertiesXml(def.paragraph),
    runPropertiesXml(def.run),
  ]);
}

function characterStyleXml(id: string, name: string, run: RunStyle): string {
  return xmlElement('w:style', { 'w:type': 'character', 'w:styleId': id }, [
    xmlElement('w:name', { 'w:val': name }),
    runPropertiesXml(run),
  ]);
}

/**
 * The brief's table style (ECMA-376 §17.7.6): borders, cell margins and a shaded, bold header row
 * (`w:tblStylePr w:type="firstRow"`, §17.7.6.6), so restyling one table in Word restyles them all.
 */
function tableStyleXml(template: Template): string {
  const rule = hexColour(template.colours.tableRule);
  const border = (side: string): string => xmlElement(`w:${side}`, { 'w:val': 'single', 'w:sz': 4, 'w:space': 0, 'w:color': rule });
  const margin = (side: string, twips: number): string => xmlElement(`w:${side}`, { 'w:w': twips, 'w:type': 'dxa' });
  return xmlElement('w:style', { 'w:type': 'table', 'w:styleId': STYLE.table }, [
    xmlElement('w:name', { 'w:val': 'Brief Table' }),
    xmlElement('w:basedOn', { 'w:val': 'TableNormal' }),
    xmlElement('w:qFormat'),
    paragraphPropertiesXml({ before: 0, after: 0 }),
    runPropertiesXml({ size: template.sizes.small }),
    xmlElement('w:tblPr', {}, [
      xmlElement('w:bidiVisual'),
      xmlElement('w:tblBorders', {}, ['top', 'start', 'bottom', 'end', 'insideH', 'insideV'].map(border)),
      xmlElement('w:tblCellMar', {}, [margin('top', 40), margin('start', 100), margin('bottom', 40), margin('end', 100)]),
    ]),
    xmlElement('w:tblStylePr', { 'w:type': 'firstRow' }, [
      runPropertiesXml({ bold: true, colour: template.colours.heading }),
      xmlElement('w:tblPr'),
      xmlElement('w:trPr', {}, [xmlElement('w:tblHeader')]),
      xmlElement('w:tcPr', {}, [xmlElement('w:shd', { 'w:val': 'clear', 'w:color': 'auto', 'w:fill': hexColour(template.colours.tableHeader) })]),
    ]),
  ]);
}

/**
 * The whole `word/styles.xml` of a brief (ECMA-376 §17.7), from the template: document defaults, then every style
 * the body uses. It is given to docx as `externalStyles` because docx's style options cannot set `w:bidi` on a
 * paragraph style; docx keeps its own defaults (footnote reference, hyperlink, table of contents) for the ids not
 * written here.
 */
export function briefStylesXml(template: Template): string {
  const { fonts, sizes, colours } = template;
  const body: RunStyle = { latinFont: fonts.latin.family, arabicFont: fonts.body.family };
  const strong: RunStyle = { latinFont: fonts.latinBold.family, arabicFont: fonts.bodyBold.family, bold: true };
  const heading: RunStyle = { latinFont: fonts.latinBold.family, arabicFont: fonts.heading.family, bold: true, colour: colours.heading };
  // Spacing as the PDF's (../pdf/brief-blocks.ts): every line `size × template line height` apart, paragraphs
  // 0.35 em apart, headings 0.8 em above and 0.3 em below.
  const line = (size: number): number => size * sizes.lineHeight;
  const after = sizes.body * 0.35;
  const justify = template.justification === 'kashida' ? 'lowKashida' : 'both';
  const defs: StyleDef[] = [
    { id: STYLE.normal, name: 'Normal', paragraph: { after, line: line(sizes.body), align: justify }, run: {} },
    { id: STYLE.title, name: 'Title', basedOn: STYLE.normal, next: STYLE.meta,
      paragraph: { after: 4, align: 'start', keepNext: true, bottomRule: colours.accent, line: line(sizes.title) },
      run: { ...heading, size: sizes.title } },
    { id: STYLE.heading1, name: 'heading 1', basedOn: STYLE.normal, next: STYLE.normal,
      paragraph: { before: sizes.h1 * 0.8, after: sizes.h1 * 0.3, keepNext: true, align: 'start', outlineLevel: 0, line: line(sizes.h1) },
      run: { ...heading, size: sizes.h1 } },
    { id: STYLE.heading2, name: 'heading 2', basedOn: STYLE.normal, next: STYLE.normal,
      paragraph: { before: sizes.h2 * 0.6, after: sizes.h2 * 0.3, keepNext: true, align: 'start', outlineLevel: 1, line: line(sizes.h2) },
      run: { ...heading, size: sizes.h2 } },
    { id: STYLE.listBullet, name: 'List Bullet', basedOn: STYLE.normal,
      paragraph: { indentStart: sizes.body * 1.4, hanging: sizes.body, contextualSpacing: false, after }, run: {} },
    { id: STYLE.listNumber, name: 'List Number', basedOn: STYLE.normal,
      paragraph: { indentStart: sizes.body * 1.8, hanging: sizes.body * 1.4, after, align: 'start' }, run: {} },
    { id: STYLE.quote, name: 'Quote', basedOn: STYLE.normal,
      paragraph: { indentStart: sizes.body * 2.8, after, align: 'start', line: line(sizes.small) },
      run: { italic: true, colour: colours.muted, size: sizes.small } },
    { id: STYLE.footnoteText, name: 'footnote text', basedOn: STYLE.normal,
      paragraph: { after: 0, line: line(sizes.small), align: 'start' }, run: { size: sizes.small } },
    { id: STYLE.endnoteText, name: 'endnote text', basedOn: STYLE.normal,
      paragraph: { after: 0, line: line(sizes.small), align: 'start' }, run: { size: sizes.small } },
    { id: STYLE.marking, name: 'Marking', basedOn: STYLE.normal,
      paragraph: { after: 0, align: 'center', line: line(sizes.small) }, run: { ...strong, colour: colours.marking, size: sizes.small } },
    { id: STYLE.meta, name: 'Brief Details', basedOn: STYLE.normal,
      paragraph: { after: 0, align: 'start', line: line(sizes.small) }, run: { colour: colours.muted, size: sizes.small } },
    { id: STYLE.tableText, name: 'Table Text', basedOn: STYLE.normal,
      paragraph: { before: 0, after: 0, line: line(sizes.small), align: 'start' }, run: { size: sizes.small } },
    { id: STYLE.headerFooter, name: 'Header Footer', basedOn: STYLE.normal,
      paragraph: { after: 0, align: 'center', line: line(sizes.small) }, run: { colour: colours.muted, size: sizes.small } },
    { id: 'TOC1', name: 'toc 1', basedOn: STYLE.normal, paragraph: { after: 2, align: 'start' }, run: {} },
    { id: 'TOC2', name: 'toc 2', basedOn: STYLE.normal, paragraph: { after: 2, indentStart: 12, align: 'start' }, run: {} },
  ];
  const docDefaults = xmlElement('w:docDefaults', {}, [
    xmlElement('w:rPrDefault', {}, [runPropertiesXml({
      ...body, size: sizes.body, colour: colours.text, language: { latin: 'en-US', bidi: BIDI_LANGUAGE },
    })]),
    xmlElement('w:pPrDefault', {}, [paragraphPropertiesXml({})]),
  ]);
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + xmlElement('w:styles', {
    'xmlns:w': 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  }, [
    docDefaults,
    ...defs.map(paragraphStyleXml),
    characterStyleXml(STYLE.label, 'Brief Label', strong),
    characterStyleXml(STYLE.editedMark, 'Edited Mark', { italic: true, colour: colours.muted, size: sizes.small }),
    characterStyleXml(STYLE.corroboration, 'Corroboration', { colour: colours.muted }),
    characterStyleXml(STYLE.grade, 'Evidence Grade', { colour: colours.muted, size: sizes.small }),
    tableStyleXml(template),
  ]);
}
