/**
 * Variants of one actor's name merged where the text supports it (issue 12), the less written spelling becoming
 * an alias; other near spellings are only proposed (merge-proposals.ts).
 * - An organisation written with its nationality adjective in either gender: in a construct «جهاز المخابرات
 *   العراقي/العراقية» the adjective may agree with the head («جهاز») or with the noun after it («المخابرات»), and
 *   writers use both for the same body.
 * - A person's name spelt two ways (merge-proposals.ts, variants: «دونالد ترامب/ترمب») when the selection gives
 *   both the same office, named precisely (two words or more: «وزير الخارجية الروسي», not «الرئيس»): two
 *   holders of one office with nearly one name are one person written twice.
 * The one-letter spellings (ى/ي, ة/ه, hamza seats) need no pass of their own: the name key folds them already
 * (text/arabic/normalise.ts), so they share a group from the start.
 *
 * The analyst wins: names whose merge was rejected stay apart, and a name split out of an actor is not merged
 * back into it.
 */
import type { ActorCorrectionRule } from '../../model/actor-corrections.ts';
import { nameKey } from '../../text/gazetteer/name-key.ts';
import { displayName, rulesOf } from './corrections.ts';
import type { Group } from './group-mentions.ts';
import { variants } from './merge-proposals.ts';

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

/** The offices a group's mentions give it, named precisely enough to tell one holder (two words or more). */
function offices(g: Group): Set<string> {
  const out = new Set<string>();
  for (const m of g.mentions) for (const r of m.roles) { const k = nameKey(r); if (k.includes(' ')) out.add(k); }
  return out;
}

/** Whether the text supports two groups being one actor (see the file comment). */
function sameActor(a: Group, b: Group): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'organization') return nisbaVariants(a.key, b.key);
  // The first name may be the word spelt two ways («سيرغي/سيرجي لافروف»): the shared office tells the two apart
  // from two people of one family, which is why proposals alone never merge on a first name.
  if (a.type !== 'person' || !variants(nameKey(displayName(a)), nameKey(displayName(b)), false)) return false;
  const held = offices(a);
  return [...offices(b)].some((o) => held.has(o));
}

/**
 * The groups that are variants of one actor's name merged (see the file comment): the one with fewer mentions goes
 * into the other (the first in `groups` on a tie), unless the analyst rejected that merge or split either name out.
 */
export function mergeVariants(groups: readonly Group[], rules: readonly ActorCorrectionRule[]): Group[] {
  const rejected = rulesOf(rules, 'reject-merge').map((r) => [nameKey(r.a), nameKey(r.b)] as const);
  const splitOut = new Set(rulesOf(rules, 'split').map((r) => nameKey(r.alias)));
  const gone = new Set<Group>();
  const candidates = groups.filter((g) => g.type === 'organization' || g.type === 'person');
  for (const a of candidates) {
    for (const b of candidates) {
      if (a === b || gone.has(a) || gone.has(b) || !sameActor(a, b)) continue;
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
