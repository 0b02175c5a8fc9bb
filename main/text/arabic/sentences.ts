/**
 * Sentence splitting for Arabic news text.
 *
 * Intl.Segmenter does the heavy lifting (it keeps «1.3» and «3.30» whole and splits after «».»), with
 * three fixes measured on Arabic: it splits after abbreviations («د.» «م.»), it does not split at «…»
 * run into the next word, and line breaks in scraped text are hard boundaries (headings, captions).
 */

export interface Sentence {
  /** Exactly `body.slice(start, end)`: the sentence as it stands, without surrounding whitespace. */
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph (block between line breaks) the sentence belongs to. */
  paragraph: number;
}

// Made on first use and kept: ICU's sentence rules take tens of milliseconds to load, which a process that never
// splits sentences (listing, searching) should not pay.
let segmenter: Intl.Segmenter | null = null;

// Abbreviations after which a period does not end a sentence: one Arabic letter (د. م. أ. ج. ص. ق.)
// or a Latin initial, and the two-part «ق.م».
const ABBREVIATION_END = /(?:^|[\s(«"“])(?:[\u0621-\u064A]|[A-Z]|ق\.م)\.$/u;
const ELLIPSIS_RUN = /…(?=\S)/g;

function trimmed(body: string, start: number, end: number, paragraph: number): Sentence | null {
  while (start < end && /\s/.test(body[start] ?? '')) start++;
  while (end > start && /\s/.test(body[end - 1] ?? '')) end--;
  return end > start ? { text: body.slice(start, end), start, end, paragraph } : null;
}

function splitLine(body: string, lineStart: number, lineEnd: number, paragraph: number): Sentence[] {
  const line = body.slice(lineStart, lineEnd);
  const cuts: number[] = [];
  segmenter ??= new Intl.Segmenter('ar', { granularity: 'sentence' });
  for (const seg of segmenter.segment(line)) {
    if (seg.index > 0) cuts.push(seg.index);
  }
  for (const m of line.matchAll(ELLIPSIS_RUN)) cuts.push(m.index + 1);
  cuts.sort((a, b) => a - b);
  const out: Sentence[] = [];
  let from = 0;
  for (const cut of [...new Set(cuts), line.length]) {
    if (cut <= from) continue;
    const left = line.slice(from, cut).trimEnd();
    if (cut < line.length && ABBREVIATION_END.test(left)) continue;
    const s = trimmed(body, lineStart + from, lineStart + cut, paragraph);
    if (s) out.push(s);
    from = cut;
  }
  return out;
}

/**
 * Splits a cleaned body into sentences; each keeps its exact text and offsets in the body.
 * Every non-empty line is a paragraph of its own (scraped bodies put one paragraph on a line).
 */
export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  for (const line of body.split('\n')) {
    if (line.trim().length > 0) {
      out.push(...splitLine(body, lineStart, lineStart + line.length, paragraph));
      paragraph++;
    }
    lineStart += line.length + 1;
  }
  return out;
}

/**
 * The first sentence of `body`: exactly `splitSentences(body)[0]?.text`, found without splitting the rest. The
 * segmenter's and the ellipsis' cuts are taken lazily in increasing order, as splitLine sorts them, and the first cut
 * splitLine keeps ends the sentence; a headline inferred from a story's opening (infer-title.ts) needs no more.
 */
export function firstSentence(body: string): string | null {
  let lineStart = 0;
  for (const line of body.split('\n')) {
    if (line.trim().length > 0) return firstOfLine(body, lineStart, lineStart + line.length);
    lineStart += line.length + 1;
  }
  return null;
}

/** The cuts splitLine would make in `line`, in increasing order without repeats, generated as they are needed. */
function* lineCuts(line: string): Generator<number> {
  segmenter ??= new Intl.Segmenter('ar', { granularity: 'sentence' });
  const segments = segmenter.segment(line)[Symbol.iterator]();
  const ellipses = line.matchAll(ELLIPSIS_RUN);
  const nextSegment = (): number => {
    for (let s = segments.next(); !s.done; s = segments.next()) if (s.value.index > 0) return s.value.index;
    return Infinity;
  };
  const nextEllipsis = (): number => {
    const m = ellipses.next();
    return m.done ? Infinity : m.value.index + 1;
  };
  let seg = nextSegment();
  let ell = nextEllipsis();
  let last = -1;
  while (seg !== Infinity || ell !== Infinity) {
    const cut = Math.min(seg, ell);
    if (cut === seg) seg = nextSegment();
    else ell = nextEllipsis();
    if (cut !== last) yield cut;
    last = cut;
  }
}

function firstOfLine(body: string, lineStart: number, lineEnd: number): string | null {
  const line = body.slice(lineStart, lineEnd);
  let from = 0;
  const cuts = lineCuts(line);
  for (let c = cuts.next(); ; c = cuts.next()) {
    const cut = c.done ? line.length : c.value;
    if (cut > from && !(cut < line.length && ABBREVIATION_END.test(line.slice(from, cut).trimEnd()))) {
      const s = trimmed(body, lineStart + from, lineStart + cut, 0);
      if (s) return s.text;
      from = cut;
    }
    if (c.done) return null;
  }
}

/** Splits a text into its paragraphs (blocks separated by one or more blank lines). */
export function splitParagraphs(body: string): string[] {
  return body.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 0);
}
