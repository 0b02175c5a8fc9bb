import { Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import type { Template } from '../template.ts';
import { STYLE } from './brief-styles.ts';
import { textRuns } from './text-runs.ts';

/**
 * The page header: the classification marking on every page, as analysts' products carry it top and bottom;
 * a brief without a marking carries its title instead.
 */
export function pageHeader(marking: string, title: string): Header {
  const children = marking !== ''
    ? [new Paragraph({ style: STYLE.marking, bidirectional: true, children: textRuns(marking) })]
    : [new Paragraph({ style: STYLE.headerFooter, bidirectional: true, children: textRuns(title) })];
  return new Header({ children });
}

/**
 * The page footer: «صفحة N من M» from the PAGE and NUMPAGES fields (ECMA-376 §17.16.5.43, §17.16.5.40), so Word
 * renumbers as the analyst edits, and the marking again at the foot of the page.
 */
export function pageFooter(marking: string, template: Template): Footer {
  const { page, of } = template.labels;
  const pageLine = new Paragraph({
    style: STYLE.headerFooter,
    bidirectional: true,
    children: [
      ...textRuns(`${page.ar} `),
      new TextRun({ children: [PageNumber.CURRENT], rightToLeft: true }),
      ...textRuns(` ${of.ar} `),
      new TextRun({ children: [PageNumber.TOTAL_PAGES], rightToLeft: true }),
    ],
  });
  const markingLine = marking === '' ? [] : [new Paragraph({ style: STYLE.marking, bidirectional: true, children: textRuns(marking) })];
  return new Footer({ children: [pageLine, ...markingLine] });
}
