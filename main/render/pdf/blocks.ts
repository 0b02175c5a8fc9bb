import type { Drawing } from '../charts/drawing.ts';
import type { Align, Justification, Span, TextStyle } from './typeset/types.ts';

/**
 * What a paragraph is in the tagged PDF's structure tree (ISO 32000-1 §14.8.4, standard structure types): H1 the
 * brief's title, H2 a section heading, P a paragraph, LI an item of a list (its marker the Lbl, its text the LBody).
 */
export interface ParagraphStructure {
  role: 'H1' | 'H2' | 'P' | 'LI';
  /** For LI: the list it belongs to; consecutive items of one list make one L element. */
  list?: string;
  /** BCP 47 language, when the paragraph is not in the document's language (an English item in an Arabic brief). */
  lang?: string;
}

/** A paragraph of the document flow; headings are paragraphs kept with what follows. */
export interface ParagraphBlock {
  kind: 'paragraph';
  spans: Span[];
  align: Align;
  /** The paragraph's base direction (UAX #9), the brief's: never guessed from its first letter. */
  direction: 'rtl' | 'ltr';
  /** How a justified paragraph's lines take their extra width; spaces only when not given. */
  justification?: Justification;
  /** Line advance in points. */
  lineHeight: number;
  spaceBefore: number;
  spaceAfter: number;
  /** Indent on the paragraph's start side (the right, for Arabic), in points. */
  indent: number;
  /** A list marker (bullet or number) set in the indent on the start side of the first line. */
  marker?: Span[];
  /** Never leave this block alone at the foot of a page: keep it with the next block's first lines. */
  keepWithNext?: boolean;
  /** A named destination at this paragraph (link targets: the numbered sources). */
  destination?: string;
  /** A PDF outline entry (bookmark) pointing to this paragraph. */
  outline?: string;
  /** Its element in the structure tree; a plain P when not given. */
  structure?: ParagraphStructure;
}

export interface TableColumn {
  header: Span[];
}

/** A table whose first column sits on the start side (the right, for Arabic): columns run right to left. */
export interface TableBlock {
  kind: 'table';
  columns: TableColumn[];
  rows: Span[][][];
  /** The cells' font size in points: what the columns are sized from (../shared/column-widths.ts). */
  textSize: number;
  lineHeight: number;
  headerFill: string;
  rule: string;
  spaceAfter: number;
}

/** An image (the template's logo) set on the start side of the measure: the right, for Arabic. */
export interface ImageBlock {
  kind: 'image';
  /** PNG or JPEG bytes. */
  bytes: Uint8Array;
  /** Drawn size in points. */
  width: number;
  height: number;
  spaceAfter: number;
  /** Alternate text, read in place of the image (the Figure's /Alt). */
  alt: string;
}

/** A chart (vector drawing and shaped text) across the measure. */
export interface ChartBlock {
  kind: 'chart';
  drawing: Drawing;
  /** The faces its text is set in; size and colour come from each text of the drawing. */
  fonts: { regular: TextStyle; bold: TextStyle };
  spaceAfter: number;
  /** Alternate text, read in place of the chart (the Figure's /Alt). */
  alt: string;
}

export type Block = ParagraphBlock | TableBlock | ImageBlock | ChartBlock;
