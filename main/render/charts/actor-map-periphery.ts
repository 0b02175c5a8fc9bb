import type { ActorType } from '../../model/brief.ts';
import type { MapEdge, MapNode, NodeShape } from './actor-map-geometry.ts';
import type { ActorNode, ActorTie } from './actor-ties.ts';

/** Half-size of a small node: a mark that shows its type's shape at print resolution, too small to ask for a name. */
export const SMALL_R = 2.2;
/** Width of a small node's tie: a hairline, under the named actors' ties. */
const SMALL_TIE = 0.3;
/** Room each small node takes along its ring: its width and a gap that keeps the shapes apart. */
const PITCH = 2 * SMALL_R + 3;

/** An ellipse's perimeter (Ramanujan's second approximation), for how many small nodes fit on it. */
function perimeter(rx: number, ry: number): number {
  const h = ((rx - ry) / (rx + ry)) ** 2;
  return Math.PI * (rx + ry) * (1 + (3 * h) / (10 + Math.sqrt(4 - 3 * h)));
}

export interface Periphery {
  nodes: MapNode[];
  edges: MapEdge[];
}

/**
 * The periphery of a busy map: after the named actors, up to `cap` of the next most central (in `ranked`'s order)
 * drawn small and unnamed, evenly on an inner ellipse (`rx`, `ry` around the centre), in the ring's order (type, then
 * centrality), starting at the top the way the brief reads; as many as fit without touching. Each is drawn with its
 * one strongest tie to a named actor (heaviest, then the tie list's order) as a hairline, so the periphery shows
 * where it hangs without a second web of lines. Pure: the same input gives the same nodes and edges.
 */
export function mapPeriphery(
  ranked: readonly ActorNode[], named: readonly MapNode[], ties: readonly ActorTie[],
  ring: { cx: number; cy: number; rx: number; ry: number; sign: number; cap: number; centrality: ReadonlyMap<string, number>; shape: (t: ActorType) => NodeShape; typeRank: (t: ActorType) => number },
): Periphery {
  const fit = Math.floor(perimeter(ring.rx, ring.ry) / PITCH);
  const namedAt = new Map(named.map((n) => [n.actorId, n]));
  const rank = new Map(ranked.map((n, i) => [n.actorId, i]));
  const chosen = ranked.filter((n) => !namedAt.has(n.actorId)).slice(0, Math.max(0, Math.min(ring.cap, fit)));
  const order = [...chosen].sort((a, b) => ring.typeRank(a.type) - ring.typeRank(b.type) || (rank.get(a.actorId) ?? 0) - (rank.get(b.actorId) ?? 0));
  const nodes: MapNode[] = order.map((n, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / order.length;
    return {
      actorId: n.actorId, name: n.name, aliases: n.aliases, type: n.type, shape: ring.shape(n.type), sources: n.sources,
      centrality: ring.centrality.get(n.actorId) ?? 0, small: true, x: ring.cx + ring.sign * ring.rx * Math.cos(angle), y: ring.cy + ring.ry * Math.sin(angle), r: SMALL_R,
    };
  });
  const edges: MapEdge[] = [];
  for (const node of nodes) {
    let best: { tie: ActorTie; hub: MapNode } | null = null;
    for (const tie of ties) {
      const other = tie.from === node.actorId ? tie.to : tie.to === node.actorId ? tie.from : null;
      const hub = other === null ? undefined : namedAt.get(other);
      if (hub && (!best || tie.weight > best.tie.weight)) best = { tie, hub };
    }
    if (!best) continue;
    const { tie, hub } = best;
    const [a, b] = tie.from === node.actorId ? [node, hub] : [hub, node];
    edges.push({ from: tie.from, to: tie.to, x1: a.x, y1: a.y, x2: b.x, y2: b.y, width: SMALL_TIE, weight: tie.weight, sources: tie.sources, citations: tie.citations, roles: tie.roles,
      ...(tie.kind === undefined ? {} : { kind: tie.kind }) });
  }
  return { nodes, edges };
}
