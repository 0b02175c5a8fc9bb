import type { Actor, SummaryPoint } from '../model/brief.ts';

// A point names its leading actors and places, not every name its sentences hold.
const MAX_ACTORS = 5;
const MAX_PLACES = 3;

/**
 * Summary points with their event's actors and places: the actors (as the actors list names them) cited by
 * one of the point's own sentences, most mentioned first. Points without an event are returned unchanged.
 */
export function withEventActors(points: readonly SummaryPoint[], actors: readonly Actor[]): SummaryPoint[] {
  // Only the points' own sentences matter: index those, then read each actor's citations against them.
  const quotes = new Map<string, Set<string>>();
  for (const p of points) for (const c of p.sources) quotes.set(c.sourceId, (quotes.get(c.sourceId) ?? new Set<string>()).add(c.quote));
  const citedBy = new Map<string, Map<string, Actor[]>>();
  for (const actor of actors) {
    for (const c of actor.sources) {
      if (!quotes.get(c.sourceId)?.has(c.quote)) continue;
      const bySource = citedBy.get(c.sourceId) ?? new Map<string, Actor[]>();
      citedBy.set(c.sourceId, bySource);
      const list = bySource.get(c.quote) ?? [];
      if (!list.includes(actor)) list.push(actor);
      bySource.set(c.quote, list);
    }
  }
  return points.map((p) => {
    if (!p.event) return p;
    const found = [...new Set(p.sources.flatMap((c) => citedBy.get(c.sourceId)?.get(c.quote) ?? []))].sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const names = (pick: (a: Actor) => boolean, max: number): string[] => found.filter(pick).slice(0, max).map((a) => a.name);
    return { ...p, event: { ...p.event, actors: names((a) => a.type !== 'place', MAX_ACTORS), places: names((a) => a.type === 'place', MAX_PLACES) } };
  });
}
