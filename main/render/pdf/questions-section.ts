import { QUESTION_KIND_LABEL } from '../brief-labels.ts';
import type { Block } from './blocks.ts';
import { citationMarks, MARK_GAP } from './citation-marks.ts';
import { bulletBlock } from './paragraph-blocks.ts';
import { localText, shownItems, type SectionContext } from './section-context.ts';

/** The open questions: a bullet for each shown question, led by its kind in bold and followed by its evidence's marks. */
export function questionsSection(context: SectionContext): Block[] {
  const { brief, styles } = context;
  return shownItems(context, brief.openQuestions).map((q) => bulletBlock(context, [
    { text: `${QUESTION_KIND_LABEL[q.kind]}: `, style: styles.bold },
    { text: localText(context, q.text), style: styles.body },
    ...citationMarks(context, q.evidence, styles.sup, MARK_GAP),
  ], 'openQuestions'));
}
