import { EndnoteReferenceRun, FootnoteReferenceRun, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { Brief, Citation } from '../../model/brief.ts';
import type { Template } from '../template.ts';
import { endsWithDate } from '../../text/dates/printed-dates.ts';
import { shapeDigits } from '../shared/digits-direction.ts';
import { sourceNumbering } from '../shared/source-numbers.ts';
import { STYLE } from './brief-styles.ts';
import { SOURCE_WORDS } from './item-labels.ts';
import { textRuns } from './text-runs.ts';

// Before a grade in a note: «التقدير ب2».
const GRADE_WORD = 'التقدير';

export type NoteKind = Template['docx']['citations'];

/** The grade a citation of source number `n` carries («ب2»), or null for an ungraded source. */
export type SourceGrade = (n: number) => string | null;

// The grade after a reference, as the PDF sets it: small, muted, on the baseline, a thin no-break space before it.
// Latin grades only: a zero-width space (U+200B) inside the grade's isolate, after a note reference, because
// LibreOffice (7.4) otherwise cuts «E3» between its letter and digit at a line's end (no upstream tdf# bug found).
// Arabic grades («هـ3») were not seen to split there, and the break opportunity would leave the reference on a justified line
// drawn with gaps inside its words (tailSpaceRun says why), so they keep the no-break space alone.
function gradeRuns(grade: string | null, template: Template, afterNote: boolean): ParagraphChild[] {
  const opening = afterNote && template.gradeLetters === 'latin' ? '\u200b' : '';
  return grade === null ? [] : textRuns(`\u202f${opening}${grade}`, template.digits, STYLE.grade);
}

// A one-point space (sizes in half-points): a break opportunity no wider than a hair.
function breakBeforeNoteRun(): TextRun {
  return new TextRun({ text: ' ', size: 2, sizeComplexScript: 2, rightToLeft: true });
}

/** The notes a brief cites, numbered in reading order, and how to write the references of one item. */
export interface CitationNotes {
  /**
   * The references of one item: one note per source it cites (at most), the references separated by «، » as
   * superscripts, so several sources read «¹، ²» and never fuse into one number. Each note quotes the item's
   * sentences from that source — leaving out a sentence the body already prints (`shown`) — then gives the number
   * and outlet of the source in the brief's source list.
   */
  cite(citations: readonly Citation[], shown?: string, grade?: SourceGrade): ParagraphChild[];
  /** The notes written so far, as docx's `footnotes` / `endnotes` option wants them. */
  notes(): Record<string, { children: Paragraph[] }>;
  kind: NoteKind;
}

// Between two references: an Arabic comma and a no-break space, superscript like the references, so a list of
// references neither fuses into one number nor breaks across lines.
const SEPARATOR = '\u060c\u00a0';

/**
 * Collects citation notes as the body is written: real Word footnotes (ECMA-376 §17.11.10) or endnotes (§17.11.2),
 * per `template.docx.citations`, whose reference runs (`w:footnoteReference`) carry their ids; or, for `sources`,
 * no notes but the superscript numbers of the sources, as the PDF cites.
 */
export function createCitationNotes(brief: Brief, template: Template): CitationNotes {
  const kind = template.docx.citations;
  const numbersOf = sourceNumbering(brief);
  const written: Record<string, { children: Paragraph[] }> = {};
  let next = 1;
  const note = (number: number, citations: readonly Citation[], shown: string, grade: string | null): ParagraphChild => {
    const id = next++;
    const source = brief.sources[number - 1];
    const quotes = [...new Set(citations.map((c) => c.quote.trim()))].filter((quote) => quote !== '' && !shown.includes(quote));
    const sourceName = `${SOURCE_WORDS.source} ${shapeDigits(String(number), template.digits)}، ${source?.outlet ?? SOURCE_WORDS.unknownOutlet}`;
    const graded = grade === null ? [] : [`${GRADE_WORD} ${grade}`];
    const text = [...quotes.map((quote) => `«${quote}»`), sourceName, ...graded].join(' — ');
    written[String(id)] = {
      children: [new Paragraph({
        style: kind === 'footnotes' ? STYLE.footnoteText : STYLE.endnoteText,
        bidirectional: true,
        children: textRuns(` ${text}`, template.digits),
      })],
    };
    return kind === 'footnotes' ? new FootnoteReferenceRun(id) : new EndnoteReferenceRun(id);
  };
  return {
    kind,
    cite(citations, shown = '', grade = () => null) {
      const numbers = numbersOf(citations);
      // Ungraded: the numbers in one run, as before grades (an ungraded brief's file is byte for byte the same).
      if (kind === 'sources' && numbers.every((n) => grade(n) === null)) {
        const text = numbers.map((n) => shapeDigits(String(n), template.digits)).join(SEPARATOR);
        return numbers.length === 0 ? [] : [new TextRun({ text, superScript: true, rightToLeft: true })];
      }
      // Before the first note reference of a text ending in a date, a break opportunity: LibreOffice (7.4) cuts the
      // no-break stretch that runs into a note reference by width when it does not fit on the line («ديسمبر 202» |
      // «4.¹،²», on the seeds' first key point, whose bound date ends the text; no upstream tdf# bug found). Only a real
      // space stops it: a zero-width, hair or thin space did not (grade-after-note.test.ts lays them out). It is one
      // point wide, so it opens no gap where the line does not end there; the line may then end before the references
      // and the date move whole. After any other last word the references stay glued to it: the break opportunity let
      // them open the next line alone («الاستقرار.» | «⁴ — مصدر مستقل واحد»), and a word moves whole with them.
      // Superscript source numbers are plain text, which LibreOffice moves whole anyway.
      const breakFirst = kind !== 'sources' && numbers.length > 0 && endsWithDate(shown);
      const runs: ParagraphChild[] = breakFirst ? [breakBeforeNoteRun()] : [];
      numbers.forEach((number, i) => {
        if (i > 0) runs.push(new TextRun({ text: SEPARATOR, superScript: true, rightToLeft: true }));
        if (kind === 'sources') runs.push(new TextRun({ text: shapeDigits(String(number), template.digits), superScript: true, rightToLeft: true }));
        else runs.push(note(number, citations.filter((c) => brief.sources[number - 1]?.id === c.sourceId), shown, grade(number)));
        runs.push(...gradeRuns(grade(number), template, kind !== 'sources'));
      });
      return runs;
    },
    notes: () => written,
  };
}
