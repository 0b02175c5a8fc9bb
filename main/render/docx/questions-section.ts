import { Paragraph, type FileChild } from 'docx';
import type { Citation, OpenQuestion } from '../../model/brief.ts';
import { citationGrade } from '../shared/grade-words.ts';
import { QUESTION_KIND_LABEL } from '../brief-labels.ts';
import { sourceNumbering } from '../shared/source-numbers.ts';
import { STYLE } from './brief-styles.ts';
import { SOURCE_WORDS } from './item-labels.ts';
import { listNumber } from './list-numbering.ts';
import { editedMarkRuns, sectionHeading, shownItems, type SectionContext } from './section-context.ts';
import { textRuns } from './text-runs.ts';

/** Numbering instance of the questions list, so it counts from 1 apart from the source list. */
const QUESTIONS_LIST = 1;

/**
 * The open questions: a numbered list (List Number) whose items open with their kind (contradiction, denied
 * claim…), each followed by its evidence sentences as Quote paragraphs. The body already quotes each sentence, so
 * its source is named at the quote's end by its number in the source list (as the PDF cites), not by a note.
 */
export function questionsSection(context: SectionContext): FileChild[] {
  const { brief, template } = context;
  const questions = shownItems(brief.openQuestions, template);
  if (questions.length === 0) return [];
  const numbersOf = sourceNumbering(brief);
  // A graded outlet's number carries the grade of the claim the question is about, as on key points.
  const sourceOf = (citation: Citation, question: OpenQuestion): string => {
    const number = numbersOf([citation])[0];
    const grade = number === undefined ? null : citationGrade(brief, number, question, template);
    return `${SOURCE_WORDS.source} ${number === undefined ? citation.sourceId : String(number)}${grade === null ? '' : `\u202f${grade}`}`;
  };
  return [
    sectionHeading(template.labels.openQuestions.ar, template),
    ...questions.flatMap((question, index) => {
      const { numbering, marker } = listNumber(template, QUESTIONS_LIST, index);
      return [
        new Paragraph({
          style: STYLE.listNumber,
          bidirectional: true,
          numbering,
          keepNext: question.evidence.length > 0 ? true : undefined,
          children: [
            ...marker,
            ...textRuns(`${QUESTION_KIND_LABEL[question.kind]}: `, template.digits, STYLE.label),
            ...textRuns(question.text, template.digits),
            ...editedMarkRuns(question, template),
          ],
        }),
        ...question.evidence.map((citation) => new Paragraph({
          style: STYLE.quote,
          bidirectional: true,
          children: textRuns(`«${citation.quote}» — ${sourceOf(citation, question)}`, template.digits),
        })),
      ];
    }),
  ];
}
