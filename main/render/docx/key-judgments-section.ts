import { Paragraph, type FileChild } from 'docx';
import { mutedSuffix } from '../brief-labels.ts';
import { hasKeyJudgments, judgmentTerms } from '../shared/judgment-words.ts';
import { citationGrade } from '../shared/grade-words.ts';
import { STYLE } from './brief-styles.ts';
import { LIST } from './list-numbering.ts';
import { sectionHeading, shownItems, tailSpaceRun, type SectionContext } from './section-context.ts';
import { textRuns } from './text-runs.ts';

/**
 * The key judgments, first in the brief: a bulleted list of the analyst's statements (in the Brief Label style), each
 * with one note per source of its evidence (a graded outlet's with its grade, the judgment's credibility, as a
 * point's), then its likelihood band and, apart, its confidence, muted.
 */
export function keyJudgmentsSection(context: SectionContext): FileChild[] {
  const { brief, template, notes } = context;
  if (!hasKeyJudgments(brief.keyJudgments)) return [];
  return [
    sectionHeading(template.labels.keyJudgments.ar, template),
    ...shownItems(brief.keyJudgments ?? [], template).map((judgment) => {
      const terms = judgmentTerms(judgment);
      return new Paragraph({
        style: STYLE.listBullet,
        bidirectional: true,
        numbering: { reference: LIST.bullet, level: 0, custom: true },
        children: [
          ...textRuns(judgment.text, template.digits, STYLE.label),
          ...notes.cite(judgment.evidence, judgment.text, (n) => citationGrade(brief, n, judgment, template)),
          tailSpaceRun(),
          ...textRuns(mutedSuffix(`${terms.likelihood}؛ ${terms.confidence}`), template.digits, STYLE.corroboration),
        ],
      });
    }),
  ];
}
