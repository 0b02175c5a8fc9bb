/**
 * A chart as a list of primitives in points from its box's top-left corner, in drawing order: what the PDF
 * writer, the PNG rasteriser and the app's SVG each draw the same way. Text is one line, already placed (left
 * edge, baseline, measured width): each output shapes it with HarfBuzz as the typesetter does.
 */
export type Primitive =
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; width: number; colour: string }
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill?: string; stroke?: string; strokeWidth?: number }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill?: string; stroke?: string; strokeWidth?: number }
  /** A closed polygon (the actor map's diamonds and triangles), its corners in order. */
  | { kind: 'polygon'; points: Array<[number, number]>; fill?: string; stroke?: string; strokeWidth?: number }
  | { kind: 'text'; text: string; x: number; baseline: number; width: number; size: number; colour: string; bold: boolean;
    /** The timeline entry the text stands for (a label or a badge's count), for the app's hover and click. */
    entryId?: string };

export interface Drawing {
  width: number;
  height: number;
  items: Primitive[];
  /** The brief's direction, which each line of text is set in. */
  direction: 'rtl' | 'ltr';
}
