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
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const gap = (lines[i - 1]?.y ?? 0) - (lines[i]?.y ?? 0);
    if (gap > 0) gaps.push(gap);
  }
  const usual = lowerQuartile(gaps);

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
      const size = Math.max(line.height, previous.height, 1);
      const sizeChanged = Math.abs(line.height - previous.height) > 0.15 * size;
      // Line spacing inside a paragraph is the page's most common, smallest gap; a paragraph gap is wider. The
      // absolute bound catches pages whose paragraphs are all one line long (no tighter gap to compare with).
      const wide = gap > 2.3 * size || (usual !== undefined && gap > 1.25 * usual);
      if (gap <= 0 || wide || sizeChanged) flush();
    }
    current.push(texts[i] ?? '');
  });
  flush();
  return paragraphs;
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
  const runs = [...line.runs].sort((a, b) => (rtl ? b.x + b.width - (a.x + a.width) : a.x - b.x));
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

function lowerQuartile(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 4)];
}
