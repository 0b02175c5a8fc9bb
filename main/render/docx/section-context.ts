import { Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { Brief } from '../../model/brief.ts';
import { COMPOSED_MARK, independentSourcesLabel, mutedSuffix, showsComposed } from '../brief-labels.ts';
import type { Template } from '../template.ts';
import { STYLE } from './brief-styles.ts';
import type { CitationNotes } from './citation-notes.ts';
import { EDITED_MARK, MANUAL_MARK } from './item-labels.ts';
import { textRuns } from './text-runs.ts';

/** What every section writer reads: the brief, its template, the notes its citations go to and the text width. */
export interface SectionContext {
  brief: Brief;
  template: Template;
  notes: CitationNotes;
  /** Width of the text block (page width less the margins), in points: what tables divide among their columns. */
  textWidth: number;
}

interface ItemFlags {
  included: boolean;
  edited: boolean;
  manual: boolean;
}

/** The items a section shows: the included ones, at most `template.itemsPerSection` of them (0 means all). */
export function shownItems<T extends ItemFlags>(items: readonly T[], template: Template): T[] {
  const included = items.filter((item) => item.included);
  return template.itemsPerSection > 0 ? included.slice(0, template.itemsPerSection) : included;
}

/** A small note after an item the analyst wrote or changed, in the Edited Mark character style. */
export function editedMarkRuns(item: ItemFlags, template: Template): ParagraphChild[] {
  const mark = item.manual ? MANUAL_MARK : item.edited ? EDITED_MARK : undefined;
  if (mark === undefined) return [];
  return [new TextRun({ text: ' ', rightToLeft: true }), ...textRuns(mark, template.digits, STYLE.editedMark)];
}

/**
 * How many independent sources carry an item, muted after it (« — مصدران مستقلان», as the PDF sets it); nothing for
 * a brief assembled before sources were counted. No-break spaces keep the count in one piece at a line's end.
 */
export function corroborationRuns(independentSources: number | undefined, template: Template): ParagraphChild[] {
  if (independentSources === undefined) return [];
  return [new TextRun({ text: ' ', rightToLeft: true }), ...textRuns(mutedSuffix(independentSourcesLabel(independentSources)), template.digits, STYLE.corroboration)];
}

/** The mark after a composed summary point (« — صياغة مركّبة»), muted as the count is; nothing for any other point. */
export function composedRuns(point: Parameters<typeof showsComposed>[0], template: Template): ParagraphChild[] {
  if (!showsComposed(point)) return [];
  return [new TextRun({ text: ' ', rightToLeft: true }), ...textRuns(mutedSuffix(COMPOSED_MARK), template.digits, STYLE.corroboration)];
}

/** A section heading (Heading 1) with the template's Arabic label. */
export function sectionHeading(label: string, template: Template): Paragraph {
  return new Paragraph({ style: STYLE.heading1, bidirectional: true, children: textRuns(label, template.digits) });
}
