import { Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { Brief } from '../../model/brief.ts';
import { independentSourcesLabel, mutedSuffix, pointMarks } from '../brief-labels.ts';
import type { Template } from '../template.ts';
import { STYLE } from './brief-styles.ts';
import type { CitationNotes } from './citation-notes.ts';
import { editedMark } from '../shared/edited-mark.ts';
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

/**
 * The space before a remark that follows an item's note references (a count, a mark, a likelihood): a no-break
 * space, so that nothing after a paragraph's first note reference can wrap to a line of its own. The references
 * then always sit on the paragraph's last line, which is never justified: LibreOffice (7.4) stretches a justified
 * Arabic line that holds a footnote reference by kashida positions it draws as blank gaps inside the words
 * («حماي ة الس جون»), which a remark wrapping after the references used to cause. Word is not affected either way.
 */
export function tailSpaceRun(): TextRun {
  return new TextRun({ text: '\u00a0', rightToLeft: true });
}

/** A small note after an item the analyst wrote or changed, in the Edited Mark character style. */
export function editedMarkRuns(item: ItemFlags, template: Template): ParagraphChild[] {
  const mark = editedMark(item);
  if (mark === null) return [];
  return [tailSpaceRun(), ...textRuns(mark, template.digits, STYLE.editedMark)];
}

/**
 * How many independent sources carry an item, muted after it (« — مصدران مستقلان», as the PDF sets it); nothing for
 * a brief assembled before sources were counted. No-break spaces keep the count in one piece and with the item's
 * last word (tailSpaceRun says why).
 */
export function corroborationRuns(independentSources: number | undefined, template: Template): ParagraphChild[] {
  if (independentSources === undefined) return [];
  return [tailSpaceRun(), ...textRuns(mutedSuffix(independentSourcesLabel(independentSources)), template.digits, STYLE.corroboration)];
}

/**
 * The marks after a summary point, muted as the count is (as the PDF sets them): « — صياغة مركّبة» for a composed
 * point, « — خلفية» for one that recounts background; nothing for any other point.
 */
export function pointMarkRuns(point: Parameters<typeof pointMarks>[0], template: Template): ParagraphChild[] {
  return pointMarks(point).flatMap((mark) => [tailSpaceRun(), ...textRuns(mutedSuffix(mark), template.digits, STYLE.corroboration)]);
}

/** A section heading (Heading 1) with the template's Arabic label. */
export function sectionHeading(label: string, template: Template): Paragraph {
  return new Paragraph({ style: STYLE.heading1, bidirectional: true, children: textRuns(label, template.digits) });
}
