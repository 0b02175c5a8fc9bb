import type { Response } from '../../main/api/contract.ts';
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

/** A text's search keys from the host's text layer (`names:searchKeys`): folded words and their skeletons. */
export type NameKeys = Response<'names:searchKeys'>['keys'][number];

/** The search keys of a text, or undefined while the host has not yet answered. */
export type KeysOf = (text: string) => NameKeys | undefined;

/** The text an actor is found by: its name, aliases and roles, one a line. */
export function actorSearchText(actor: Actor): string {
  return [actor.name, ...actor.aliases, ...actor.roles].join('\n');
}

/**
 * Whether every typed word is found in the actor's words: inside one of them (so a name is found as it is typed),
 * or, for a word of three consonants or more, as the same skeleton (a long vowel spelt elsewhere: «بسام» finds
 * «باسم»). The keys fold what Arabic spelling lets vary (hamza seats, ى/ي, ة/ه, the article «ال»); until the host
 * has given them, Latin case alone is folded.
 */
export function matchesKeys(query: NameKeys, hay: NameKeys): boolean {
  return query.words.every((w, i) => {
    const skeleton = query.skeletons[i] ?? '';
    return hay.words.some((h, j) => h.includes(w) || (skeleton.length >= 3 && hay.skeletons[j] === skeleton));
  });
}

function plainKeys(text: string): NameKeys {
  const words = text.toLocaleLowerCase().split(/\s+/).filter((w) => w !== '');
  return { words, skeletons: words.map(() => '') };
}

function matches(actor: Actor, query: string, keysOf: KeysOf): boolean {
  const hayText = actorSearchText(actor);
  const q = keysOf(query);
  const hay = keysOf(hayText);
  return q !== undefined && hay !== undefined ? matchesKeys(q, hay) : matchesKeys(plainKeys(query), plainKeys(hayText));
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
 * The table's rows for a query: filtered by type and words (found by their keys, see matchesKeys), sorted (ties keep the brief's order, whichever the
 * direction), and cut to the asked page, clamped to the pages there are. `total` counts every matching row.
 */
export function actorRows(
  actors: readonly Actor[],
  query: ActorQuery,
  keysOf: KeysOf = () => undefined,
): { rows: ActorRow[]; total: number; page: number; pages: number } {
  const text = query.text.trim();
  const all = actors
    .map((actor, index) => ({ actor, index, sources: new Set(actor.sources.map((s) => s.sourceId)).size }))
    .filter((r) => (query.type === '' || r.actor.type === query.type) && (text === '' || matches(r.actor, text, keysOf)));
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
