import type { ParagraphBlock } from './blocks.ts';
import { untagged, type FlowTagger } from './flow-tagger.ts';
import type { GlyphWriter } from './glyph-writer.ts';
import { memoisedLayout, type LayoutParagraph } from './typeset/layout-memo.ts';
import type { ParagraphLayout } from './typeset/types.ts';

/** The parts of the pdfkit document the flow uses (public API). */
export interface FlowDocument {
  addPage(): unknown;
  addNamedDestination(name: string, ...args: unknown[]): unknown;
  outline: { addItem(title: string): unknown };
  rect(x: number, y: number, w: number, h: number): FlowDocument;
  circle(x: number, y: number, r: number): FlowDocument;
  polygon(...points: Array<[number, number]>): FlowDocument;
  moveTo(x: number, y: number): FlowDocument;
  lineTo(x: number, y: number): FlowDocument;
  fill(colour: string): unknown;
  lineWidth(w: number): FlowDocument;
  stroke(colour: string): unknown;
  image(src: Buffer, x: number, y: number, options: { width: number; height: number }): unknown;
}

export interface PageFrame {
  width: number;
  height: number;
  top: number;
  bottom: number;
  inline: number;
  /** At most this many pages; 0 means no limit. */
  maxPages: number;
}

// Where the baseline sits within a line box, as a share of the line height: Arabic needs room below for descenders.
export const BASELINE = 0.72;

/** Thrown when the flow needs a page past the frame's page limit: the blocks not yet drawn are dropped. */
export class PageLimit extends Error {}

/** What the block drawers share: where they draw, the page geometry, and where the flow stands (page count, y). */
export interface FlowContext {
  doc: FlowDocument;
  writer: GlyphWriter;
  /** The structure tree of a tagged PDF, told what each drawing is. */
  tags: FlowTagger;
  frame: PageFrame;
  /** Width of the measure between the inline margins. */
  contentWidth: number;
  /** x of the right margin: the start side of every line, for Arabic. */
  right: number;
  /** y past which nothing is drawn on a page (the top of the bottom margin). */
  limitY: number;
  /** Pages begun so far. */
  pages: number;
  /** Top of the free space on the current page. */
  y: number;
  /** Each paragraph's layout, made once: measuring ahead (keep-with-next) and drawing need the same one. */
  layouts: Map<ParagraphBlock, ParagraphLayout>;
  /** Lays out any other paragraph (table cells, list markers), each distinct one once in the document. */
  layout: LayoutParagraph;
}

/** A flow that has not begun its first page yet; untagged unless given a tagger. */
export function flowContext(doc: FlowDocument, writer: GlyphWriter, frame: PageFrame, tags: FlowTagger = untagged): FlowContext {
  return {
    doc,
    writer,
    tags,
    frame,
    contentWidth: frame.width - 2 * frame.inline,
    right: frame.width - frame.inline,
    limitY: frame.height - frame.bottom,
    pages: 0,
    y: 0,
    layouts: new Map(),
    layout: memoisedLayout(),
  };
}

/** Whether the flow is on the last page its frame allows (never, when pages are not limited). */
export function onLastPage(flow: FlowContext): boolean {
  return flow.frame.maxPages > 0 && flow.pages >= flow.frame.maxPages;
}

/** Begins a new page and moves to its top; throws PageLimit when the frame allows no more pages. */
export function newPage(flow: FlowContext): void {
  if (onLastPage(flow)) throw new PageLimit();
  flow.doc.addPage();
  flow.pages++;
  flow.y = flow.frame.top;
}
