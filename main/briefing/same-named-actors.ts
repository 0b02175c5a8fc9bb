import type { Brief } from '../model/brief.ts';

/** Actors the brief prints under one name: the name and the ids of its rows, in the brief's order. */
export interface SameNamedActors {
  name: string;
  ids: string[];
}

/** A name as a reader sees it in the table: spaces at its ends and runs of spaces do not make two names. */
function shownName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/**
 * The included actors that share a name, e.g. after a hand edit renamed one to the name of another. `mawjaz render`
 * does not merge them: a merge joins mentions and sources, which only an assembly has (the desk's merge is a
 * correction applied when the brief is assembled again, analysis/actors/corrections.ts); it says so instead.
 */
export function sameNamedActors(brief: Pick<Brief, 'actors'>): SameNamedActors[] {
  const byName = new Map<string, string[]>();
  for (const actor of brief.actors) {
    if (!actor.included) continue;
    const name = shownName(actor.name);
    byName.set(name, [...(byName.get(name) ?? []), actor.id]);
  }
  return [...byName].filter(([, ids]) => ids.length > 1).map(([name, ids]) => ({ name, ids }));
}
