/**
 * One regime's armed forces under several names (issue 12): «جيش النظام», «جيش النظام السوري», «قوات النظام» and
 * «قوات النظام السوري» are one body when the selection ties «النظام» to one nation, every «النظام» it qualifies by a
 * nation's adjective being that nation's («النظام السوري», never also «النظام الإيراني»). The forms then merge into
 * one actor, shown by its fullest name, so the bare form takes the nation the selection gives it. A selection that
 * names two nations' regimes, or none, leaves each form its own actor: which regime a bare «قوات النظام» is, the
 * text does not say. A bare form is read per article (rev24 finding 2): it takes the nation only in an article that
 * ties «النظام» to that nation itself, or that names that nation or none (bareIsOf); an Iranian article's «قوات
 * النظام» in a selection where only a Syrian article writes «النظام السوري» stays apart. The analyst's rejected merges and split
 * names are kept apart (keptApart).
 */
import type { ActorCorrectionRule } from '../../model/actor-corrections.ts';
import { tokeniseByLines } from '../../text/arabic/index.ts';
import type { Gazetteer } from '../../text/gazetteer/gazetteer.ts';
import { ARMED_FORCE_HEADS, REGIME_WORD } from '../words/lexicon.ts';
import { readsAs } from '../words/word-tests.ts';
import type { Group } from './group-mentions.ts';
import { keptApart } from './variant-merges.ts';

/** «النظام» as a normalised key, read through its proclitics («للنظام», «والنظام»): a shadda or a tatweel does not hide it. */
const REGIME_KEYS: ReadonlySet<string> = new Set([REGIME_WORD]);

/** The nation (its gazetteer place's name) a nationality adjective names, or null. */
function nationOf(word: string, gazetteer: Gazetteer): string | null {
  const reading = readsAs(word, gazetteer.nisba);
  return reading === null ? null : (gazetteer.nisba.get(reading)?.name ?? null);
}

/** The nation a word names: a nationality adjective («الإيرانية») or a state's one-word name («إيران»), else null. */
function nationNamed(key: string, gazetteer: Gazetteer): string | null {
  const adjective = nationOf(key, gazetteer);
  if (adjective !== null) return adjective;
  const reading = readsAs(key, gazetteer.byKey);
  const state = reading === null ? undefined : gazetteer.byKey.get(reading)?.find((e) => e.type === 'place' && e.kind === 'state');
  return state?.name ?? null;
}

/** The normalised words of a body, from the tokens of its lines (the cleaner and the other passes have made them). */
function bodyKeys(text: string): string[] {
  return tokeniseByLines(text).map((t) => t.key);
}

/** The nations one text's words qualify «النظام» by («النظام السوري» → سوريا). */
function tiedNations(keys: readonly string[], gazetteer: Gazetteer): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < keys.length; i++) {
    if (readsAs(keys[i] ?? '', REGIME_KEYS) === null) continue;
    const nation = nationOf(keys[i + 1] ?? '', gazetteer);
    if (nation !== null) out.add(nation);
  }
  return out;
}

/** An article's normalised words and the nations they qualify «النظام» by: tokenised once for both questions asked of it. */
interface RegimeReading {
  id: string;
  keys: string[];
  tied: Set<string>;
}

function readRegime(id: string, body: string, gazetteer: Gazetteer): RegimeReading {
  const keys = bodyKeys(body);
  return { id, keys, tied: tiedNations(keys, gazetteer) };
}

function unionOf(sets: readonly ReadonlySet<string>[]): Set<string> {
  return new Set(sets.flatMap((set) => [...set]));
}

/** The nations the texts qualify «النظام» by («النظام السوري» → سوريا), read from their normalised words. */
export function regimeNations(texts: readonly string[], gazetteer: Gazetteer): Set<string> {
  return unionOf(texts.map((text) => tiedNations(bodyKeys(text), gazetteer)));
}

/**
 * Whether an article's bare «قوات النظام» may be the `nation`'s: its body ties «النظام» to that nation, or ties it to
 * none and names that nation or no nation at all. An Iranian article saying «مدن إيرانية» and never Syria is not
 * about the Syrian regime; a Syrian one that also names Iraqi militias («مليشيا عراقية … ضد السوريين») still is.
 */
function bareIsOf({ keys, tied }: RegimeReading, nation: string, gazetteer: Gazetteer): boolean {
  if (tied.size > 0) return tied.size === 1 && tied.has(nation);
  let other = false;
  for (const k of keys) {
    const named = nationNamed(k, gazetteer);
    if (named === nation) return true;
    if (named !== null) other = true;
  }
  return !other;
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
 * The groups with one regime's armed forces merged into one (see the file comment); `articles` are the selection's
 * articles, their bodies read for the nation only when two forms or more are there to merge.
 */
export function mergeRegimeForces(groups: readonly Group[], rules: readonly ActorCorrectionRule[], gazetteer: Gazetteer, articles: readonly { id: string; body: string }[]): Group[] {
  // Each form's nation, read once: null for the bare form.
  const formNation = new Map<Group, string | null>();
  for (const g of groups) {
    const named = g.type === 'organization' && g.entry === null ? regimeForceNation(g.key, gazetteer) : undefined;
    if (named !== undefined) formNation.set(g, named);
  }
  if (formNation.size < 2) return [...groups];
  const readings = articles.map((a) => readRegime(a.id, a.body, gazetteer));
  const nations = unionOf(readings.map((r) => r.tied));
  const [nation] = nations;
  if (nations.size !== 1 || nation === undefined) return [...groups];
  const forces = [...formNation].filter(([, named]) => named === null || named === nation).map(([g]) => g);
  if (forces.length < 2) return [...groups];
  // Into the group named with the nation and written most (the earlier on a tie), else the most written.
  const qualified = (g: Group): number => (formNation.get(g) === null ? 0 : 1);
  const into = forces.reduce((best, g) => (qualified(g) > qualified(best) || (qualified(g) === qualified(best) && g.mentions.length > best.mentions.length) ? g : best));
  const apart = keptApart(rules);
  const ofNation = new Set(readings.filter((r) => bareIsOf(r, nation, gazetteer)).map((r) => r.id));
  const gone = new Set<Group>();
  const left = new Map<Group, Group>();
  for (const g of forces) {
    if (g === into || apart(into, g)) continue;
    // A qualified form names the nation itself; a bare form's mentions go only from the articles that allow it.
    const bare = formNation.get(g) === null;
    const moved = bare ? g.mentions.filter((m) => ofNation.has(m.sourceId)) : g.mentions;
    if (moved.length === 0) continue;
    into.mentions.push(...moved);
    if (moved.length === g.mentions.length) gone.add(g);
    else left.set(g, { ...g, mentions: g.mentions.filter((m) => !ofNation.has(m.sourceId)) });
  }
  return groups.filter((g) => !gone.has(g)).map((g) => left.get(g) ?? g);
}
