import type { TimelineEntry } from '../../model/brief.ts';
import { COLUMN, PLANNED_MARK } from '../brief-labels.ts';
import { formatPartialDate } from '../format-date.ts';
import { yearBasisWords } from '../year-basis-words.ts';
import type { Block } from './blocks.ts';
import { briefTable } from './brief-table.ts';
import { shownIndependentSources } from '../../../common/point-marks.ts';
import { corroborationSpans, editedMarkSpans } from './corroboration.ts';
import { gradedCitationMarks } from './grade-marks.ts';
import { APPROXIMATE_AR } from './pdf-labels.ts';
import { localText, shownItems, type SectionContext } from './section-context.ts';
import type { Span } from './typeset/types.ts';

const COLUMNS = [COLUMN.date, COLUMN.event, COLUMN.sources];

/** The sources cell of a row: the linked numbers of what it cites, each graded as on key points, or a dash. */
function gradedSourcesCell(context: SectionContext, entry: TimelineEntry): Span[] {
  return entry.sources.length > 0 ? gradedCitationMarks(context, entry, context.styles.link).slice(1) : [{ text: '—', style: context.styles.small }];
}

/** A timeline row: the date in bold (marked when approximate, announced or its year inferred), the event (marked when the analyst changed it), the sources that report it. */
export function timelineRow(context: SectionContext, entry: TimelineEntry): Span[][] {
  const { styles, template } = context;
  const year = yearBasisWords(entry);
  const date = (entry.approximate ? `${APPROXIMATE_AR}\u00a0` : '') + formatPartialDate(entry.date, template.digits) + (entry.planned === true ? ` (${PLANNED_MARK})` : '') +
    (year === null ? '' : ` (${year})`);
  return [
    [{ text: date, style: styles.smallBold }],
    [
      { text: localText(context, entry.text), style: styles.small },
      ...editedMarkSpans(context, entry, styles.small),
      ...corroborationSpans(context, shownIndependentSources(entry), styles.small),
    ],
    gradedSourcesCell(context, entry),
  ];
}

/** The timeline table, a row for each shown entry; no table at all when none is shown. */
export function timelineSection(context: SectionContext): Block[] {
  const entries = shownItems(context, context.brief.timeline);
  if (entries.length === 0) return [];
  return [briefTable(context, COLUMNS, entries.map((entry) => timelineRow(context, entry)))];
}
