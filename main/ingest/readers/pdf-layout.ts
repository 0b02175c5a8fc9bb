import { neutralRunsInLogicalOrder } from './pdf-neutral-order.ts';

/** One run of text on a PDF page, in page units with y growing upwards (PDF user space). */
export interface PdfTextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  /** The font size (run height); 0 when the PDF gives none. */
  height: number;
  dir: 'ltr' | 'rtl' | 'ttb';
}

interface Line {
  runs: PdfTextRun[];
  y: number;
  height: number;
}

/**
 * Lays a page's text runs out as paragraphs: runs on the same baseline (within a third of the font size)
 * form a line, ordered left to right — or right to left when most of the line's text is right-to-left —
 * lines form a paragraph until the gap to the next one is clearly larger than the page's line spacing
 * (its lower-quartile gap) or the font size changes (a heading). Returns paragraphs, each one line of text.
 */
export function layoutPage(runs: readonly PdfTextRun[]): string[] {
  const lines = groupLines(runs.filter((r) => r.text !== ''));
  const texts = lines.map(lineText);
  // Line spacing grows with the type: gaps are compared as multiples of their lines' size, so a headline in large
  // type over two lines stays one paragraph while body text sets what spacing is usual.
  const spacings: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const gap = (lines[i - 1]?.y ?? 0) - (lines[i]?.y ?? 0);
    if (gap > 0) spacings.push(gap / lineSize(lines[i - 1], lines[i]));
  }
  const usual = lowerQuartile(spacings);

  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    const text = current.join(' ').replace(/\s+/g, ' ').trim();
    if (text !== '') paragraphs.push(text);
    current = [];
  };
  lines.forEach((line, i) => {
    const previous = lines[i - 1];
    if (previous !== undefined) {
      const gap = previous.y - line.y;
      const size = lineSize(previous, line);
      const sizeChanged = Math.abs(line.height - previous.height) > 0.15 * size;
      // Line spacing inside a paragraph is the page's most common, smallest gap; a paragraph gap is wider. The
      // absolute bound catches pages whose paragraphs are all one line long (no tighter gap to compare with).
      const wide = gap > 2.3 * size || (usual !== undefined && gap / size > 1.25 * usual);
      if (gap <= 0 || wide || sizeChanged) flush();
    }
    current.push(texts[i] ?? '');
  });
  flush();
  return paragraphs;
}

function lineSize(a: Line | undefined, b: Line | undefined): number {
  return Math.max(a?.height ?? 0, b?.height ?? 0, 1);
}

function groupLines(runs: readonly PdfTextRun[]): Line[] {
  // Top to bottom; a stable sort keeps the content-stream order of runs on the same line.
  const sorted = [...runs].sort((a, b) => b.y - a.y);
  const lines: Line[] = [];
  for (const run of sorted) {
    const last = lines[lines.length - 1];
    const tolerance = Math.max(1, 0.35 * Math.max(run.height, last?.height ?? 0));
    if (last !== undefined && Math.abs(last.y - run.y) <= tolerance) {
      last.runs.push(run);
      last.height = Math.max(last.height, run.height);
    } else {
      lines.push({ runs: [run], y: run.y, height: run.height });
    }
  }
  return lines;
}

function lineText(line: Line): string {
  const rtlChars = line.runs.filter((r) => r.dir === 'rtl').reduce((n, r) => n + r.text.length, 0);
  const ltrChars = line.runs.filter((r) => r.dir !== 'rtl').reduce((n, r) => n + r.text.length, 0);
  const rtl = rtlChars > ltrChars;
  const sorted = placeEnclosedPunctuation(line.runs).sort((a, b) => (rtl ? b.x + b.width - (a.x + a.width) : a.x - b.x));
  const runs = rtl ? neutralRunsInLogicalOrder(sorted) : sorted;
  let text = '';
  let previous: PdfTextRun | undefined;
  for (const run of runs) {
    if (previous !== undefined) {
      // A visible gap between runs is a word space the PDF does not spell out.
      const gap = rtl ? previous.x - (run.x + run.width) : run.x - (previous.x + previous.width);
      const size = Math.max(run.height, previous.height, 1);
      if (gap > 0.15 * size && !/\s$/.test(text) && !/^\s/.test(run.text)) text += ' ';
    }
    text += run.text;
    previous = run;
  }
  return text;
}

// A run of punctuation alone: a colon or full stop a producer draws in a fallback font, apart from its words.
const PUNCTUATION_RUN = /^[\p{P}\p{S}]{1,3}$/u;
// Punctuation that opens what follows and so goes after the space, not before it.
const OPENING = /^[«([{"'“‘]/u;
const DASH = /^\p{Pd}$/u;

/**
 * Puts a punctuation run that lies inside another run's span into that run's text. LibreOffice draws an Arabic
 * line's colon or full stop in another font; pdfjs reads the line's words as one run with a gap where the mark
 * stands, and the mark as a run of its own, so ordering runs by their edges put «خبير دولي: بيانات…» as
 * «خبير دولي بيانات…:». The mark goes to the word gap nearest its place (its share of the run's width), after the
 * word it closes; a run without a word gap keeps the mark as a run of its own.
 */
function placeEnclosedPunctuation(runs: readonly PdfTextRun[]): PdfTextRun[] {
  const hosts = new Map<PdfTextRun, { at: number; mark: string }[]>();
  const rest: PdfTextRun[] = [];
  for (const run of runs) {
    const mark = run.text.trim();
    const centre = run.x + run.width / 2;
    const host = PUNCTUATION_RUN.test(mark)
      ? runs.find((r) => r !== run && r.text.includes(' ') && !PUNCTUATION_RUN.test(r.text.trim()) && r.x < centre && centre < r.x + r.width)
      : undefined;
    if (host === undefined) {
      rest.push(run);
      continue;
    }
    const share = host.dir === 'rtl' ? (host.x + host.width - centre) / host.width : (centre - host.x) / host.width;
    const at = nearestSpace(host.text, share * host.text.length);
    if (at < 0) rest.push(run);
    // A dash stands between its words; an opening mark leans on the next word, a closing one on the last.
    else if (DASH.test(mark)) hosts.set(host, [...(hosts.get(host) ?? []), { at, mark: ` ${mark}` }]);
    else hosts.set(host, [...(hosts.get(host) ?? []), { at: OPENING.test(mark) ? at + 1 : at, mark }]);
  }
  return rest.map((run) => {
    const marks = hosts.get(run);
    if (marks === undefined) return run;
    let text = run.text;
    for (const { at, mark } of [...marks].sort((a, b) => b.at - a.at)) text = text.slice(0, at) + mark + text.slice(at);
    return { ...run, text };
  });
}

/** The word gap inside the text nearest the estimated position; a space at either end is no gap between words. */
function nearestSpace(text: string, estimate: number): number {
  let best = -1;
  const first = text.length - text.trimStart().length;
  const last = text.trimEnd().length;
  for (let i = text.indexOf(' ', first); i >= 0 && i < last; i = text.indexOf(' ', i + 1)) {
    if (best < 0 || Math.abs(i - estimate) < Math.abs(best - estimate)) best = i;
  }
  return best;
}

function lowerQuartile(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 4)];
}
