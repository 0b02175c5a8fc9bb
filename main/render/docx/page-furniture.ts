import { Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import type { Template } from '../template.ts';
import { STYLE } from './brief-styles.ts';
import { textRuns } from './text-runs.ts';

/**
 * The page header: the classification marking, once on every page, as analysts' products carry it; a brief
 * without a marking carries its title instead.
 */
export function pageHeader(marking: string, title: string, template: Template): Header {
  const children = marking !== ''
    ? [new Paragraph({ style: STYLE.marking, bidirectional: true, children: textRuns(marking, template.digits) })]
    : [new Paragraph({ style: STYLE.headerFooter, bidirectional: true, children: textRuns(title, template.digits) })];
  return new Header({ children });
}

/**
 * The page footer: «صفحة N من M» from the PAGE and NUMPAGES fields (ECMA-376 §17.16.5.43, §17.16.5.40), so Word
 * renumbers as the analyst edits. Both numbers take the section's page number format (the template's digits,
 * set in render-docx.ts); the fields sit in right-to-left runs so they are set in the Arabic face.
 */
export function pageFooter(template: Template): Footer {
  const { page, of } = template.labels;
  const pageLine = new Paragraph({
    style: STYLE.headerFooter,
    bidirectional: true,
    children: [
      ...textRuns(`${page.ar} `, template.digits),
      new TextRun({ children: [PageNumber.CURRENT], rightToLeft: true }),
      ...textRuns(` ${of.ar} `, template.digits),
      new TextRun({ children: [PageNumber.TOTAL_PAGES], rightToLeft: true }),
    ],
  });
  return new Footer({ children: [pageLine] });
}
