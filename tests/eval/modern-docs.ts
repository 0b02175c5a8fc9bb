// Annotated sets written as whole articles (tests/fixtures/entities/): ANERcorp's `token TAG` lines, with a line
// `-DOCSTART-` opening each article, as CoNLL files mark documents. Each article becomes one pseudo-document, so the
// bag of entities is counted per article rather than per 15 sentences of a corpus that does not mark articles.
import { makeDoc } from './entity-docs.ts';
import type { Doc } from './entity-docs.ts';
import { readCorpus } from '../../main/analysis/ner/read-corpus.ts';

export const DOC_START = '-DOCSTART-';

/**
 * The articles of an annotated file, each as a pseudo-document. The marker lines are blanked before the corpus
 * reader sees them, so its line numbers in errors stay those of the file; a file that does not open with a marker,
 * or an article without a sentence, is an error naming the file and line.
 */
export function readArticles(text: string, file: string): Doc[] {
  const lines = text.split('\n');
  const starts: number[] = [];
  const blanked = lines.map((line, i) => {
    if (line.trim() !== DOC_START) return line;
    starts.push(i + 1);
    return '';
  });
  const firstText = lines.findIndex((l) => l.trim() !== '');
  if (firstText >= 0 && lines[firstText]?.trim() !== DOC_START) throw new Error(`${file}:${firstText + 1}: expected ${DOC_START} before the first sentence`);
  const sentences = readCorpus(blanked.join('\n'), file).sentences;
  const docs = starts.map((line, k) => {
    const end = starts[k + 1] ?? Infinity;
    const own = sentences.filter((s) => s.line > line && s.line < end);
    if (own.length === 0) throw new Error(`${file}:${line}: an article without a sentence`);
    return makeDoc(own);
  });
  return docs;
}
