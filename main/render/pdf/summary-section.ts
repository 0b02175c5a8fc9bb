import type { Block } from './blocks.ts';
import { citationMarks, MARK_GAP } from './citation-marks.ts';
import { bulletBlock } from './paragraph-blocks.ts';
import { composedSpans, corroborationSpans } from './corroboration.ts';
import { localText, shownItems, type SectionContext } from './section-context.ts';

/**
 * The summary: a bullet for each shown point, followed by the marks of the sources it cites and, when the brief
 * counted them, how many of those sources are independent (muted, after the marks, so it never reads as quoted text);
 * a point composed from its sources' words says so last, as muted.
 */
export function summarySection(context: SectionContext): Block[] {
  const { brief, styles } = context;
  return shownItems(context, brief.summary).map((point) => bulletBlock(context, [
    { text: localText(context, point.text), style: styles.body },
    ...citationMarks(context, point.sources, styles.sup, MARK_GAP),
    ...corroborationSpans(context, point.independentSources, styles.body),
    ...composedSpans(context, point, styles.body),
  ], 'summary'));
}
