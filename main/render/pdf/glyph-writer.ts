import type { LinkAnnotationOptions, RunTagger } from './flow-tagger.ts';
import type { FontFace } from './typeset/font-face.ts';
import { spaceStretch } from './typeset/space-stretch.ts';
import type { Line, LineRun, LoggedLine, ParagraphLayout } from './typeset/types.ts';

/**
 * The parts of pdfkit 0.20's private API the writer relies on: the document's current `EmbeddedFont` (its subset,
 * widths and ToUnicode table) and raw content output. They are the same calls pdfkit's own `_fragment` makes.
 */
interface EmbeddedFontInternals {
  id: string;
  subset: { includeGlyph(glyphId: number): number };
  widths: Array<number | undefined>;
  unicode: Array<number[] | undefined>;
  ref(): unknown;
}
interface PageInternals {
  fonts: Record<string, unknown>;
  height: number;
}
export interface PdfDocumentInternals {
  _font: EmbeddedFontInternals;
  page: PageInternals;
  registerFont(name: string, src: Uint8Array): unknown;
  font(name: string): unknown;
  addContent(data: string): unknown;
  save(): unknown;
  restore(): unknown;
  transform(a: number, b: number, c: number, d: number, e: number, f: number): unknown;
  fillColor(colour: string): unknown;
  goTo(x: number, y: number, w: number, h: number, name: string, options?: LinkAnnotationOptions): unknown;
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
  /** Draws one laid-out line and returns (and logs) what was drawn. */
  drawLine(layout: ParagraphLayout, line: Line, box: LineBox): LoggedLine;
  /** Every line drawn so far, in drawing order. */
  readonly log: LoggedLine[];
}

function num(n: number): string {
  const fixed = n.toFixed(3);
  return fixed.replace(/\.?0+$/, '') || '0';
}

function hex4(n: number): string {
  return n.toString(16).padStart(4, '0');
}

/** ToUnicode for each glyph of a run: a glyph's own cmap character when it is in its cluster, else the cluster's rest. */
function glyphTexts(run: LineRun, paragraph: string): number[][] {
  const clusters = [...new Set(run.glyphs.map((g) => g.cluster))].sort((a, b) => a - b);
  const clusterEnd = new Map<number, number>();
  clusters.forEach((c, i) => clusterEnd.set(c, clusters[i + 1] ?? run.end));
  const result: number[][] = run.glyphs.map(() => []);
  const byCluster = new Map<number, number[]>();
  run.glyphs.forEach((g, i) => byCluster.set(g.cluster, [...(byCluster.get(g.cluster) ?? []), i]));
  for (const [cluster, indices] of byCluster) {
    const chars = [...paragraph.slice(cluster, clusterEnd.get(cluster) ?? run.end)].map((c) => c.codePointAt(0) ?? 0);
    const remaining = [...chars];
    const unclaimed: number[] = [];
    for (const i of indices) {
      const own = run.face.glyphToCodePoint.get(run.glyphs[i]?.id ?? 0);
      const at = own === undefined ? -1 : remaining.indexOf(own);
      if (own !== undefined && at >= 0) {
        result[i] = [own];
        remaining.splice(at, 1);
      } else {
        unclaimed.push(i);
      }
    }
    // Glyphs come in visual order; for an RTL run the logically first glyph of a cluster is the last one drawn.
    const carrier = run.direction === 'rtl' ? unclaimed[unclaimed.length - 1] : unclaimed[0];
    // Extractors (poppler, pdf.js) rebuild RTL text by reversing the visual glyph stream, characters of a
    // multi-character glyph included; a ligature's characters are therefore stored reversed in an RTL run, so that
    // "لا" comes back as ل then ا.
    if (carrier !== undefined && remaining.length > 0) result[carrier] = run.direction === 'rtl' ? remaining.reverse() : remaining;
  }
  return result;
}

/**
 * Writes shaped glyph ids straight into the page through pdfkit's embedded-font subset (a copy of what pdfkit's
 * private `_fragment` does): each glyph is added to the subset with its HarfBuzz advance as PDF width and its
 * characters for the ToUnicode map, then drawn with a TJ array whose adjustments carry HarfBuzz's positioning and
 * the justification; glyphs with a vertical offset (stacked marks) get their own text matrix.
 */
export function createGlyphWriter(document: unknown, pageIndex: () => number): GlyphWriter {
  const doc = document as PdfDocumentInternals;
  const fonts = new Map<FontFace, EmbeddedFontInternals>();
  const log: LoggedLine[] = [];

  const useFont = (face: FontFace): EmbeddedFontInternals => {
    let font = fonts.get(face);
    if (!font) {
      // Registered under the path: pdfkit's second `font()` argument would be taken as a variation name.
      doc.registerFont(face.path, face.bytes);
      doc.font(face.path);
      font = doc._font;
      fonts.set(face, font);
    }
    if (doc.page.fonts[font.id] == null) doc.page.fonts[font.id] = font.ref();
    return font;
  };

  const drawRun = (
    run: LineRun, paragraph: string, x: number, baseline: number, extraPerSpace: number, link?: LinkAnnotationOptions,
  ): number => {
    const font = useFont(run.face);
    const size = run.style.size;
    const toPdfUnits = 1000 / run.face.upem;
    const scale = size / run.face.upem;
    const y = doc.page.height - baseline + (run.style.rise ?? 0);
    const texts = glyphTexts(run, paragraph);
    doc.save();
    doc.fillColor(run.style.colour);
    doc.transform(1, 0, 0, -1, 0, doc.page.height);
    doc.addContent('BT');
    doc.addContent(`1 0 0 1 ${num(x)} ${num(y)} Tm`);
    doc.addContent(`/${font.id} ${num(size)} Tf`);
    // Absolute pen positions first (HarfBuzz advances, mark offsets and justification), then one TJ array per run.
    const placed = run.glyphs.map((g, i) => {
      const gid = font.subset.includeGlyph(g.id);
      if (font.widths[gid] == null) font.widths[gid] = run.face.hbFont.glyphHAdvance(g.id) * toPdfUnits;
      if (font.unicode[gid] == null) font.unicode[gid] = texts[i] ?? [];
      return { g, gid, x: 0, advance: g.xAdvance * scale + (paragraph[g.cluster] === ' ' ? extraPerSpace : 0) };
    });
    let pen = x;
    for (const p of placed) {
      p.x = pen + p.g.xOffset * scale;
      pen += p.advance;
    }
    const order = placed.map((_, i) => i);
    let pending: string[] = [];
    const flush = (): void => {
      if (pending.length > 0) doc.addContent(`[${pending.join(' ')}] TJ`);
      pending = [];
    };
    // Where the PDF's own text position is after the last glyph shown; null after a raised glyph's text matrix.
    let textAt: number | null = x;
    for (const index of order) {
      const p = placed[index];
      if (!p) continue;
      const width = (font.widths[p.gid] ?? 0) * size / 1000;
      if (p.g.yOffset !== 0) {
        flush();
        doc.addContent(`1 0 0 1 ${num(p.x)} ${num(y + p.g.yOffset * scale)} Tm`);
        doc.addContent(`[<${hex4(p.gid)}>] TJ`);
        textAt = null;
        continue;
      }
      if (textAt === null) {
        flush();
        doc.addContent(`1 0 0 1 ${num(p.x)} ${num(y)} Tm`);
        textAt = p.x;
      }
      // TJ numbers move the text position left by thousandths of the font size: they carry HarfBuzz's positioning,
      // mark offsets and justification on top of the PDF widths.
      const shift = (p.x - textAt) * 1000 / size;
      if (Math.abs(shift) > 1e-6) pending.push(num(-shift));
      pending.push(`<${hex4(p.gid)}>`);
      textAt = p.x + width;
    }
    flush();
    doc.addContent('ET');
    doc.restore();
    if (run.style.link) {
      const top = baseline - (run.style.rise ?? 0) - size * 0.9;
      doc.goTo(x, top, pen - x, size * 1.2, run.style.link, link);
    }
    return pen - x;
  };

  const drawLine = (layout: ParagraphLayout, line: Line, box: LineBox): LoggedLine => {
    const extra = spaceStretch(line, box.width);
    const used = line.width + extra * line.spaces;
    const startsRight = layout.direction === 'rtl' ? layout.align !== 'end' : layout.align === 'end';
    let x = box.x;
    if (layout.align === 'center') x = box.x + (box.width - used) / 2;
    else if (startsRight) x = box.x + box.width - used;
    const left = x;
    for (const run of line.runs) {
      const draw = (link?: LinkAnnotationOptions): number => drawRun(run, line.source, x, box.baseline, extra, link);
      x += box.tagRun ? box.tagRun(run, draw) : draw();
    }
    const entry: LoggedLine = {
      page: pageIndex(),
      text: line.text,
      paragraph: line.source,
      x: left,
      baseline: box.baseline,
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
    };
    log.push(entry);
    return entry;
  };

  return { drawLine, log };
}
