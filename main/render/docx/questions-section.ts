import { Paragraph, type FileChild } from 'docx';
import { STYLE } from './brief-styles.ts';
import { QUESTION_KIND_LABEL } from '../brief-labels.ts';
import { LIST } from './list-numbering.ts';
import { editedMarkRuns, sectionHeading, shownItems, type SectionContext } from './section-context.ts';
import { textRuns } from './text-runs.ts';

/** Numbering instance of the questions list, so it counts from 1 apart from the source list. */
const QUESTIONS_LIST = 1;

/**
 * The open questions: a numbered list (List Number) whose items open with their kind (contradiction, denied
 * claim…), each followed by its evidence sentences as Quote paragraphs, every quote with a note naming its source.
 */
export function questionsSection(context: SectionContext): FileChild[] {
  const { brief, template, notes } = context;
  const questions = shownItems(brief.openQuestions, template);
  if (questions.length === 0) return [];
  return [
    sectionHeading(template.labels.openQuestions.ar),
    ...questions.flatMap((question) => [
      new Paragraph({
        style: STYLE.listNumber,
        bidirectional: true,
        numbering: { reference: LIST.number, level: 0, instance: QUESTIONS_LIST, custom: true },
        keepNext: question.evidence.length > 0 ? true : undefined,
        children: [
          ...textRuns(`${QUESTION_KIND_LABEL[question.kind]}: `, STYLE.label),
          ...textRuns(question.text),
          ...editedMarkRuns(question),
        ],
      }),
      ...question.evidence.map((citation) => new Paragraph({
        style: STYLE.quote,
        bidirectional: true,
        children: [...textRuns(`«${citation.quote}»`), notes.cite(citation, false)],
      })),
    ]),
  ];
}
