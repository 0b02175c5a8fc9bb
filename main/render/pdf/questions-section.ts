import { QUESTION_KIND_LABEL } from '../brief-labels.ts';
import type { Block } from './blocks.ts';
import { editedMarkSpans } from './corroboration.ts';
import { gradedCitationMarks } from './grade-marks.ts';
import { bulletBlock } from './paragraph-blocks.ts';
import { localText, shownItems, type SectionContext } from './section-context.ts';

/**
 * The open questions: a bullet for each shown question, led by its kind in bold and followed by its evidence's marks,
 * each graded as on key points (the credibility is that of the claim the question is about); the analyst's mark, when
 * the analyst changed or wrote it, sits before the marks as on a key point.
 */
export function questionsSection(context: SectionContext): Block[] {
  const { brief, styles } = context;
  return shownItems(context, brief.openQuestions).map((q) => bulletBlock(context, [
    { text: `${QUESTION_KIND_LABEL[q.kind]}: `, style: styles.bold },
    { text: localText(context, q.text), style: styles.body },
    ...editedMarkSpans(context, q, styles.body),
    ...gradedCitationMarks(context, { sources: q.evidence, credibility: q.credibility }, styles.sup),
  ], 'openQuestions'));
}
