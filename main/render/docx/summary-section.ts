import { Paragraph, type FileChild } from 'docx';
import { shownIndependentSources } from '../../../common/point-marks.ts';
import { STYLE } from './brief-styles.ts';
import { LIST } from './list-numbering.ts';
import { corroborationRuns, editedMarkRuns, pointMarkRuns, sectionHeading, shownItems, type SectionContext } from './section-context.ts';
import { textRuns } from './text-runs.ts';
import type { SummaryPoint } from '../../model/brief.ts';
import { citationGrade, gradeLegend, showsGrades } from '../shared/grade-words.ts';

/**
 * The key points: a bulleted list (List Bullet), each point followed by one note per source it cites, a graded
 * outlet's reference followed by the citation's grade; the legend of the grades after them when one appears. A point
 * the analyst changed or wrote is marked right after its text, before its notes, as the PDF marks it: the mark
 * qualifies the text, the notes and counts cite it.
 */
export function summarySection(context: SectionContext): FileChild[] {
  const { brief, template, notes } = context;
  const points = shownItems(brief.summary, template);
  if (points.length === 0) return [];
  return [
    sectionHeading(template.labels.summary.ar, template),
    ...points.map((point) => new Paragraph({
      style: STYLE.listBullet,
      bidirectional: true,
      numbering: { reference: LIST.bullet, level: 0, custom: true },
      children: [
        ...textRuns(point.text, template.digits),
        ...editedMarkRuns(point, template),
        ...notes.cite(point.sources, point.text, (n) => citationGrade(brief, n, point, template)),
        ...corroborationRuns(shownIndependentSources(point), template),
        ...pointMarkRuns(point, template),
      ],
    })),
    ...gradeLegendParagraphs(context, points),
  ];
}

/**
 * The legend of both scales after the points, in small muted text (Brief Details), when a grade appears among them or
 * among the shown timeline entries, questions and key judgments.
 */
function gradeLegendParagraphs(context: SectionContext, points: readonly SummaryPoint[]): Paragraph[] {
  const { brief, template } = context;
  const others = [
    ...shownItems(brief.timeline, template),
    ...shownItems(brief.openQuestions, template).map((q) => ({ sources: q.evidence })),
    ...shownItems(brief.keyJudgments ?? [], template).map((k) => ({ sources: k.evidence })),
  ];
  if (!showsGrades(brief, [...points, ...others])) return [];
  const legend = gradeLegend(template);
  return [legend.lead, legend.reliability, legend.credibility].map((line) => new Paragraph({ style: STYLE.meta, bidirectional: true, children: textRuns(line, template.digits) }));
}
