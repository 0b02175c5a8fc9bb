import { judgmentTerms } from '../shared/judgment-words.ts';
import type { Block } from './blocks.ts';
import { gradedCitationMarks } from './grade-marks.ts';
import { bulletBlock } from './paragraph-blocks.ts';
import { localText, shownItems, type SectionContext } from './section-context.ts';

/**
 * The key judgments, first in the brief: a bullet for each, the analyst's statement with the marks of its evidence
 * (a graded outlet's mark with its grade, the judgment's credibility, as a point's), then in muted text its
 * likelihood band and, apart, its confidence.
 */
export function keyJudgmentsSection(context: SectionContext): Block[] {
  const { brief, styles, template } = context;
  return shownItems(context, brief.keyJudgments ?? []).map((judgment) => {
    const terms = judgmentTerms(judgment);
    return bulletBlock(context, [
      { text: localText(context, judgment.text), style: styles.bold },
      ...gradedCitationMarks(context, { sources: judgment.evidence, ...(judgment.credibility ? { credibility: judgment.credibility } : {}) }, styles.sup),
      { text: ` — ${localText(context, terms.likelihood)}؛ ${localText(context, terms.confidence)}`, style: { ...styles.body, colour: template.colours.muted } },
    ], 'keyJudgments');
  });
}
