import { Paragraph, type FileChild } from 'docx';
import { STYLE } from './brief-styles.ts';
import { LIST } from './list-numbering.ts';
import { composedRuns, corroborationRuns, editedMarkRuns, sectionHeading, shownItems, type SectionContext } from './section-context.ts';
import { textRuns } from './text-runs.ts';

/** The key points: a bulleted list (List Bullet), each point followed by one note per source it cites. */
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
        ...notes.cite(point.sources, point.text),
        ...corroborationRuns(point.independentSources, template),
        ...composedRuns(point, template),
        ...editedMarkRuns(point, template),
      ],
    })),
  ];
}
