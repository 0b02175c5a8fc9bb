import { z } from 'zod';
import { ActorType, Citation } from '../../model/brief.ts';
import { ChartText } from './timeline-geometry.ts';

// The actor map's geometry as plain data: what the layout computes once and every output draws — the PDF, the Word
// file's picture and, through the API (`charts:actors`), the app's map. Schemas first, so the API checks what
// crosses it and the types are not written twice.

/** The shape an actor's type is drawn as: told apart by outline as well as by fill, so greyscale print keeps them apart. */
export const NodeShape = z.enum(['circle', 'square', 'diamond', 'triangle']);
export type NodeShape = z.infer<typeof NodeShape>;

const Box = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });

/** An actor on the map: its shape at (x, y), `r` its half-size, and its name's label when there was room for one. */
export const MapNode = z.object({
  actorId: z.string(),
  name: z.string(),
  aliases: z.array(z.string()),
  type: ActorType,
  shape: NodeShape,
  sources: z.number().int(),
  /** Weighted degree: the sentences of all its ties, what ranks it among the most central. */
  centrality: z.number().int(),
  x: z.number(),
  y: z.number(),
  r: z.number(),
  label: z.object({ text: ChartText, box: Box }).optional(),
  /** Drawn small and unnamed on the inner ring: beyond the named actors of a busy map (template `charts.actors.small`). */
  small: z.boolean().optional(),
});
export type MapNode = z.infer<typeof MapNode>;

/** A tie between two drawn actors: its stroke width shows its weight, its citations are the sentences behind it. */
export const MapEdge = z.object({
  from: z.string(),
  to: z.string(),
  x1: z.number(),
  y1: z.number(),
  x2: z.number(),
  y2: z.number(),
  width: z.number(),
  weight: z.number().int(),
  sources: z.number().int(),
  citations: z.array(Citation),
  roles: z.array(z.object({ actorId: z.string(), role: z.string() })),
  /** The kind of event its sentences tell (actor-ties' kind: an event sense), when most of them tell one. */
  kind: z.string().optional(),
  /** The kind's word printed on the line, when there was room for it (the heaviest ties only). */
  label: z.object({ text: ChartText, box: Box }).optional(),
});
export type MapEdge = z.infer<typeof MapEdge>;

/** One type of the legend: its shape drawn at (x, y) with half-size r, and its name. */
export const LegendItem = z.object({ type: ActorType, shape: NodeShape, x: z.number(), y: z.number(), r: z.number(), text: ChartText });
export type LegendItem = z.infer<typeof LegendItem>;

/** The actor map's geometry in points, from the chart box's top-left corner. */
export const ActorMapGeometry = z.object({
  width: z.number(),
  height: z.number(),
  legend: z.array(LegendItem),
  nodes: z.array(MapNode),
  edges: z.array(MapEdge),
  /** Included actors left off the map, the least central beyond its caps (named and small): «and K others». */
  others: z.number().int(),
  /** Named actors drawn without a label (no free place for any form of their name); small ones are never named. */
  unlabelled: z.array(z.string()),
});
export type ActorMapGeometry = z.infer<typeof ActorMapGeometry>;
