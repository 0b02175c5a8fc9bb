import type { Block } from './blocks.ts';
import { gradedCitationMarks, gradeLegendBlocks } from './grade-marks.ts';
import { bulletBlock } from './paragraph-blocks.ts';
import { shownIndependentSources } from '../../../common/point-marks.ts';
import { corroborationSpans, editedMarkSpans, pointMarkSpans } from './corroboration.ts';
import { localText, shownItems, type SectionContext } from './section-context.ts';

/**
 * The summary: a bullet for each shown point, followed by the marks of the sources it cites and, when the brief
 * counted them, how many of those sources are independent (muted, after the marks, so it never reads as quoted text);
 * a point composed from its sources' words says so last, as muted. A point the analyst changed or wrote is marked
 * right after its text, before the marks: a Latin word ending the text («SANA.») then stays next to it for a text
 * extractor (pdftotext reads superscript digits between a Latin word and Arabic text after them as one Latin run). A citation of a graded outlet carries its grade,
 * and the legend of the grades follows the points when one appears.
 */
export function summarySection(context: SectionContext): Block[] {
  const { brief, styles } = context;
  const points = shownItems(context, brief.summary);
  return [
    ...points.map((point) => bulletBlock(context, [
      { text: localText(context, point.text), style: styles.body },
      ...editedMarkSpans(context, point, styles.body),
      ...gradedCitationMarks(context, point, styles.sup),
      ...corroborationSpans(context, shownIndependentSources(point), styles.body),
      ...pointMarkSpans(context, point, styles.body),
    ], 'summary')),
    ...gradeLegendBlocks(context, points),
  ];
}
