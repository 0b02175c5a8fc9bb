/**
 * Reads annotated text in ANERcorp's format: one `token TAG` a line (IOB2 tags of tags.ts), a blank line
 * between sentences. A line that is neither fails the read with the file and the line number. A line
 * `-DOCSTART-` (CoNLL's) opens a document: the project's own set (data/ner/) marks its articles so, since a
 * block held out of it must be whole articles, which share names.
 *
 * One defect is read rather than refused, because the released corpus has it and it cannot be misread: a
 * line break lost between two lines («. Oالإصابة O»: a token, a tag run into the next token, its tag). It
 * is read as the two lines it was, and reported.
 */
import { tagIndex } from './tags.ts';

export interface AnnotatedSentence {
  tokens: string[];
  tags: number[];
  /** 1-based line of the sentence's first token in its file. */
  line: number;
  /** The 0-based document it belongs to, in a file that marks documents with `-DOCSTART-`. */
  doc?: number;
}

export interface ReadCorpus {
  sentences: AnnotatedSentence[];
  /** What was repaired, one sentence each, naming the file and line. */
  repairs: string[];
}

export const DOCSTART = '-DOCSTART-';

const GLUED = /^(O|[BI]-(?:PERS|ORG|LOC|MISC))(\S+)$/u;

/** The sentences of a corpus file's text; `file` names it in errors. */
export function readCorpus(text: string, file: string): ReadCorpus {
  const sentences: AnnotatedSentence[] = [];
  const repairs: string[] = [];
  let current: AnnotatedSentence | null = null;
  let doc = -1;
  const push = (token: string, tag: string, line: number): void => {
    const t = tagIndex(tag);
    if (t === null) throw new Error(`${file}:${line}: unknown tag «${tag}» (expected O or B-/I- with PERS, ORG, LOC or MISC)`);
    current ??= doc >= 0 ? { tokens: [], tags: [], line, doc } : { tokens: [], tags: [], line };
    current.tokens.push(token);
    current.tags.push(t);
  };
  text.split('\n').forEach((rawLine, index) => {
    const line = index + 1;
    const content = rawLine.replace(/\r$/u, '');
    const trimmed = content.trim();
    if (trimmed.length === 0 || trimmed === DOCSTART) {
      if (current !== null) sentences.push(current);
      current = null;
      if (trimmed === DOCSTART) doc++;
      return;
    }
    const fields = content.trim().split(/\s+/u);
    const glued = fields.length === 3 ? GLUED.exec(fields[1] ?? '') : null;
    if (fields.length === 3 && glued !== null && tagIndex(fields[2] ?? '') !== null) {
      push(fields[0] ?? '', glued[1] ?? '', line);
      push(glued[2] ?? '', fields[2] ?? '', line);
      repairs.push(`${file}:${line}: a lost line break read as two lines («${fields[0]} ${glued[1]}», «${glued[2]} ${fields[2]}»)`);
      return;
    }
    if (fields.length !== 2) throw new Error(`${file}:${line}: expected «token TAG», found ${fields.length} field${fields.length === 1 ? '' : 's'}`);
    push(fields[0] ?? '', fields[1] ?? '', line);
  });
  if (current !== null) sentences.push(current);
  return { sentences, repairs };
}
