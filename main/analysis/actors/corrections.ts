import { z } from 'zod';
import { ActorCorrectionRule } from '../../model/actor-corrections.ts';
import { GazetteerEntry } from '../../text/gazetteer/gazetteer.ts';
import { nameKey } from '../../text/gazetteer/name-key.ts';
import type { Group } from './group-mentions.ts';

/**
 * What the analyst taught the actor analysis: the workspace's correction rules, oldest first
 * (main/model/actor-corrections.ts), and the names added to the gazetteer. Applied on every assembly.
 */
export const ActorCorrections = z.object({
  rules: z.array(ActorCorrectionRule).default([]),
  gazetteer: z.array(GazetteerEntry).optional(),
});
export type ActorCorrections = z.input<typeof ActorCorrections>;

/** The rules of one kind, in the order they were made. */
export function rulesOf<K extends ActorCorrectionRule['kind']>(rules: readonly ActorCorrectionRule[], kind: K): Extract<ActorCorrectionRule, { kind: K }>[] {
  return rules.filter((r): r is Extract<ActorCorrectionRule, { kind: K }> => r.kind === kind);
}

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

/**
 * Applies splits, merges, renames and type changes, in that order (each kind oldest first); corrections naming no
 * actor are skipped.
 */
export function applyCorrections(input: readonly Group[], rules: readonly ActorCorrectionRule[]): Group[] {
  let groups = [...input];
  for (const split of rulesOf(rules, 'split')) {
    const g = resolve(groups, split.name);
    const key = nameKey(split.alias);
    if (g === null || nameKey(displayName(g)) === key) continue;
    const moved = g.mentions.filter((m) => !m.roleOnly && nameKey(m.surface) === key);
    if (moved.length === 0 || moved.length === g.mentions.length) continue;
    g.mentions = g.mentions.filter((m) => !moved.includes(m));
    groups.push({ type: g.type, idKey: `${g.type}:${key}`, key, entry: null, mentions: moved, forcedName: null });
  }
  for (const merge of rulesOf(rules, 'merge')) {
    const into = resolve(groups, merge.into);
    if (into === null) continue;
    for (const name of merge.from) {
      const from = resolve(groups, name);
      if (from === null || from === into) continue;
      into.mentions.push(...from.mentions);
      groups = groups.filter((g) => g !== from);
    }
  }
  for (const rename of rulesOf(rules, 'rename')) {
    const g = resolve(groups, rename.from);
    if (g !== null) g.forcedName = rename.to;
  }
  for (const change of rulesOf(rules, 'type')) {
    const g = resolve(groups, change.name);
    if (g !== null) g.type = change.type;
  }
  return groups;
}
