import type { Actor, ActorRole, Citation, MergeProposal } from '../../model/brief.ts';
import { matchKey } from '../../text/arabic/index.ts';
import { nameKey } from '../../text/gazetteer/name-key.ts';
import { sha256Hex } from '../../text/sha256.ts';
import type { Group } from './group-mentions.ts';

const QUOTES_PER_SOURCE = 3;

/** A stable id: the same actor gets the same id on every assembly, whatever the analyst renamed. */
export function actorId(idKey: string): string {
  return 'actor-' + sha256Hex(idKey).slice(0, 16);
}

function distinctBy<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** One actor of the brief from its group of mentions; `order` is the articles' order in the selection. */
export function buildActor(g: Group, name: string, proposals: readonly MergeProposal[], order: ReadonlyMap<string, number>): Actor {
  const mentions = [...g.mentions].sort((a, b) => (order.get(a.sourceId) ?? 0) - (order.get(b.sourceId) ?? 0) || a.start - b.start);
  const written = mentions.filter((m) => !m.roleOnly).flatMap((m) => [m.surface, ...m.alsoCalled]);
  // Forms that differ from the name or from each other only in diacritics, tatweel or hamza seats («سوريًا»,
  // «سوريّة» beside «سوريا», «سورية») are one spelling to a reader: list each spelling once, as first written.
  const nameForm = matchKey(name);
  const aliases = distinctBy(written.filter((s) => matchKey(s) !== nameForm), matchKey);
  const roles: ActorRole[] = distinctBy(
    mentions.flatMap((m) => m.roles.map((role) => ({ role, sourceId: m.sourceId }))),
    (r) => `${nameKey(r.role)}|${r.sourceId}`,
  );
  const sources: Citation[] = [];
  const perSource = new Map<string, Set<number>>();
  for (const m of mentions) {
    const seen = perSource.get(m.sourceId) ?? new Set<number>();
    perSource.set(m.sourceId, seen);
    if (seen.size >= QUOTES_PER_SOURCE || seen.has(m.sentence.start)) continue;
    seen.add(m.sentence.start);
    sources.push({ sourceId: m.sourceId, quote: m.sentence.text });
  }
  return {
    id: actorId(g.idKey),
    included: true,
    edited: false,
    manual: false,
    name,
    type: g.type,
    aliases,
    roles: distinctBy(roles, (r) => nameKey(r.role)).map((r) => r.role),
    rolesBySource: roles,
    mentions: mentions.length,
    sources,
    proposedMerges: [...proposals],
  };
}
