import type { ParagraphStructure } from './blocks.ts';
import type { LineRun } from './typeset/types.ts';

/** A structure element the flow draws into; what it is belongs to the tagger. */
export interface TagElement {
  readonly role: string;
}

/** Where a paragraph's content goes: its text, and its list marker's (the Lbl of a list item). */
export interface ParagraphElements {
  body: TagElement;
  label?: TagElement;
}

/**
 * Makes a run's link annotation in place of pdfkit's `goTo`, given its rectangle (default user space, x1 y1 x2 y2)
 * and named destination: the tagged PDF's annotation, which joins the run's Link element.
 */
export type LinkAnnotator = (rect: readonly number[], destination: string) => void;

/**
 * Wraps the drawing of one run of a line: `draw` draws it (its link annotation made by `annotate` when given) and
 * returns its width. The glyph writer calls it for every run when the line is tagged.
 */
export type RunTagger = (run: LineRun, draw: (annotate?: LinkAnnotator) => number) => number;

/** Artifacts: page furniture (running header, footer, page numbers) or layout (fills, rules, repeated headers). */
export type ArtifactKind = 'Pagination' | 'Layout';

/**
 * What the page flow tells the tagged PDF's structure tree as it draws, in reading order: the blocks' elements,
 * which content belongs to which, and what is an artifact. Elements are opened in the order the blocks are drawn,
 * which is the brief's logical order.
 */
export interface FlowTagger {
  /** Opens a paragraph's element (a list item joins the list of the item before it when it is the same list). */
  paragraph(structure: ParagraphStructure | undefined, marked: boolean): ParagraphElements;
  /** Opens a table. */
  table(): TagElement;
  /** Opens a row of `table`. */
  row(table: TagElement): TagElement;
  /** Opens a cell of `row`: a column header (TH) or a data cell (TD). */
  cell(row: TagElement, header: boolean): TagElement;
  /** Draws an image as a Figure read as `alt`. */
  figure(alt: string, draw: () => void): void;
  /** Draws text (one line) as content of `element`; `draw` hands the run tagger to the glyph writer. */
  text(element: TagElement, draw: (tagRun?: RunTagger) => void): void;
  /** Draws what is not content. */
  artifact(kind: ArtifactKind, draw: () => void): void;
  /** Ends every open element: nothing more is drawn into them. */
  finish(): void;
}

const NONE: TagElement = { role: 'none' };

/** The tagger of an untagged document (and of tests of the flow alone): draws, and records nothing. */
export const untagged: FlowTagger = {
  paragraph: () => ({ body: NONE, label: NONE }),
  table: () => NONE,
  row: () => NONE,
  cell: () => NONE,
  figure: (_alt, draw) => draw(),
  text: (_element, draw) => draw(),
  artifact: (_kind, draw) => draw(),
  finish: () => undefined,
};
