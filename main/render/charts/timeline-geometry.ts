import { z } from 'zod';

// The timeline chart's geometry as plain data: what the layout computes once and every output draws — the PDF, the
// Word file's picture and, through the API (`charts:timeline`), the app's interactive chart. Schemas first, so the
// API checks what crosses it and the types are not written twice.

/** A point of text, one line: its left edge, baseline and measured width, in points. */
export const ChartText = z.object({ text: z.string(), x: z.number(), baseline: z.number(), width: z.number(), size: z.number() });
export type ChartText = z.infer<typeof ChartText>;

/** An entry on the axis: a mark (a day) or a bar (a span), with a badge that shows its sources' count. */
export const ChartItem = z.object({
  entryId: z.string(),
  kind: z.enum(['mark', 'bar']),
  approximate: z.boolean(),
  sources: z.number().int(),
  /** For a bar: its extent and its lane below the axis. */
  bar: z.object({ x0: z.number(), x1: z.number(), y: z.number(), height: z.number() }).optional(),
  badge: z.object({ cx: z.number(), cy: z.number(), r: z.number(), count: ChartText }),
  label: z.object({
    text: ChartText,
    box: z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() }),
    leader: z.object({ x: z.number(), y0: z.number(), y1: z.number() }),
  }).optional(),
});
export type ChartItem = z.infer<typeof ChartItem>;

export const ChartTick = z.object({ x: z.number(), y0: z.number(), y1: z.number(), gregorian: ChartText.optional(), hijri: ChartText.optional() });
export type ChartTick = z.infer<typeof ChartTick>;

/** Entries left out of a full stack: their count above it («+N», digits as the template writes them). */
export const StackOverflow = z.object({ entryIds: z.array(z.string()), text: ChartText });
export type StackOverflow = z.infer<typeof StackOverflow>;

/** The timeline chart's geometry in points, from the chart box's top-left corner. */
export const TimelineGeometry = z.object({
  width: z.number(),
  height: z.number(),
  axis: z.object({ y: z.number(), pieces: z.array(z.object({ x0: z.number(), x1: z.number() })) }),
  breaks: z.array(z.object({ x: z.number(), y: z.number() })),
  ticks: z.array(ChartTick),
  items: z.array(ChartItem),
  overflows: z.array(StackOverflow),
  /** Entries drawn but not labelled (no room on any level), and entries with no place on the axis (no year). */
  unlabelled: z.array(z.string()),
  unplaced: z.array(z.string()),
});
export type TimelineGeometry = z.infer<typeof TimelineGeometry>;
