import type { FileChild } from 'docx';
import type { TimelineEntry } from '../../model/brief.ts';
import { COLUMN } from '../brief-labels.ts';
import { formatPartialDate } from '../format-date.ts';
import { yearBasisWords } from '../year-basis-words.ts';
import { gradedSourceNumbers } from '../shared/grade-words.ts';
import { shownIndependentSources } from '../../../common/point-marks.ts';
import { STYLE } from './brief-styles.ts';
import type { Template } from '../template.ts';
import { briefTable, textCell, type CellContent } from './brief-table.ts';
import { SOURCE_WORDS } from './item-labels.ts';
import { corroborationRuns, editedMarkRuns, sectionHeading, shownItems, type SectionContext } from './section-context.ts';
import { textRuns } from './text-runs.ts';

function entryDate(entry: TimelineEntry, template: Template): string {
  const date = formatPartialDate(entry.date, template.digits);
  const marks = [entry.approximate ? SOURCE_WORDS.approximate : null, entry.planned === true ? SOURCE_WORDS.planned : null, yearBasisWords(entry)].filter((m) => m !== null);
  return marks.length === 0 ? date : `${date} (${marks.join('، ')})`;
}

/**
 * The timeline table, as the PDF sets it: date in bold, event, and the numbers of its sources in the source list, so an
 * event reported by several outlets shows them all without a note per sentence; a graded outlet's number carries the
 * entry's grade («2 ب3») as on key points.
 */
export function timelineSection(context: SectionContext): FileChild[] {
  const { brief, template } = context;
  const entries = shownItems(brief.timeline, template);
  if (entries.length === 0) return [];
  const rows: CellContent[][] = entries.map((entry) => [
    { paragraphs: [textRuns(entryDate(entry, template), template.digits, STYLE.label)], text: entryDate(entry, template) },
    { paragraphs: [[...textRuns(entry.text, template.digits), ...editedMarkRuns(entry, template), ...corroborationRuns(shownIndependentSources(entry), template)]], text: entry.text },
    textCell(context, gradedSourceNumbers(brief, entry.sources, entry, template).join('، ') || '—'),
  ]);
  return [
    sectionHeading(template.labels.timeline.ar, template),
    briefTable(context, [COLUMN.date, COLUMN.event, COLUMN.sources], rows),
  ];
}
