import type { SummaryPoint } from '../../model/brief.ts';
import { citationGrade, gradeLegend, showsGrades } from '../shared/grade-words.ts';
import type { Block } from './blocks.ts';
import { citedSourceNumbers, MARK_GAP, sourceDestination } from './citation-marks.ts';
import { paragraphBlock } from './paragraph-blocks.ts';
import { localText, shownItems, type SectionContext } from './section-context.ts';
import type { Span, TextStyle } from './typeset/types.ts';

/**
 * A point's citation marks, each source's number (linked to its entry) followed, when its outlet is graded, by the
 * grade of that citation — the source's reliability letter and the point's credibility («١ ب2») — small, muted and on
 * the baseline: a raised digit after a letter would read as an exponent («ب²»), and the number stays the link. A thin
 * no-break space keeps the two apart and together.
 */
export function gradedCitationMarks(context: SectionContext, point: Pick<SummaryPoint, 'sources'> & { credibility?: SummaryPoint['credibility'] }, style: TextStyle): Span[] {
  const { brief, template } = context;
  const spans: Span[] = [];
  citedSourceNumbers(context, point.sources).forEach((n, i) => {
    spans.push({ text: i === 0 ? MARK_GAP : `\u200f،${MARK_GAP}`, style: { ...style, link: undefined } });
    spans.push({ text: localText(context, String(n)), style: { ...style, link: sourceDestination(n) } });
    const grade = citationGrade(brief, n, point, template);
    if (grade !== null) spans.push({ text: `\u202f${localText(context, grade)}`, style: { ...context.styles.small, colour: template.colours.muted } });
  });
  return spans;
}

/**
 * The legend of both scales under the points, in small muted text, when a grade appears among them or among the
 * shown timeline entries, questions and key judgments: a brief with no graded outlet prints none.
 */
export function gradeLegendBlocks(context: SectionContext, points: readonly SummaryPoint[]): Block[] {
  const { brief } = context;
  const others = [
    ...shownItems(context, brief.timeline),
    ...shownItems(context, brief.openQuestions).map((q) => ({ sources: q.evidence })),
    ...shownItems(context, brief.keyJudgments ?? []).map((k) => ({ sources: k.evidence })),
  ];
  if (!showsGrades(brief, [...points, ...others])) return [];
  const { styles, template } = context;
  const legend = gradeLegend(template);
  const style = { ...styles.small, colour: template.colours.muted };
  return [legend.lead, legend.reliability, legend.credibility].map((line, i) =>
    paragraphBlock(context, [{ text: localText(context, line), style }], style, { align: 'start', spaceBefore: i === 0 ? styles.body.size * 0.4 : 0, spaceAfter: style.size * 0.2 }),
  );
}
