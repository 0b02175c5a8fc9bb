import { EndnoteReferenceRun, FootnoteReferenceRun, Paragraph, type ParagraphChild } from 'docx';
import type { Brief, Citation } from '../../model/brief.ts';
import type { Template } from '../template.ts';
import { STYLE } from './brief-styles.ts';
import { localDigits } from '../local-digits.ts';
import { SOURCE_WORDS } from './item-labels.ts';
import { textRuns } from './text-runs.ts';

export type NoteKind = Template['docx']['citations'];

/** The notes a brief cites, numbered in reading order, and how to write a reference to the next one. */
export interface CitationNotes {
  /**
   * A reference mark for `citation`, with its note: the cited sentence in quotation marks, then the number and outlet
   * of the source in the brief's source list. `quoteInNote: false` leaves the sentence out, for a citation whose
   * sentence the body already quotes.
   */
  cite(citation: Citation, quoteInNote?: boolean): ParagraphChild;
  /** The notes written so far, as docx's `footnotes` / `endnotes` option wants them. */
  notes(): Record<string, { children: Paragraph[] }>;
  kind: NoteKind;
}

/**
 * Collects citation notes as the body is written: real Word footnotes (ECMA-376 §17.11.10) or endnotes (§17.11.2),
 * per `template.docx.citations`, whose reference runs (`w:footnoteReference`) carry their ids.
 */
export function createCitationNotes(brief: Brief, template: Template): CitationNotes {
  const kind = template.docx.citations;
  const sourceIndex = new Map(brief.sources.map((source, index) => [source.id, index]));
  const written: Record<string, { children: Paragraph[] }> = {};
  let next = 1;
  return {
    kind,
    cite(citation, quoteInNote = true) {
      const id = next++;
      const index = sourceIndex.get(citation.sourceId);
      const source = index === undefined ? undefined : brief.sources[index];
      const sourceName = index === undefined
        ? `${SOURCE_WORDS.source} ${citation.sourceId}`
        : `${SOURCE_WORDS.source} ${localDigits(String(index + 1), template.digits)}، ${source?.outlet ?? SOURCE_WORDS.unknownOutlet}`;
      const text = quoteInNote ? `«${citation.quote}» — ${sourceName}` : sourceName;
      written[String(id)] = {
        children: [new Paragraph({
          style: kind === 'footnotes' ? STYLE.footnoteText : STYLE.endnoteText,
          bidirectional: true,
          children: [...textRuns(` ${text}`)],
        })],
      };
      return kind === 'footnotes' ? new FootnoteReferenceRun(id) : new EndnoteReferenceRun(id);
    },
    notes: () => written,
  };
}
