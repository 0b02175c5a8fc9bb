import { Paragraph, TableOfContents, type FileChild } from 'docx';
import { formatGregorian, formatHijri } from '../format-date.ts';
import type { Digits } from '../shared/digits-direction.ts';
import type { TemplateLogo } from '../template-logo.ts';
import { STYLE } from './brief-styles.ts';
import { logoParagraph } from './logo-paragraph.ts';
import type { SectionContext } from './section-context.ts';
import { textRuns } from './text-runs.ts';

function metaLine(label: string, value: string, digits: Digits): Paragraph {
  return new Paragraph({
    style: STYLE.meta,
    bidirectional: true,
    children: [...textRuns(`${label}: `, digits, STYLE.label), ...textRuns(value, digits)],
  });
}

/** The classification marking of a brief: its own, else the template's; empty when neither has one. */
export function briefMarking({ brief, template }: Pick<SectionContext, 'brief' | 'template'>): string {
  return brief.marking.trim() || template.marking.trim();
}

/**
 * The title block: the template's logo (when it has one), title, the Gregorian date (and the Umm al-Qura
 * Hijri date when the template asks for it), author and topics; then the table of contents field (ECMA-376 §17.16.5.68) when `template.docx.tableOfContents`,
 * listing `contents` (the section headings) until Word updates it. The entries are given rather than left to docx,
 * which would bookmark the headings with ids from a process-wide counter, so a second export would differ.
 */
export function titleBlock(context: SectionContext, contents: readonly string[], logo?: TemplateLogo): FileChild[] {
  const { brief, template } = context;
  const { labels, digits } = template;
  const dates = [formatGregorian(brief.generatedAt, digits)];
  if (template.hijriDate) dates.push(formatHijri(brief.generatedAt, digits));
  const blocks: FileChild[] = [];
  // The marking is printed once per page, in the page header (./page-furniture.ts), not again here.
  if (logo) blocks.push(logoParagraph(logo));
  blocks.push(new Paragraph({ style: STYLE.title, bidirectional: true, children: textRuns(brief.title, digits) }));
  blocks.push(metaLine(labels.date.ar, dates.join(' — '), digits));
  if (brief.author.trim() !== '') blocks.push(metaLine(labels.author.ar, brief.author, digits));
  if (brief.topics.length > 0) blocks.push(metaLine(labels.topics.ar, brief.topics.join('، '), digits));
  if (template.docx.tableOfContents) {
    // Not a Heading 1, so the contents do not list their own heading.
    blocks.push(new Paragraph({ style: STYLE.heading2, bidirectional: true, children: textRuns(labels.contents.ar, digits) }));
    blocks.push(new TableOfContents(labels.contents.ar, {
      headingStyleRange: '1-1',
      cachedEntries: contents.map((title) => ({ title, level: 1 })),
    }));
  }
  return blocks;
}
