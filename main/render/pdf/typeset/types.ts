import type { FontFace } from './font-face.ts';
import type { ParagraphDirection } from './bidi-levels.ts';
import type { Direction, ShapedGlyph } from './shape-run.ts';

/** How a stretch of text is set. */
export interface TextStyle {
  /** The primary face first, then fallbacks, chosen per character by cmap coverage. */
  readonly faces: readonly FontFace[];
  /** Font size in points. */
  readonly size: number;
  /** #RRGGBB. */
  readonly colour: string;
  /** Baseline shift upwards in points (superscript citation marks). */
  readonly rise?: number;
  /** A named destination in the same PDF that this text links to. */
  readonly link?: string;
}

/** A piece of a paragraph in one style; a paragraph is the concatenation of its spans, in logical order. */
export interface Span {
  readonly text: string;
  readonly style: TextStyle;
}

export type Align = 'justify' | 'start' | 'end' | 'center';

/** How a justified line takes its extra width: on its spaces only, or partly as kashidas (stretched joins). */
export type Justification = 'spaces' | 'kashida';

export interface ParagraphSpec {
  readonly spans: readonly Span[];
  /** Line width in points. */
  readonly width: number;
  readonly align: Align;
  /**
   * The paragraph's base direction. A brief's paragraphs pass the brief's own (see shared/brief-direction.ts);
   * 'auto' (first strong letter) is for text that carries no direction of its own.
   */
  readonly direction: ParagraphDirection;
  /** For justified paragraphs; 'spaces' when not given. */
  readonly justification?: Justification;
}

/** One directional, single-font run of a line, shaped and ready to draw. */
export interface LineRun {
  /** The run's characters in logical order. */
  readonly text: string;
  /** UTF-16 offsets of the run in the paragraph text. */
  readonly start: number;
  readonly end: number;
  /** UAX #9 embedding level; odd is right-to-left. */
  readonly level: number;
  readonly direction: Direction;
  readonly face: FontFace;
  readonly style: TextStyle;
  /** Glyphs in visual order (left to right), as HarfBuzz returns them. */
  readonly glyphs: readonly ShapedGlyph[];
  /** Natural width in points. */
  readonly width: number;
}

export interface Line {
  /**
   * The paragraph text this line's offsets and runs index into (its shaping context): the paragraph's own text, or,
   * on a kashida-justified line, the paragraph with this line's tatweels inserted (see `kashidas`).
   */
  readonly source: string;
  /** The line's text in logical order, without trailing whitespace. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Runs in visual order, left to right (UAX #9 rule L2). */
  readonly runs: readonly LineRun[];
  /** Sum of the runs' widths in points. */
  readonly width: number;
  /** Space glyphs inside the line, which take the extra width of a justified line. */
  readonly spaces: number;
  /** True when the line should be stretched to the full measure (justified and not the paragraph's last line). */
  readonly stretch: boolean;
  /**
   * On a kashida-justified line: the offsets in `source` of the tatweels inserted for justification (drawn, never
   * part of the text a reader copies), each with the width in points it is stretched by beyond its own advance
   * (included in the runs' and the line's widths).
   */
  readonly kashidas?: ReadonlyMap<number, number>;
}

export interface ParagraphLayout {
  readonly text: string;
  readonly direction: Direction;
  readonly align: Align;
  readonly width: number;
  readonly lines: readonly Line[];
}

/** What the layout log records for each run drawn, so tests can compare with HarfBuzz directly. */
export interface LoggedRun {
  text: string;
  start: number;
  end: number;
  direction: Direction;
  font: string;
  fontPath: string;
  size: number;
  glyphIds: number[];
  /** HarfBuzz x advances in font units, before justification. */
  advances: number[];
}

/** One entry per line drawn into the PDF. */
export interface LoggedLine {
  page: number;
  /** The line's text in logical order. */
  text: string;
  /** The whole paragraph the line belongs to, with the line's kashidas if it has any (HarfBuzz shaping context). */
  paragraph: string;
  runs: LoggedRun[];
  /** Where the line was drawn: left edge and baseline, in points from the page's top-left corner. */
  x: number;
  baseline: number;
  /** A kashida line's elongations: where each tatweel sits in `paragraph`, and its stretch in points. */
  kashidas?: Array<{ position: number; stretch: number }>;
}
