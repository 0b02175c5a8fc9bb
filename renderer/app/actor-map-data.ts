import type { Response } from '../../main/api/contract.ts';
import { chartFollower } from './chart-request.ts';

export type ActorMap = Response<'charts:actors'>;
export type MapNode = ActorMap['geometry']['nodes'][number];
export type MapEdge = ActorMap['geometry']['edges'][number];

/** The open draft's actor map, laid out by the host as the exports lay it out (`charts:actors`). */
export const actorMapOf = chartFollower((ctx, brief) => ctx.client.call('charts:actors', { brief }));

/** What the map's detail lists: an actor or a tie between two. */
export type MapPick = { kind: 'node'; id: string } | { kind: 'edge'; from: string; to: string };

/** Whether a pick still names something on the map (a re-laid map may have dropped it). */
export function pickOn(map: ActorMap, pick: MapPick | null): MapPick | null {
  if (pick === null) return null;
  const g = map.geometry;
  if (pick.kind === 'node') return g.nodes.some((n) => n.actorId === pick.id) ? pick : null;
  return g.edges.some((e) => e.from === pick.from && e.to === pick.to) ? pick : null;
}
