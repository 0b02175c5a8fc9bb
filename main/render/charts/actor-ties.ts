import type { Actor, ActorType, Brief, Citation } from '../../model/brief.ts';
import { citationKey } from '../../model/citation-key.ts';
import { eventSenses, tokenise } from '../../text/arabic/index.ts';

/** An actor of the map: the brief's included actor, under the analyst's name, with how many sources cite it. */
export interface ActorNode {
  actorId: string;
  name: string;
  aliases: string[];
  type: ActorType;
  /** Distinct sources whose sentences name the actor: what its size shows. */
  sources: number;
  /** Its place in the brief's actors list, the last tie-break of every order. */
  order: number;
}

/** The role an actor has in a source that a tie cites (ActorRole, by the source). */
export interface TieRole {
  actorId: string;
  role: string;
}

/**
 * A tie between two actors the brief supports: they are named in one cited sentence, or are parties of one event
 * (a summary point's event), as often as `weight` distinct sentences say so; every one of those sentences is a
 * citation of the tie, so the map's line traces back to its sources.
 */
export interface ActorTie {
  from: string;
  to: string;
  weight: number;
  /** Distinct sources among the citations. */
  sources: number;
  citations: Citation[];
  roles: TieRole[];
  /**
   * The kind of event its sentences tell (an event sense of text/arabic/event-senses: meet, attack, arrest…): the
   * sense told by the most of its sentences, when at least half of them tell it; else none.
   */
  kind?: string;
}

/**
 * The sense most of a tie's cited sentences tell, when at least half of them do (ties between senses go to the one
 * a sentence tells first, in the order of the citations): what a reader may print on the tie's line.
 */
function tieKind(citations: readonly Citation[]): string | undefined {
  const counts = new Map<string, number>();
  for (const c of citations) for (const sense of eventSenses(tokenise(c.quote)).keys()) counts.set(sense, (counts.get(sense) ?? 0) + 1);
  let best: [string, number] | undefined;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best && 2 * best[1] >= citations.length ? best[0] : undefined;
}

function distinctSources(citations: readonly Citation[]): number {
  return new Set(citations.map((c) => c.sourceId)).size;
}

/** Who a name of an event is: the included actor of that name, else the one with that alias (the first in the list). */
function nameIndex(actors: readonly Actor[]): Map<string, Actor> {
  const byName = new Map<string, Actor>();
  for (const a of actors) if (!byName.has(a.name)) byName.set(a.name, a);
  for (const a of actors) for (const alias of a.aliases) if (!byName.has(alias)) byName.set(alias, a);
  return byName;
}

/**
 * The actor map's nodes and ties from a brief (its included actors and included summary points): two actors are
 * tied by each sentence that both cite (co-mention) and by each citation of an event that names both (its actors
 * and places, spelt as the actors list spells them). A tie's roles are those its actors have in the sources it
 * cites. Pure and in a fixed order (the actors list's, then the partner's), so the same brief gives the same ties.
 */
export function actorTies(brief: Pick<Brief, 'actors' | 'summary'>): { nodes: ActorNode[]; ties: ActorTie[] } {
  const actors = brief.actors.filter((a) => a.included);
  const order = new Map(actors.map((a, i) => [a.id, i]));
  const nodes: ActorNode[] = actors.map((a, i) => ({
    actorId: a.id, name: a.name, aliases: a.aliases, type: a.type, sources: distinctSources(a.sources), order: i,
  }));
  const support = new Map<string, Map<string, Citation>>();
  const tie = (a: Actor, b: Actor, citations: readonly Citation[]): void => {
    if (a.id === b.id) return;
    const [x, y] = (order.get(a.id) ?? 0) < (order.get(b.id) ?? 0) ? [a, b] : [b, a];
    const key = `${x.id}\u0000${y.id}`;
    let cited = support.get(key);
    if (!cited) {
      cited = new Map();
      support.set(key, cited);
    }
    for (const c of citations) if (!cited.has(citationKey(c))) cited.set(citationKey(c), c);
  };
  // Co-mention: the actors each sentence names.
  const named = new Map<string, { citation: Citation; actors: Actor[] }>();
  for (const a of actors) {
    for (const c of a.sources) {
      const entry = named.get(citationKey(c)) ?? { citation: c, actors: [] };
      if (!entry.actors.includes(a)) entry.actors.push(a);
      named.set(citationKey(c), entry);
    }
  }
  for (const { citation, actors: here } of named.values()) {
    for (let i = 0; i < here.length; i++) for (let j = i + 1; j < here.length; j++) tie(here[i] as Actor, here[j] as Actor, [citation]);
  }
  // One event: the parties a summary point's event names, tied by the point's citations.
  const byName = nameIndex(actors);
  for (const point of brief.summary) {
    if (!point.included || !point.event) continue;
    const parties = [...new Set([...point.event.actors, ...point.event.places].flatMap((n) => byName.get(n) ?? []))];
    for (let i = 0; i < parties.length; i++) for (let j = i + 1; j < parties.length; j++) tie(parties[i] as Actor, parties[j] as Actor, point.sources);
  }
  const byId = new Map(actors.map((a) => [a.id, a]));
  const ties: ActorTie[] = [];
  for (const [key, cited] of support) {
    const [from = '', to = ''] = key.split('\u0000');
    const citations = [...cited.values()];
    if (citations.length === 0) continue;
    const cites = new Set(citations.map((c) => c.sourceId));
    const roles = [from, to].flatMap((id) => [...new Set((byId.get(id)?.rolesBySource ?? []).filter((r) => cites.has(r.sourceId)).map((r) => r.role))]
      .map((role) => ({ actorId: id, role })));
    const kind = tieKind(citations);
    ties.push({ from, to, weight: citations.length, sources: distinctSources(citations), citations, roles, ...(kind === undefined ? {} : { kind }) });
  }
  ties.sort((a, b) => (order.get(a.from) ?? 0) - (order.get(b.from) ?? 0) || (order.get(a.to) ?? 0) - (order.get(b.to) ?? 0));
  return { nodes, ties };
}
