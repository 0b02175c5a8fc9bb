import { judgmentTerms } from '../shared/judgment-words.ts';
import type { Block } from './blocks.ts';
import { citationMarks, MARK_GAP } from './citation-marks.ts';
import { bulletBlock } from './paragraph-blocks.ts';
import { localText, shownItems, type SectionContext } from './section-context.ts';

/**
 * The key judgments, first in the brief: a bullet for each, the analyst's statement with the marks of its evidence,
 * then in muted text its likelihood band and, apart, its confidence.
 */
export function keyJudgmentsSection(context: SectionContext): Block[] {
  const { brief, styles, template } = context;
  return shownItems(context, brief.keyJudgments ?? []).map((judgment) => {
    const terms = judgmentTerms(judgment);
    return bulletBlock(context, [
      { text: localText(context, judgment.text), style: styles.bold },
      ...citationMarks(context, judgment.evidence, styles.sup, MARK_GAP),
      { text: ` — ${localText(context, terms.likelihood)}؛ ${localText(context, terms.confidence)}`, style: { ...styles.body, colour: template.colours.muted } },
    ], 'keyJudgments');
  });
}
