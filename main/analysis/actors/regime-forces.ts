/**
 * One regime's armed forces under several names (issue 12): «جيش النظام», «جيش النظام السوري», «قوات النظام» and
 * «قوات النظام السوري» are one body when the selection ties «النظام» to one nation, every «النظام» it qualifies by a
 * nation's adjective being that nation's («النظام السوري», never also «النظام الإيراني»). The forms then merge into
 * one actor, shown by its fullest name, so the bare form takes the nation the selection gives it. A selection that
 * names two nations' regimes, or none, leaves each form its own actor: which regime a bare «قوات النظام» is, the
 * text does not say. The analyst's rejected merges and split names are kept apart (keptApart).
 */
import type { ActorCorrectionRule } from '../../model/actor-corrections.ts';
import { normalise } from '../../text/arabic/index.ts';
import type { Gazetteer } from '../../text/gazetteer/gazetteer.ts';
import { ARMED_FORCE_HEADS, REGIME_WORD } from '../words/lexicon.ts';
import { readsAs } from '../words/word-tests.ts';
import type { Group } from './group-mentions.ts';
import { keptApart } from './variant-merges.ts';

/** «النظام» as written, or after «ل» («للنظام السوري»): the normaliser leaves every letter of it as it is. */
const REGIME_WRITTEN = /(?:ال|لل)نظام\s+(\p{L}+)/gu;

/** The nation (its gazetteer place's name) a nationality adjective names, or null. */
function nationOf(word: string, gazetteer: Gazetteer): string | null {
  const reading = readsAs(word, gazetteer.nisba);
  return reading === null ? null : (gazetteer.nisba.get(reading)?.name ?? null);
}

/**
 * The nations the texts qualify «النظام» by («النظام السوري» → سوريا), read where the word stands in a text as
 * written (it has no letter the normaliser folds) and its next word normalised, so a long body is not normalised
 * whole.
 */
export function regimeNations(texts: readonly string[], gazetteer: Gazetteer): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(REGIME_WRITTEN)) {
      const nation = nationOf(normalise(match[1] ?? ''), gazetteer);
      if (nation !== null) out.add(nation);
    }
  }
  return out;
}

/**
 * For an organisation's key «جيش/قوات النظام» with or without one nationality adjective: the nation it names (null for
 * the bare form); undefined for any other key.
 */
export function regimeForceNation(key: string, gazetteer: Gazetteer): string | null | undefined {
  const [head, owner, adjective, ...rest] = key.split(' ');
  if (head === undefined || !ARMED_FORCE_HEADS.has(head) || owner !== REGIME_WORD || rest.length > 0) return undefined;
  if (adjective === undefined) return null;
  return nationOf(adjective, gazetteer) ?? undefined;
}

/**
 * The groups with one regime's armed forces merged into one (see the file comment); `bodies` are the selection's
 * article bodies, read for the nation only when two forms or more are there to merge.
 */
export function mergeRegimeForces(groups: readonly Group[], rules: readonly ActorCorrectionRule[], gazetteer: Gazetteer, bodies: readonly string[]): Group[] {
  const candidates = groups.filter((g) => g.type === 'organization' && g.entry === null && regimeForceNation(g.key, gazetteer) !== undefined);
  if (candidates.length < 2) return [...groups];
  const nations = regimeNations(bodies, gazetteer);
  if (nations.size !== 1) return [...groups];
  const [nation] = nations;
  const forces = candidates.filter((g) => { const named = regimeForceNation(g.key, gazetteer); return named === null || named === nation; });
  if (forces.length < 2) return [...groups];
  // Into the group named with the nation and written most (the earlier on a tie), else the most written.
  const qualified = (g: Group): number => (regimeForceNation(g.key, gazetteer) === null ? 0 : 1);
  const into = forces.reduce((best, g) => (qualified(g) > qualified(best) || (qualified(g) === qualified(best) && g.mentions.length > best.mentions.length) ? g : best));
  const apart = keptApart(rules);
  const gone = new Set<Group>();
  for (const g of forces) {
    if (g === into || apart(into, g)) continue;
    into.mentions.push(...g.mentions);
    gone.add(g);
  }
  return groups.filter((g) => !gone.has(g));
}
