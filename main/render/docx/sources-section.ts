import { Paragraph, type FileChild, type ParagraphChild } from 'docx';
import type { SourceRecord } from '../../model/article.ts';
import { formatPartialDate } from '../format-date.ts';
import { sourceFields } from '../shared/source-fields.ts';
import { SKIPPED_INPUTS_LEAD, skippedInputLines } from '../shared/skipped-inputs.ts';
import type { Template } from '../template.ts';
import { STYLE } from './brief-styles.ts';
import { listNumber } from './list-numbering.ts';
import { sectionHeading, type SectionContext } from './section-context.ts';
import { textRuns } from './text-runs.ts';

/** Numbering instance of the source list: its numbers are the ones the citation notes give. */
const SOURCES_LIST = 2;

// Between fields: a dash with a right-to-left mark on either side. The mark (a strong R) ends a Latin field's run,
// so the day that opens the date after a Latin title («Iraq returns … — 12 يناير 2025») stays with its month
// instead of joining the title's left-to-right run (UAX #9 W7, N1).
const FIELD_GAP = '\u200f — \u200f';

/**
 * Outlet (in bold, as the PDF sets it), title and date, each written on its own so a Latin outlet and a Latin title
 * stay two islands in the Arabic order of the fields rather than one left-to-right phrase; worded as the PDF words
 * them (../shared/source-fields.ts).
 */
function sourceLine(source: SourceRecord, template: Template): ParagraphChild[] {
  const { digits } = template;
  const { outlet, title, date } = sourceFields(source, (partial) => formatPartialDate(partial, digits));
  return [
    ...textRuns(outlet, digits, STYLE.label),
    ...[FIELD_GAP, title, FIELD_GAP, date].flatMap((part) => textRuns(part, digits)),
  ];
}

/**
 * The numbered source list: outlet, title and date of every source, in the brief's order, so "المصدر 3" in a note
 * is the third item here. Every source is listed, cited or not, since the brief was assembled from all of them.
 */
export function sourcesSection(context: SectionContext): FileChild[] {
  const { brief, template } = context;
  if (brief.sources.length === 0) return [];
  return [
    sectionHeading(template.labels.sources.ar, template),
    ...brief.sources.map((source, index) => {
      const { numbering, marker } = listNumber(template, SOURCES_LIST, index);
      return new Paragraph({
        style: STYLE.listNumber,
        bidirectional: true,
        numbering,
        children: [...marker, ...sourceLine(source, template)],
      });
    }),
    ...skippedInputsNote(context),
  ];
}

/**
 * Under the list, in the muted small style of the brief's details, the inputs the brief could not read
 * (Brief.skippedInputs), as the PDF prints them: a line each, the file's name, then a dash between right-to-left marks
 * (FIELD_GAP: a Latin name's run ends there) and the problem. Nothing when every input was read.
 */
function skippedInputsNote(context: SectionContext): Paragraph[] {
  const lines = skippedInputLines(context.brief.skippedInputs);
  if (lines.length === 0) return [];
  const { digits } = context.template;
  return [
    new Paragraph({ style: STYLE.meta, bidirectional: true, keepNext: true, spacing: { before: 120 }, children: textRuns(SKIPPED_INPUTS_LEAD, digits) }),
    ...lines.map(({ file, reason }, i) => new Paragraph({
      style: STYLE.meta, bidirectional: true, keepNext: i < lines.length - 1, indent: { start: 360 },
      children: [...textRuns(file, digits), ...textRuns(FIELD_GAP, digits), ...textRuns(reason, digits)],
    })),
  ];
}
