import { markRanges } from './mark-ranges.ts';

/** A run of a paragraph: its text, the sentence it belongs to (index into the article's sentences) and whether marked. */
export interface SentenceRun {
  text: string;
  sentence: number | null;
  marked: boolean;
}

/**
 * A paragraph of the body (starting at body offset `start`) cut into runs at its sentences' edges and at the marked
 * ranges (the quoted sentence, the words searched for): each sentence becomes its own element the analyst can select
 * and cite. Offsets are the body's, [start, end) UTF-16 as the host's sentence splitter gives them. Pure: tested
 * without a page.
 */
export function sentenceRuns(
  paragraph: { text: string; start: number },
  sentences: ReadonlyArray<{ start: number; end: number }>,
  marked: ReadonlyArray<readonly [number, number]>,
): SentenceRun[] {
  const end = paragraph.start + paragraph.text.length;
  // The paragraph's pieces: each sentence inside it, and the text between sentences (spaces, stray marks).
  const pieces: { from: number; to: number; sentence: number | null }[] = [];
  let at = paragraph.start;
  sentences.forEach((s, i) => {
    const from = Math.max(s.start, paragraph.start);
    const to = Math.min(s.end, end);
    if (to <= from || from < at) return;
    if (from > at) pieces.push({ from: at, to: from, sentence: null });
    pieces.push({ from, to, sentence: i });
    at = to;
  });
  if (at < end) pieces.push({ from: at, to: end, sentence: null });
  return pieces.flatMap((p) => {
    const text = paragraph.text.slice(p.from - paragraph.start, p.to - paragraph.start);
    const local = marked.map(([from, to]): [number, number] => [from - p.from, to - p.from]).filter(([from, to]) => to > 0 && from < text.length);
    return markRanges(text, local).map((run) => ({ text: run.text, sentence: p.sentence, marked: run.marked }));
  });
}
