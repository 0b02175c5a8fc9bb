import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { Brief } from '../../model/brief.ts';
import { briefDirection } from '../shared/brief-direction.ts';
import { shapeDigits } from '../shared/digits-direction.ts';
import type { Template } from '../template.ts';
import { loadTemplateLogo } from '../template-logo.ts';
import { briefBlocks, type BriefStyles } from './brief-blocks.ts';
import { TRUNCATED_AR } from './pdf-labels.ts';
import { createGlyphWriter } from './glyph-writer.ts';
import { flowBlocks, type FlowDocument } from './page-flow.ts';
import { PAGE_SIZES } from './page-sizes.ts';
import { orderDestinations } from './destination-order.ts';
import { createStructureTagger } from './structure-tagger.ts';
import { DOCUMENT_LANG } from './text-language.ts';
import { openFontFace, type FontFace } from './typeset/font-face.ts';
import { memoisedLayout } from './typeset/layout-memo.ts';
import type { LoggedLine, TextStyle } from './typeset/types.ts';

export interface RenderPdfOptions {
  /** Folder holding the template's font files. */
  fontsDir: string;
  /** Folder of templates, which the template's logo is read from; required when the template has a logo. */
  templatesDir?: string;
  /** Pins CreationDate/ModDate and the printed date; defaults to the brief's generatedAt. */
  now?: string;
}

export interface RenderedPdf {
  bytes: Uint8Array;
  /** Every line drawn, with its runs' glyph ids, for tests that compare with HarfBuzz. */
  log: LoggedLine[];
  pages: number;
  /** Blocks left out because the template's page limit was reached. */
  dropped: number;
}


const faceCache = new Map<string, FontFace>();
function face(fontsDir: string, file: string): FontFace {
  const path = join(fontsDir, file);
  let cached = faceCache.get(path);
  if (!cached) {
    cached = openFontFace(path, readFileSync(path));
    faceCache.set(path, cached);
  }
  return cached;
}

function briefStyles(template: Template, fontsDir: string): BriefStyles {
  const f = template.fonts;
  const regular = [face(fontsDir, f.body.file), face(fontsDir, f.latin.file)];
  const bold = [face(fontsDir, f.bodyBold.file), face(fontsDir, f.latinBold.file)];
  const heading = [face(fontsDir, f.heading.file), face(fontsDir, f.latinBold.file)];
  const c = template.colours;
  const s = template.sizes;
  const style = (faces: FontFace[], size: number, colour: string, rise?: number): TextStyle => ({ faces, size, colour, rise });
  return {
    body: style(regular, s.body, c.text),
    bold: style(bold, s.body, c.text),
    muted: style(regular, s.body, c.muted),
    small: style(regular, s.small, c.text),
    smallBold: style(bold, s.small, c.text),
    sup: style(bold, Math.round(s.body * 0.62 * 10) / 10, c.accent, s.body * 0.38),
    link: style(bold, s.small, c.accent),
    h1: style(heading, s.h1, c.heading),
    title: style(heading, s.title, c.heading),
    marking: style(bold, s.small, c.marking),
  };
}

/**
 * Renders a Brief to PDF bytes and returns the layout log beside them. Pure: the same brief, template, fonts and
 * `now` give the same bytes (dates pinned, no clock read, no random ids).
 */
export async function renderPdfWithLog(brief: Brief, template: Template, options: RenderPdfOptions): Promise<RenderedPdf> {
  return render(brief, template, options, true);
}

/** The render, with or without the log of every line drawn (a copy of every glyph drawn, which only tests read). */
async function render(brief: Brief, template: Template, options: RenderPdfOptions, keepLog: boolean): Promise<RenderedPdf> {
  const when = options.now ?? brief.generatedAt;
  const pinned = new Date(when);
  if (Number.isNaN(pinned.getTime())) throw new Error(`renderPdf: not a date: ${when}`);
  const [width, height] = PAGE_SIZES[template.page.size];
  const styles = briefStyles(template, options.fontsDir);
  const logo = loadTemplateLogo(template, options.templatesDir);
  const t = (text: string): string => shapeDigits(text, template.digits);
  const doc = new PDFDocument({
    size: [width, height],
    margin: 0,
    autoFirstPage: false,
    bufferPages: true,
    // Tagged PDF (ISO 32000-1 §14.8): a structure tree in reading order, the catalog's /Lang, the title shown in the
    // viewer's title bar (DisplayDocTitle). Marked content and /MarkInfo need PDF 1.4 or later.
    pdfVersion: '1.7',
    tagged: true,
    lang: DOCUMENT_LANG,
    displayTitle: true,
    compress: true,
    // No default font: pdfkit would open Helvetica, reading and parsing its metrics file (≈ 5 ms of CPU), for text
    // Mawjaz never draws with it (set below: its id stays taken).
    font: '',
    info: {
      Title: brief.title,
      Author: brief.author,
      Subject: template.label.ar,
      Keywords: brief.topics.join(', '),
      Creator: 'Mawjaz',
      Producer: 'Mawjaz (pdfkit, HarfBuzz)',
      CreationDate: pinned,
      ModDate: pinned,
    },
  });
  // Helvetica's id, F1, stays taken, as when pdfkit opened it: the fonts drawn keep theirs (F2, F3…) and the file its
  // bytes. pdfkit 0.20 numbers fonts from this private counter (FontsMixin.font).
  const counter = doc as unknown as { _fontCount?: unknown };
  // A pdfkit that numbers fonts otherwise would shift every font id, and the bytes, silently: fail instead.
  if (counter._fontCount !== 0) throw new Error(`renderPdf: pdfkit's font counter (_fontCount) is ${String(counter._fontCount)}, not 0: this pdfkit numbers fonts otherwise than 0.20, so the font ids would change`);
  counter._fontCount = 1;
  orderDestinations(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });

  let page = 0;
  const writer = createGlyphWriter(doc, () => page, keepLog);
  const flowDoc = doc as unknown as FlowDocument;
  const margins = template.page.margins;
  const frame = { width, height, top: margins.top, bottom: margins.bottom, inline: margins.inline, maxPages: template.page.maxPages };
  doc.on('pageAdded', () => {
    page = doc.bufferedPageRange().count - 1;
  });
  const tags = createStructureTagger(doc);
  const result = flowBlocks(flowDoc, writer, frame, briefBlocks(brief, template, styles, when, logo), tags);

  // Header (marking) and footer (page N of M) go on last, when the page count is known: page furniture, artifacts
  // of the tagged PDF, except the note that the brief was cut short, which is the document's last paragraph.
  const marking = brief.marking || template.marking;
  const range = doc.bufferedPageRange();
  // The page furniture repeats on every page: each distinct line is laid out once.
  const layoutLine = memoisedLayout();
  const lineLayout = (text: string, style: TextStyle) => layoutLine({
    spans: [{ text, style }], width: width - 2 * margins.inline, align: 'center', direction: briefDirection(brief),
  });
  const single = (text: string, style: TextStyle, baseline: number, content = false): void => {
    const layout = lineLayout(text, style);
    const line = layout.lines[0];
    if (!line) return;
    const box = { x: margins.inline, width: width - 2 * margins.inline, baseline };
    if (content) tags.text(tags.paragraph(undefined, false).body, (tagRun) => writer.drawLine(layout, line, { ...box, tagRun }));
    else tags.artifact('Pagination', () => writer.drawLine(layout, line, box));
  };
  const headStyle = { ...styles.small, colour: template.colours.muted };
  const runningHead = fitOneLine(t(brief.title), (text) => lineLayout(text, headStyle).lines.length);
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    page = i;
    // The classification marking is a banner at the top and the bottom of every page; without one, the brief's
    // title runs at the head of every page after the first (as the Word file's header does), so a loose page says
    // which brief it belongs to.
    if (marking) single(t(marking), styles.marking, margins.top * 0.5);
    else if (i > range.start) single(runningHead, headStyle, margins.top * 0.5);
    const ruleY = height - margins.bottom * 0.8;
    tags.artifact('Pagination', () => {
      doc.lineWidth(0.5).moveTo(margins.inline, ruleY).lineTo(width - margins.inline, ruleY).stroke(template.colours.tableRule);
    });
    if (marking) single(t(marking), styles.marking, height - margins.bottom * 0.52);
    const footer = `${template.labels.page.ar} ${i + 1} ${template.labels.of.ar} ${range.count}`;
    single(t(footer), { ...styles.small, colour: template.colours.muted }, height - margins.bottom * 0.2);
    if (i === range.start + range.count - 1 && result.dropped > 0) {
      single(TRUNCATED_AR, { ...styles.small, colour: template.colours.muted }, ruleY - 4, true);
    }
  }
  tags.finish();
  doc.end();
  await finished;
  return { bytes: new Uint8Array(Buffer.concat(chunks)), log: writer.log, pages: result.pages, dropped: result.dropped };
}

/** `text`, or as many of its first words as fit on one line followed by an ellipsis. */
function fitOneLine(text: string, lineCount: (text: string) => number): string {
  if (lineCount(text) <= 1) return text;
  const words = text.split(' ');
  for (let n = words.length - 1; n > 0; n--) {
    const shorter = `${words.slice(0, n).join(' ')}…`;
    if (lineCount(shorter) <= 1) return shorter;
  }
  return '…';
}

/**
 * Renders a Brief to PDF with correct Arabic typography: UAX #9 bidi (bidi-js), UAX #14 line breaking (linebreak),
 * HarfBuzz shaping and per-run font fallback, glyphs embedded through pdfkit's font subsetting.
 */
export async function renderPdf(brief: Brief, template: Template, options: RenderPdfOptions): Promise<Uint8Array> {
  return (await render(brief, template, options, false)).bytes;
}
