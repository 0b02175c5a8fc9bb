import type { ActorType } from '../../model/brief.ts';
import { displaySegments, type Digits } from '../shared/digits-direction.ts';
import type { ActorMapGeometry, LegendItem, MapEdge, MapNode, NodeShape } from './actor-map-geometry.ts';
import { mapPeriphery } from './actor-map-periphery.ts';
import { labelTies, meets, type Box } from './actor-map-tie-labels.ts';
import type { ActorNode, ActorTie } from './actor-ties.ts';
import { items } from './label-levels.ts';
import { labelForms, lazyMeasuredForms } from './short-label.ts';
import type { MeasureText } from './timeline-layout.ts';

export interface ActorMapOptions {
  width: number;
  height: number;
  /** The brief's direction: the ring starts at the top and runs the way the language reads. */
  direction: 'rtl' | 'ltr';
  digits: Digits;
  textSize: number;
  /** At most this many actors are drawn and named, the most central. */
  nodes: number;
  /** At most this many of the next most central are drawn small and unnamed on an inner ring; the caption counts the rest. */
  small: number;
  /** The legend's word for each type. */
  typeNames: Record<ActorType, string>;
  /** The word printed on a tie for the kind of event its sentences tell (an event sense); none for a kind not listed. */
  tieNames: Readonly<Record<string, string>>;
  measure: MeasureText;
}

/** Types in the ring's order and legend's, each with its shape. */
const TYPES: ReadonlyArray<readonly [ActorType, NodeShape]> = [['person', 'circle'], ['organization', 'square'], ['place', 'diamond'], ['other', 'triangle']];
const SHAPE = new Map(TYPES);
const LABEL_MAX = 110;
const GAP = 2;
/** How far a diamond's corners reach, in its half-size (actor-map-drawing's nodeShape). */
export const DIAMOND = 1.15;
/** A tie's word beside an actor's name: smaller, so the two are not confused. */
const TIE_WORD = 0.85;
/** The inner ring of small nodes, as a share of the named ring's radii. */
const INNER = 0.6;

/** How far a node's shape reaches from its centre: a diamond's corners pass its half-size (nodeShape draws it DIAMOND r). */
const extent = (n: MapNode): number => (n.shape === 'diamond' ? n.r * DIAMOND : n.r);

/**
 * Node half-size: grows with the square root of its sources, so area, not width, tells how many — up to 25 sources
 * on the full scale, beyond that relative to the map's most cited actor (`most`), so that a brief of hundreds of
 * articles still shows which actors the sources name most instead of drawing every node at the cap.
 */
export function nodeRadius(sources: number, most: number): number {
  return Math.min(11, 3 + 8 * Math.sqrt(Math.max(1, sources) / Math.max(25, most)));
}

/**
 * Stroke width of a tie of `weight` sentences: a hairline for one, thicker by each (0.45 pt a sentence up to seven),
 * beyond that relative to the map's heaviest tie (`heaviest`), so a busy brief's ties are not all drawn at the cap.
 */
export function edgeWidth(weight: number, heaviest: number): number {
  return Math.min(3.2, 0.5 + 2.7 * (weight - 1) / (Math.max(7, heaviest) - 1));
}

/** Weighted degree: the sentences of an actor's ties. */
function centralities(nodes: readonly ActorNode[], ties: readonly ActorTie[]): Map<string, number> {
  const c = new Map(nodes.map((n) => [n.actorId, 0]));
  for (const t of ties) {
    c.set(t.from, (c.get(t.from) ?? 0) + t.weight);
    c.set(t.to, (c.get(t.to) ?? 0) + t.weight);
  }
  return c;
}

/** The legend across the top from the start side: each type present, its shape then its word. */
function legendItems(types: readonly ActorType[], options: ActorMapOptions): { items: LegendItem[]; height: number } {
  const size = options.textSize;
  const r = size * 0.45;
  const y = size;
  // Inset by a point: the first shape's outline stays inside the picture the Word file crops to.
  let at = 1;
  const items: LegendItem[] = [];
  for (const type of types) {
    const text = options.typeNames[type];
    const width = options.measure(text, size);
    const [shapeX, textX] = options.direction === 'rtl'
      ? [options.width - at - r, options.width - at - 2 * r - 3 - width]
      : [at + r, at + 2 * r + 3];
    items.push({ type, shape: SHAPE.get(type) ?? 'triangle', x: shapeX, y, r, text: { text, x: textX, baseline: y + size * 0.35, width, size } });
    at += 2 * r + 3 + width + 12;
  }
  return { items, height: 2 * size + 4 };
}

/**
 * Each node's label: the first form of its name (longest first, cut with an ellipsis at its logical end) that fits
 * on the outer side, above, below or on the inner side of it, inside the chart and clear of every node and every
 * label placed before it; the most central first. A name with no free place is left unlabelled. Gives every box
 * taken (nodes and names), which the ties' words then keep clear of.
 */
function labelNodes(nodes: MapNode[], small: readonly MapNode[], centreX: number, top: number, options: ActorMapOptions): Box[] {
  const size = options.textSize;
  const h = size * 1.4;
  const taken: Box[] = [...nodes, ...small].map((n) => {
    const e = extent(n);
    return { x: n.x - e, y: n.y - e, width: 2 * e, height: 2 * e };
  });
  const inside = (b: Box): boolean => b.x >= 0 && b.y >= top && b.x + b.width <= options.width && b.y + b.height <= options.height;
  for (const node of nodes) {
    const text = displaySegments(node.name, options.digits).map((s) => s.text).join('');
    const forms = lazyMeasuredForms(labelForms(text, 4, 1), (t) => options.measure(t, size), LABEL_MAX);
    const outer = node.x >= centreX ? 1 : -1;
    const own = taken[nodes.indexOf(node)];
    const boxes = (w: number): Box[] => {
      const e = extent(node);
      const side = (s: number): Box => ({ x: s > 0 ? node.x + e + GAP : node.x - e - GAP - w, y: node.y - h / 2, width: w, height: h });
      return [side(outer), { x: node.x - w / 2, y: node.y - e - GAP - h, width: w, height: h },
        { x: node.x - w / 2, y: node.y + e + GAP, width: w, height: h }, side(-outer)];
    };
    found: for (const [, form] of items(forms)) {
      for (const box of boxes(form.width)) {
        if (!inside(box) || taken.some((t) => t !== own && meets(box, t, GAP))) continue;
        taken.push(box);
        node.label = { text: { text: form.text, x: box.x, baseline: box.y + h * 0.72, width: form.width, size }, box };
        break found;
      }
    }
  }
  return taken;
}

/**
 * Lays out the actor map: the `nodes` most central actors (weighted degree, then sources, then the list's order) on
 * an ellipse, grouped by type (people, organisations, places, others) and within a type by centrality, starting at
 * the top and running the way the brief reads; each drawn as its type's shape sized by its sources; their ties as
 * straight lines whose width grows with the sentences behind them; a legend of the types across the top; labels
 * that never overlap a node or each other, and on the heaviest ties the kind of event their sentences tell, clear of
 * every node and label (actor-map-tie-labels.ts). No forces and no randomness: the same ties and options give the same
 * geometry; text is measured by `measure`.
 */
export function actorMapLayout(input: { nodes: readonly ActorNode[]; ties: readonly ActorTie[] }, options: ActorMapOptions): ActorMapGeometry {
  const centrality = centralities(input.nodes, input.ties);
  const ranked = [...input.nodes].sort((a, b) => (centrality.get(b.actorId) ?? 0) - (centrality.get(a.actorId) ?? 0)
    || b.sources - a.sources || a.order - b.order);
  const chosen = ranked.slice(0, Math.max(0, options.nodes));
  const typeRank = (t: ActorType): number => TYPES.findIndex(([type]) => type === t);
  const rank = new Map(ranked.map((n, i) => [n.actorId, i]));
  const ring = [...chosen].sort((a, b) => typeRank(a.type) - typeRank(b.type) || (rank.get(a.actorId) ?? 0) - (rank.get(b.actorId) ?? 0));
  const legend = legendItems(TYPES.map(([t]) => t).filter((t) => ring.some((n) => n.type === t)), options);
  const top = legend.height;
  const most = Math.max(1, ...ring.map((n) => n.sources));
  const maxR = nodeRadius(most, most);
  const labelH = options.textSize * 1.4;
  const cx = options.width / 2;
  const cy = top + (options.height - top) / 2;
  const rx = Math.max(10, options.width / 2 - maxR - GAP - LABEL_MAX * 0.55);
  const ry = Math.max(10, (options.height - top) / 2 - maxR - GAP - labelH);
  const sign = options.direction === 'rtl' ? -1 : 1;
  const nodes: MapNode[] = ring.map((n, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(1, ring.length);
    return {
      actorId: n.actorId, name: n.name, aliases: n.aliases, type: n.type, shape: SHAPE.get(n.type) ?? 'triangle', sources: n.sources,
      centrality: centrality.get(n.actorId) ?? 0,
      x: ring.length === 1 ? cx : cx + sign * rx * Math.cos(angle), y: ring.length === 1 ? cy : cy + ry * Math.sin(angle), r: nodeRadius(n.sources, most),
    };
  });
  const at = new Map(nodes.map((n) => [n.actorId, n]));
  const drawnTies = input.ties.filter((t) => at.has(t.from) && at.has(t.to));
  const heaviest = Math.max(1, ...drawnTies.map((t) => t.weight));
  const edges: MapEdge[] = drawnTies.flatMap((t) => {
    const a = at.get(t.from);
    const b = at.get(t.to);
    if (!a || !b) return [];
    return [{ from: t.from, to: t.to, x1: a.x, y1: a.y, x2: b.x, y2: b.y, width: edgeWidth(t.weight, heaviest), weight: t.weight, sources: t.sources, citations: t.citations, roles: t.roles,
      ...(t.kind === undefined ? {} : { kind: t.kind }) }];
  });
  // Well inside the ring: its labels go outside first, and one set inside keeps clear of the small nodes (labelNodes).
  const inner = ring.length < 2 ? null : mapPeriphery(ranked, nodes, input.ties, {
    cx, cy, rx: rx * INNER, ry: ry * INNER, sign, cap: options.small,
    centrality, shape: (t) => SHAPE.get(t) ?? 'triangle', typeRank,
  });
  // Labels in order of centrality: the most central actors are named first, where there is most room.
  const taken = labelNodes([...nodes].sort((a, b) => (rank.get(a.actorId) ?? 0) - (rank.get(b.actorId) ?? 0)), inner?.nodes ?? [], cx, top, options);
  // Then the kinds of the named actors' heaviest ties on their lines, clear of every node and name.
  labelTies(edges, taken, { names: options.tieNames, size: options.textSize * TIE_WORD, measure: options.measure, area: { x: 0, y: top, width: options.width, height: options.height - top } });
  const small = inner?.nodes ?? [];
  return {
    width: options.width,
    height: options.height,
    legend: legend.items,
    // The named actors first (the app's keyboard order starts with them); the periphery's hairlines first, under the
    // named actors' ties (every node is drawn over every tie).
    nodes: [...nodes, ...small],
    edges: [...inner?.edges ?? [], ...edges],
    others: input.nodes.length - nodes.length - small.length,
    unlabelled: nodes.filter((n) => !n.label).map((n) => n.actorId),
  };
}
