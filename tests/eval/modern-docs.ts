// Annotated sets written as whole articles (tests/fixtures/entities/): ANERcorp's `token TAG` lines, with a line
// `-DOCSTART-` opening each article, as CoNLL files mark documents. Each article becomes one pseudo-document, so the
// bag of entities is counted per article rather than per 15 sentences of a corpus that does not mark articles.
import { makeDoc } from './entity-docs.ts';
import type { Doc } from './entity-docs.ts';
import { readCorpus } from '../../main/analysis/ner/read-corpus.ts';
import { spansFromTags, type EntitySpan } from '../../main/analysis/ner/tags.ts';

/** Annotated sets of 2020s news written for the project (tests/fixtures/entities/), one folder and file each. */
export const WRITTEN_APART = ['modern-1', 'modern-2', 'modern-3', 'modern-4', 'modern-5', 'modern-6', 'modern-7', 'modern-8', 'modern-9', 'modern-10', 'modern-11'] as const;

/**
 * The sets whose texts the stage's rules have been written against, and by whom: their figures are a tuned set's,
 * not an honest measurement (each README says so; scripts/org-misses.ts and studied-stage-changes.ts read only these). modern-1 since the
 * writer of data/ner/modern-train-1 read its subjects; modern-2 since the organisations work of issue 12 (branch
 * orgs12) studied its misses; modern-3 since the actors stage's work of issue 12 (branch stage12e) studied its misses;
 * modern-4 since the person passes' ablation of issue 12 (branch stage12f) measured each pass on it; modern-5 since
 * the persons the stage loses of the tagger's (branch ner18) were read on it; modern-6 since the tagger's and the
 * stage's persons (branch ner19) were read on it; modern-8 since the stage's changes to the tagger's entities (branch
 * ner21) were read on it.
 */
export const STUDIED: Partial<Record<(typeof WRITTEN_APART)[number], string>> = {
  'modern-1': 'STUDIED (its subjects read for data/ner/modern-train-1): a tuned figure',
  'modern-2': 'STUDIED (its organisations read by orgs12, issue 12): a tuned figure',
  'modern-3': 'STUDIED (its persons and organisations read by stage12e, issue 12): a tuned figure',
  'modern-4': 'STUDIED (each person pass measured on it by stage12f, issue 12): a tuned figure',
  'modern-5': "STUDIED (the persons the stage loses of the tagger's read by ner18, issue 12): a tuned figure",
  'modern-6': "STUDIED (the tagger's and the stage's persons read by ner19, issue 12): a tuned figure",
  'modern-8': "STUDIED (the stage's changes to the tagger's entities read by ner21, issue 12): a tuned figure",
};

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

/**
 * Each sentence's entity spans in `second`, another annotation of the same articles as `first` (a second annotator's,
 * for agreement): a finder's answer, scored against the first like any finder's. Throws, naming `file`, the article and
 * the sentence, where the two do not hold the same tokens.
 */
export function secondAnnotation(first: readonly Doc[], second: readonly Doc[], file: string): EntitySpan[][][] {
  if (first.length !== second.length) throw new Error(`${file}: ${second.length} articles where the first annotation has ${first.length}`);
  return first.map((doc, d) =>
    doc.sentences.map((s, k) => {
      const other = second[d]?.sentences[k];
      if (other === undefined || other.tokens.join(' ') !== s.tokens.join(' ')) throw new Error(`${file}:${other?.line ?? '?'}: article ${d + 1}, sentence ${k + 1} does not hold the first annotation's tokens`);
      return spansFromTags(other.tags);
    }),
  );
}
