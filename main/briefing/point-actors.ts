import type { Actor, SummaryPoint } from '../model/brief.ts';

// A point names its leading actors and places, not every name its sentences hold.
const MAX_ACTORS = 5;
const MAX_PLACES = 3;

/**
 * Summary points with their event's actors and places: the actors (as the actors list names them) cited by
 * one of the point's own sentences, most mentioned first. Points without an event are returned unchanged.
 */
export function withEventActors(points: readonly SummaryPoint[], actors: readonly Actor[]): SummaryPoint[] {
  const key = (c: { sourceId: string; quote: string }): string => `${c.sourceId}\u0000${c.quote}`;
  const citedBy = new Map<string, Actor[]>();
  for (const actor of actors) {
    for (const c of actor.sources) {
      const list = citedBy.get(key(c)) ?? [];
      if (!list.includes(actor)) list.push(actor);
      citedBy.set(key(c), list);
    }
  }
  return points.map((p) => {
    if (!p.event) return p;
    const found = [...new Set(p.sources.flatMap((c) => citedBy.get(key(c)) ?? []))].sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const names = (pick: (a: Actor) => boolean, max: number): string[] => found.filter(pick).slice(0, max).map((a) => a.name);
    return { ...p, event: { ...p.event, actors: names((a) => a.type !== 'place', MAX_ACTORS), places: names((a) => a.type === 'place', MAX_PLACES) } };
  });
}
