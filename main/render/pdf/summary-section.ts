import type { Block } from './blocks.ts';
import { citationMarks, MARK_GAP } from './citation-marks.ts';
import { bulletBlock } from './paragraph-blocks.ts';
import { localText, shownItems, type SectionContext } from './section-context.ts';

/** The summary: a bullet for each shown point, followed by the marks of the sources it cites. */
export function summarySection(context: SectionContext): Block[] {
  const { brief, styles } = context;
  return shownItems(context, brief.summary).map((point) => bulletBlock(context, [
    { text: localText(context, point.text), style: styles.body },
    ...citationMarks(context, point.sources, styles.sup, MARK_GAP),
  ], 'summary'));
}
