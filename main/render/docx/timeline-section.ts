import type { FileChild } from 'docx';
import type { TimelineEntry } from '../../model/brief.ts';
import { formatPartialDate } from '../format-date.ts';
import type { Template } from '../template.ts';
import { briefTable, type CellContent } from './brief-table.ts';
import { COLUMN } from '../brief-labels.ts';
import { SOURCE_WORDS } from './item-labels.ts';
import { localDigits } from '../local-digits.ts';
import { editedMarkRuns, sectionHeading, shownItems, type SectionContext } from './section-context.ts';
import { textRuns } from './text-runs.ts';

function entryDate(entry: TimelineEntry, template: Template): string {
  const date = formatPartialDate(entry.date, template.digits);
  return entry.approximate ? `${date} (${SOURCE_WORDS.approximate})` : date;
}

/**
 * The timeline table: date, event (with a note quoting each source sentence), and the numbers of its sources in
 * the source list, so an event reported by several outlets shows them all.
 */
export function timelineSection(context: SectionContext): FileChild[] {
  const { brief, template, notes } = context;
  const entries = shownItems(brief.timeline, template);
  if (entries.length === 0) return [];
  const numberOf = new Map(brief.sources.map((source, index) => [source.id, index + 1]));
  const rows: CellContent[][] = entries.map((entry) => {
    const numbers = [...new Set(entry.sources.map((citation) => numberOf.get(citation.sourceId)))]
      .filter((n): n is number => n !== undefined)
      .map((n) => localDigits(String(n), template.digits));
    return [
      [textRuns(entryDate(entry, template))],
      [[...textRuns(entry.text), ...entry.sources.map((citation) => notes.cite(citation)), ...editedMarkRuns(entry)]],
      [textRuns(numbers.join('، '))],
    ];
  });
  return [
    sectionHeading(template.labels.timeline.ar),
    briefTable([COLUMN.date, COLUMN.event, COLUMN.sources], rows, [22, 64, 14]),
  ];
}
