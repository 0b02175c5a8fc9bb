import type { LinkAnnotator, RunTagger } from './flow-tagger.ts';
import type { FontFace } from './typeset/font-face.ts';
import { glyphCids, type EmbeddedFontInternals, type GlyphCids } from './glyph-variants.ts';
import { pdfkitFont, type PdfkitFont } from './pdfkit-font.ts';
import { placeRun } from './run-placement.ts';
import { spaceStretch } from './typeset/space-stretch.ts';
import type { Line, LineRun, LoggedLine, ParagraphLayout } from './typeset/types.ts';

/**
 * The parts of pdfkit 0.20's private API the writer relies on: the document's current `EmbeddedFont`, raw content
 * output and its colour parsing. They are the same calls pdfkit's own `_fragment` makes.
 */
interface PageInternals {
  fonts: Record<string, unknown>;
  height: number;
}
export interface PdfDocumentInternals {
  _font: EmbeddedFontInternals;
  page: PageInternals;
  registerFont(name: string, src: Uint8Array | PdfkitFont): unknown;
  font(name: string): unknown;
  addContent(data: string | Uint8Array): unknown;
  _normalizeColor(colour: string): unknown;
  goTo(x: number, y: number, w: number, h: number, name: string): unknown;
  _convertRect(x: number, y: number, w: number, h: number): number[];
}

/** Where to put a line: the box's left edge and width, and the baseline, in pdfkit's top-down points. */
export interface LineBox {
  x: number;
  width: number;
  baseline: number;
  /** Tagged PDF: wraps each run's drawing in its marked content (the structure tree's part of the line). */
  tagRun?: RunTagger;
}

export interface GlyphWriter {
  /** Draws one laid-out line (and logs what was drawn, if the log is kept). */
  drawLine(layout: ParagraphLayout, line: Line, box: LineBox): void;
  /** Every line drawn so far, in drawing order, when the log is kept; else empty. */
  readonly log: LoggedLine[];
}

function num(n: number): string {
  const fixed = n.toFixed(3);
  return fixed.replace(/\.?0+$/, '') || '0';
}

function hex4(n: number): string {
  return n.toString(16).padStart(4, '0');
}

// pdfkit's number formatting for graphics operators (PDFObject.number): rounded to a millionth.
function pdfkitNumber(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/**
 * The operators pdfkit's `fillColor` writes for a colour (its colour space, then the components pdfkit computes),
 * so the content stream is the same byte for byte; a template's colours are hex RGB.
 */
function fillColourOperators(doc: PdfDocumentInternals, colour: string): string {
  const components = doc._normalizeColor(colour);
  if (components === null) return '';
  if (!Array.isArray(components)) throw new Error(`glyph writer: colour ${colour} is not RGB or CMYK`);
  return `/${components.length === 4 ? 'DeviceCMYK' : 'DeviceRGB'} cs\n${components.join(' ')} scn`;
}

/**
 * Writes shaped glyph ids straight into the page through pdfkit's embedded-font subset (what pdfkit's private
 * `_fragment` does), one text object and one TJ array per run: each glyph's PDF advance runs to the next glyph's
 * drawing origin (run-placement.ts, with a CID per glyph variant, glyph-variants.ts), so the array holds moves only
 * after justified spaces; stacked marks are raised with Ts, within the same array flow.
 */
export function createGlyphWriter(document: unknown, pageIndex: () => number, keepLog: boolean): GlyphWriter {
  const doc = document as PdfDocumentInternals;
  const fonts = new Map<FontFace, { font: EmbeddedFontInternals; cids: GlyphCids }>();
  const log: LoggedLine[] = [];
  const colours = new Map<string, string>();
  const colourOperators = (colour: string): string => {
    let ops = colours.get(colour);
    if (ops === undefined) {
      ops = fillColourOperators(doc, colour);
      colours.set(colour, ops);
    }
    return ops;
  };

  const useFont = (face: FontFace): { font: EmbeddedFontInternals; cids: GlyphCids } => {
    let used = fonts.get(face);
    if (!used) {
      // Registered under the path: pdfkit's second `font()` argument would be taken as a variation name.
      doc.registerFont(face.path, pdfkitFont(face));
      doc.font(face.path);
      used = { font: doc._font, cids: glyphCids(doc._font, face) };
      fonts.set(face, used);
    }
    if (doc.page.fonts[used.font.id] == null) doc.page.fonts[used.font.id] = used.font.ref();
    return used;
  };

  const drawRun = (
    run: LineRun, paragraph: string, x: number, baseline: number, extraPerSpace: number, kashidas?: ReadonlyMap<number, number>,
    annotate?: LinkAnnotator,
  ): number => {
    const { font, cids } = useFont(run.face);
    const size = run.style.size;
    const scale = size / run.face.upem;
    const y = doc.page.height - baseline + (run.style.rise ?? 0);
    const placement = placeRun(run, paragraph, extraPerSpace, kashidas);
    // The run's operators are gathered and written at once (pdfkit turns each write into its own buffer): the same
    // as pdfkit's save, fillColor, transform and restore would write. Its graphics state is left as it was, as
    // those calls would have left it: q and Q are balanced here.
    const colour = colourOperators(run.style.colour);
    const ops: string[] = ['q'];
    if (colour) ops.push(colour);
    ops.push(`1 0 0 -1 0 ${pdfkitNumber(doc.page.height)} cm`, 'BT', `1 0 0 1 ${num(x)} ${num(y)} Tm`, `/${font.id} ${num(size)} Tf`);
    let pending: string[] = [];
    const flush = (): void => {
      if (pending.length > 0) ops.push(`[${pending.join(' ')}] TJ`);
      pending = [];
    };
    let rise = 0;
    let drift = 0;
    for (const glyph of placement.glyphs) {
      if (glyph.rise !== rise) {
        flush();
        ops.push(`${num(glyph.rise)} Ts`);
        rise = glyph.rise;
      }
      // TJ numbers move the text position left by thousandths of the font size.
      const move = (glyph.move + drift) * 1000 / size;
      if (Math.abs(move) >= 0.0005) pending.push(num(-move));
      const shown = cids.show(glyph.id, glyph.advance, glyph.text);
      if (glyph.scaleX !== 1) {
        // A kashida: the tatweel's outline stretched by horizontal scaling (its advance is 0, so nothing moves).
        flush();
        ops.push(`${num(glyph.scaleX * 100)} Tz`, `[<${hex4(shown.cid)}>] TJ`, '100 Tz');
      } else {
        pending.push(`<${hex4(shown.cid)}>`);
      }
      // Where the font could not take the advance asked for, the next move makes up the difference.
      drift = (glyph.advance - shown.advance) * scale;
    }
    flush();
    ops.push('ET', 'Q');
    // As bytes: pdfkit copies a string into bytes a character at a time (and adds the newline given here).
    ops.push('');
    doc.addContent(Buffer.from(ops.join('\n'), 'latin1'));
    if (run.style.link) {
      const top = baseline - (run.style.rise ?? 0) - size * 0.9;
      if (annotate) annotate(doc._convertRect(x, top, placement.width, size * 1.2), run.style.link);
      else doc.goTo(x, top, placement.width, size * 1.2, run.style.link);
    }
    return placement.width;
  };

  const drawLine = (layout: ParagraphLayout, line: Line, box: LineBox): void => {
    const extra = spaceStretch(line, box.width);
    const used = line.width + extra * line.spaces;
    const startsRight = layout.direction === 'rtl' ? layout.align !== 'end' : layout.align === 'end';
    let x = box.x;
    if (layout.align === 'center') x = box.x + (box.width - used) / 2;
    else if (startsRight) x = box.x + box.width - used;
    const left = x;
    for (const run of line.runs) {
      const draw = (annotate?: LinkAnnotator): number => drawRun(run, line.source, x, box.baseline, extra, line.kashidas, annotate);
      x += box.tagRun ? box.tagRun(run, draw) : draw();
    }
    // The log copies every glyph id and advance drawn: only for the tests that compare it with HarfBuzz.
    if (!keepLog) return;
    log.push({
      page: pageIndex(),
      text: line.text,
      paragraph: line.source,
      x: left,
      baseline: box.baseline,
      ...(line.kashidas ? { kashidas: [...line.kashidas].map(([position, stretch]) => ({ position, stretch })) } : {}),
      runs: line.runs.map((r) => ({
        text: r.text,
        start: r.start,
        end: r.end,
        direction: r.direction,
        font: r.face.name,
        fontPath: r.face.path,
        size: r.style.size,
        glyphIds: r.glyphs.map((g) => g.id),
        advances: r.glyphs.map((g) => g.xAdvance),
      })),
    });
  };

  return { drawLine, log };
}
