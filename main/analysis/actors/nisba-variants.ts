/**
 * One organisation written with its nationality adjective in either gender (issue 12, "variants of one
 * organisation become one actor with aliases"): in a construct «جهاز المخابرات العراقي/العراقية» the adjective
 * may agree with the head («جهاز») or with the noun after it («المخابرات»), and writers use both for the same
 * body. Two organisations whose names differ only there become one actor, the other spelling its alias. The
 * one-letter spellings (ى/ي, ة/ه, hamza seats) need no pass of their own: the name key folds them already
 * (text/arabic/normalise.ts), so they share a group from the start.
 *
 * The analyst wins: names whose merge was rejected stay apart, and a name split out of an actor is not merged
 * back into it.
 */
import type { ActorCorrectionRule } from '../../model/actor-corrections.ts';
import { nameKey } from '../../text/gazetteer/name-key.ts';
import { displayName, rulesOf } from './corrections.ts';
import type { Group } from './group-mentions.ts';

/** The shortest masculine nisba this merges, its article aside («عربي»): shorter words ending in «ي» («الري») are rarely nisbas. */
const MIN_NISBA = 4;

/**
 * Whether two name keys differ in exactly one word after the first, that word being one nisba in its masculine
 * and feminine forms (keys fold «ة» to «ه»: «العراقي» / «العراقيه»).
 */
export function nisbaVariants(a: string, b: string): boolean {
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length !== wb.length || wa.length < 2) return false;
  let differing = -1;
  for (let i = 0; i < wa.length; i++) {
    if (wa[i] === wb[i]) continue;
    if (differing >= 0) return false;
    differing = i;
  }
  // The head names the body; only an adjective after it may vary.
  if (differing <= 0) return false;
  const x = wa[differing] ?? '';
  const y = wb[differing] ?? '';
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  const bare = short.startsWith('ال') ? short.slice(2) : short;
  return bare.length >= MIN_NISBA && short.endsWith('ي') && long === short + 'ه';
}

/** The keys a group is known by: its name as shown, its key and its written forms. */
function keysOf(g: Group): Set<string> {
  const out = new Set<string>([g.key, nameKey(displayName(g))]);
  for (const m of g.mentions) if (!m.roleOnly) out.add(nameKey(m.surface));
  return out;
}

/**
 * The groups with organisations that differ only in a nisba's gender merged: the one with fewer mentions goes into
 * the other (the first in `groups` on a tie), unless the analyst rejected that merge or split either name out.
 */
export function mergeNisbaVariants(groups: readonly Group[], rules: readonly ActorCorrectionRule[]): Group[] {
  const rejected = rulesOf(rules, 'reject-merge').map((r) => [nameKey(r.a), nameKey(r.b)] as const);
  const splitOut = new Set(rulesOf(rules, 'split').map((r) => nameKey(r.alias)));
  const gone = new Set<Group>();
  const organisations = groups.filter((g) => g.type === 'organization');
  for (const a of organisations) {
    for (const b of organisations) {
      if (a === b || gone.has(a) || gone.has(b) || !nisbaVariants(a.key, b.key)) continue;
      const ka = keysOf(a);
      const kb = keysOf(b);
      if ([...ka, ...kb].some((k) => splitOut.has(k))) continue;
      if (rejected.some(([x, y]) => (ka.has(x) && kb.has(y)) || (ka.has(y) && kb.has(x)))) continue;
      const [into, from] = b.mentions.length > a.mentions.length ? [b, a] : [a, b];
      into.mentions.push(...from.mentions);
      gone.add(from);
    }
  }
  return groups.filter((g) => !gone.has(g));
}
