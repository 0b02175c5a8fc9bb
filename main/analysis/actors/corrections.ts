import { z } from 'zod';
import { ActorType } from '../../model/brief.ts';
import { GazetteerEntry } from '../../text/gazetteer/gazetteer.ts';
import { nameKey } from '../../text/gazetteer/name-key.ts';
import type { Group } from './group-mentions.ts';

/**
 * The analyst's corrections to the actor list, stored in the workspace and applied on every assembly.
 * Actors are named as the brief shows them (name or alias); names are compared by matching key.
 */
export const ActorMerge = z.object({ into: z.string().min(1), from: z.array(z.string().min(1)) });
export const ActorSplit = z.object({ name: z.string().min(1), alias: z.string().min(1) });
export const ActorRename = z.object({ from: z.string().min(1), to: z.string().min(1) });
export const ActorTypeChange = z.object({ name: z.string().min(1), type: ActorType });
export const RejectedMerge = z.object({ a: z.string().min(1), b: z.string().min(1) });

export const ActorCorrections = z.object({
  merges: z.array(ActorMerge).optional(),
  splits: z.array(ActorSplit).optional(),
  renames: z.array(ActorRename).optional(),
  types: z.array(ActorTypeChange).optional(),
  rejectedMerges: z.array(RejectedMerge).optional(),
  gazetteer: z.array(GazetteerEntry).optional(),
});
export type ActorCorrections = z.input<typeof ActorCorrections>;

/** The name a group is shown under: the analyst's, the gazetteer's, or its fullest written form. */
export function displayName(g: Group): string {
  if (g.forcedName !== null) return g.forcedName;
  if (g.entry !== null) return g.entry.name;
  const counts = new Map<string, { n: number; words: number; first: number }>();
  g.mentions.forEach((m, i) => {
    if (m.roleOnly || m.single && g.mentions.some((o) => !o.single && !o.roleOnly)) return;
    const c = counts.get(m.surface) ?? { n: 0, words: m.key.split(' ').length, first: i };
    c.n++;
    counts.set(m.surface, c);
  });
  let best: [string, { n: number; words: number; first: number }] | null = null;
  for (const e of counts) {
    if (best === null || e[1].words > best[1].words || (e[1].words === best[1].words && (e[1].n > best[1].n || (e[1].n === best[1].n && e[1].first < best[1].first)))) best = e;
  }
  return best?.[0] ?? g.mentions[0]?.surface ?? g.key;
}

/** Every form a group is known by, as keys: its name, its written forms, and its gazetteer aliases. */
function forms(g: Group): Set<string> {
  const out = new Set<string>([nameKey(displayName(g)), g.key]);
  for (const m of g.mentions) if (!m.roleOnly) out.add(nameKey(m.surface));
  if (g.entry !== null) for (const a of [g.entry.name, ...g.entry.aliases]) out.add(nameKey(a));
  return out;
}

/** The group an analyst means by `name`: the one shown under that name, else the one known by it. */
function resolve(groups: readonly Group[], name: string): Group | null {
  const key = nameKey(name);
  return groups.find((g) => nameKey(displayName(g)) === key) ?? groups.find((g) => forms(g).has(key)) ?? null;
}

/** Applies splits, merges, renames and type changes, in that order; corrections naming no actor are skipped. */
export function applyCorrections(input: readonly Group[], c: z.output<typeof ActorCorrections>): Group[] {
  let groups = [...input];
  for (const split of c.splits ?? []) {
    const g = resolve(groups, split.name);
    const key = nameKey(split.alias);
    if (g === null || nameKey(displayName(g)) === key) continue;
    const moved = g.mentions.filter((m) => !m.roleOnly && nameKey(m.surface) === key);
    if (moved.length === 0 || moved.length === g.mentions.length) continue;
    g.mentions = g.mentions.filter((m) => !moved.includes(m));
    groups.push({ type: g.type, idKey: `${g.type}:${key}`, key, entry: null, mentions: moved, forcedName: null });
  }
  for (const merge of c.merges ?? []) {
    const into = resolve(groups, merge.into);
    if (into === null) continue;
    for (const name of merge.from) {
      const from = resolve(groups, name);
      if (from === null || from === into) continue;
      into.mentions.push(...from.mentions);
      groups = groups.filter((g) => g !== from);
    }
  }
  for (const rename of c.renames ?? []) {
    const g = resolve(groups, rename.from);
    if (g !== null) g.forcedName = rename.to;
  }
  for (const change of c.types ?? []) {
    const g = resolve(groups, change.name);
    if (g !== null) g.type = change.type;
  }
  return groups;
}
