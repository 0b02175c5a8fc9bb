import type { Actor } from './types.ts';

/** The columns the actors table sorts by. */
export type ActorSortKey = 'name' | 'type' | 'mentions' | 'sources';

/** What the analyst asked of the actors table: words to find, a type, an order and a page. */
export interface ActorQuery {
  text: string;
  /** An actor type, or '' for all. */
  type: '' | Actor['type'];
  sort: ActorSortKey;
  descending: boolean;
  /** Zero-based. */
  page: number;
}

/** Rows per page: a page stays a quick read and a quick patch, and a brief of a few hundred actors pages. */
export const ACTOR_PAGE_SIZE = 100;

export const DEFAULT_ACTOR_QUERY: ActorQuery = { text: '', type: '', sort: 'mentions', descending: true, page: 0 };

/** The fields a row of the table shows (and sorts by), from an actor of the brief. */
export interface ActorRow {
  actor: Actor;
  /** Where the actor stands in the brief (its index there): a stable key for fields and buttons. */
  index: number;
  sources: number;
}

/**
 * Whether an actor matches the typed words: each word is found in its name, an alias or a role. Case is folded for
 * Latin names; Arabic spelling variants are not (the renderer has no text layer of its own: main/text/arabic is
 * the host's).
 */
function matches(actor: Actor, words: string[]): boolean {
  const hay = [actor.name, ...actor.aliases, ...actor.roles].join('\n').toLocaleLowerCase();
  return words.every((w) => hay.includes(w));
}

function compare(a: ActorRow, b: ActorRow, key: ActorSortKey): number {
  switch (key) {
    case 'name':
      return a.actor.name.localeCompare(b.actor.name, 'ar');
    case 'type':
      return a.actor.type.localeCompare(b.actor.type);
    case 'mentions':
      return a.actor.mentions - b.actor.mentions;
    case 'sources':
      return a.sources - b.sources;
  }
}

/**
 * The table's rows for a query: filtered by type and words, sorted (ties keep the brief's order, whichever the
 * direction), and cut to the asked page, clamped to the pages there are. `total` counts every matching row.
 */
export function actorRows(actors: readonly Actor[], query: ActorQuery): { rows: ActorRow[]; total: number; page: number; pages: number } {
  const words = query.text.toLocaleLowerCase().split(/\s+/).filter((w) => w !== '');
  const all = actors
    .map((actor, index) => ({ actor, index, sources: new Set(actor.sources.map((s) => s.sourceId)).size }))
    .filter((r) => (query.type === '' || r.actor.type === query.type) && matches(r.actor, words));
  all.sort((a, b) => (query.descending ? -compare(a, b, query.sort) : compare(a, b, query.sort)) || a.index - b.index);
  const pages = Math.max(1, Math.ceil(all.length / ACTOR_PAGE_SIZE));
  const page = Math.min(Math.max(0, query.page), pages - 1);
  return { rows: all.slice(page * ACTOR_PAGE_SIZE, (page + 1) * ACTOR_PAGE_SIZE), total: all.length, page, pages };
}

/** A click on a column's header: the same column turns its order around; another starts in its natural order. */
export function sortBy(query: ActorQuery, key: ActorSortKey): ActorQuery {
  if (query.sort === key) return { ...query, descending: !query.descending, page: 0 };
  // Counts read best largest first; names and types from the start of the alphabet.
  return { ...query, sort: key, descending: key === 'mentions' || key === 'sources', page: 0 };
}

/** Ticks or unticks an actor: the picked names in the order they were picked (a merge keeps the first one's name). */
export function togglePick(picked: readonly string[], name: string, on: boolean): string[] {
  const rest = picked.filter((n) => n !== name);
  return on ? [...rest, name] : rest;
}

/** A merge the analysis proposes: the two names and the articles each is found in (source ids, first cited first). */
export interface MergeProposalView {
  into: string;
  name: string;
  intoSources: string[];
  nameSources: string[];
}

/**
 * Every merge the analysis proposes, once per pair (either actor may carry it), with its evidence as data: the two
 * spellings and where each is found. The analysis's own evidence sentence names articles by id, which the page
 * never shows; the view says it in words with the articles' titles.
 */
export function mergeProposals(actors: readonly Actor[]): MergeProposalView[] {
  const seen = new Set<string>();
  const byName = new Map(actors.map((a) => [a.name, a]));
  const sourcesOf = (name: string): string[] => [...new Set((byName.get(name)?.sources ?? []).map((c) => c.sourceId))];
  const out: MergeProposalView[] = [];
  for (const actor of actors) {
    for (const p of actor.proposedMerges) {
      const pair = [actor.name, p.name].sort().join('\n');
      if (seen.has(pair)) continue;
      seen.add(pair);
      out.push({ into: actor.name, name: p.name, intoSources: sourcesOf(actor.name), nameSources: sourcesOf(p.name) });
    }
  }
  return out;
}
