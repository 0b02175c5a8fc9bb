/**
 * Mentions → one group per actor (notes §2.7): gazetteer names by entry, people by full name, a shorter
 * form of a name into the one full name it belongs to («شياع السوداني» → «محمد شياع السوداني»), a bare
 * surname (or a kunya alone, «أبو محمد») into the one person who bears it; the first words of a name
 * («محمد شياع») into the one longer name they open. When two people share the surname, a bare surname goes to the
 * person named nearest before it in the same article (else nearest after it); with neither in that article
 * it goes to the bearer the selection names far more often, else it is dropped rather than guessed. A title with no name («الرئيس السوري») counts for the person who
 * holds that title in the same article, never across articles: the holder of an office changes. A one-word name
 * after a title a ruler is known by with his given name alone («الملك حسين», «السلطان قابوس»: NAMESAKE_TITLES) is
 * no surname: it never goes to another person's name that ends in the word («صدام حسين»; rev24 finding 5).
 */
import type { ActorType } from '../../model/brief.ts';
import type { GazetteerEntry } from '../../text/gazetteer/gazetteer.ts';
import { normalise } from '../../text/arabic/index.ts';
import { nameKey } from '../../text/gazetteer/name-key.ts';
import { NAMESAKE_TITLES } from '../words/lexicon.ts';
import type { Mention } from './mention.ts';

export interface Group {
  type: ActorType;
  /** The key the actor's id is made from: type and key as first grouped, before any analyst correction. */
  idKey: string;
  key: string;
  entry: GazetteerEntry | null;
  mentions: Mention[];
  /** Set by an analyst's rename. */
  forcedName: string | null;
}

function words(key: string): string[] {
  return key.split(' ');
}

function isSuffix(short: string[], long: string[]): boolean {
  return short.length < long.length && short.every((w, i) => long[long.length - short.length + i] === w);
}

/** «محمد السوداني» in «محمد شياع السوداني»: same first and last word, the rest in order. */
function isAbridged(short: string[], long: string[]): boolean {
  if (short.length < 2 || short.length >= long.length || short[0] !== long[0] || short[short.length - 1] !== long[long.length - 1]) return false;
  let j = 0;
  for (const w of long) if (w === short[j]) j++;
  return j === short.length;
}

/** «محمد شياع» in «محمد شياع السوداني»: the first two words or more of a longer name. */
function isPrefix(short: string[], long: string[]): boolean {
  return short.length >= 2 && short.length < long.length && short.every((w, i) => long[i] === w);
}

/** A kunya alone («أبو محمد», one key word: ابومحمد) opening a longer name («أبو محمد الجولاني»). */
function opensWithKunya(single: string, long: string[]): boolean {
  return single.startsWith('ابو') && single.length > 4 && long.length >= 2 && long[0] === single;
}

function bare(word: string): string {
  return word.startsWith('ال') ? word.slice(2) : word;
}

function newGroup(m: Mention, key: string): Group {
  return { type: m.type, idKey: `${m.type}:${key}`, key, entry: m.entry, mentions: [m], forcedName: null };
}

/** The nearest full mention of one of `candidates` in the mention's article: before it first, then after. */
function nearest(m: Mention, candidates: readonly Group[]): Group | null {
  let best: { g: Group; d: number } | null = null;
  for (const g of candidates) {
    for (const o of g.mentions) {
      if (o.sourceId !== m.sourceId || o.single) continue;
      // Preceding mentions win over following ones at any distance.
      const d = o.start <= m.start ? m.start - o.start : 1e12 + (o.start - m.start);
      if (best === null || d < best.d) best = { g, d };
    }
  }
  return best?.g ?? null;
}

/**
 * With none of the bearers of a surname in the article, the one the selection names far more often than the
 * others (three times as often in full): «الأسد» alone is Bashar al-Assad in a selection about Syria that names
 * Maher al-Assad once. Null when no bearer stands out: better dropped than guessed.
 */
function dominant(candidates: readonly Group[]): Group | null {
  const full = (g: Group): number => g.mentions.filter((o) => !o.single && !o.roleOnly).length;
  const sorted = [...candidates].sort((a, b) => full(b) - full(a));
  const first = sorted[0];
  const second = sorted[1];
  if (first === undefined || second === undefined) return first ?? null;
  return full(first) >= 3 * full(second) ? first : null;
}

/** Whether a one-word mention stands after a ruler's title («الملك حسين»): a given name then, never a surname. */
function regnalName(m: Mention): boolean {
  return m.roles.some((r) => NAMESAKE_TITLES.has(normalise(r)));
}

/**
 * The one name the longer names a shorter one fits are all forms of: «آل زيدان» fits «فهد آل زيدان» and «فهد بن ناصر
 * آل زيدان», which is one person's name written in full and shortened, so it goes where the shorter full form goes.
 * Null when they are two names («محمد السوداني» and «أحمد السوداني»).
 */
function oneLongest(into: readonly Group[], fits: (short: string[], long: string[]) => boolean): Group | null {
  if (into.length === 1) return into[0] ?? null;
  return into.find((top) => into.every((o) => o === top || fits(words(o.key), words(top.key)))) ?? null;
}

function mergeShorterNames(groups: Group[], type: ActorType, fits: (short: string[], long: string[]) => boolean): Group[] {
  const ofType = groups.filter((g) => g.type === type && g.entry === null);
  const gone = new Set<Group>();
  for (const g of [...ofType].sort((a, b) => words(a.key).length - words(b.key).length)) {
    const w = words(g.key);
    const into = oneLongest(ofType.filter((o) => o !== g && !gone.has(o) && fits(w, words(o.key))), fits);
    if (into === null) continue;
    into.mentions.push(...g.mentions);
    gone.add(g);
  }
  return groups.filter((g) => !gone.has(g));
}

export interface Exclusions {
  /** Per article: the key of its outlet and of its author, which never become actors of that article. */
  outletKey: ReadonlyMap<string, string>;
  authorKey: ReadonlyMap<string, string>;
}

/**
 * Whether an organisation mention is the last words of the article's own outlet, written whole where it stands
 * («(الحدث نيوز)», where the tagger read «نيوز» alone): the outlet's name, cut short, which is no actor of its own.
 */
function insideOutletName(m: Mention, outlet: string): boolean {
  if (!isSuffix(words(m.key), words(outlet))) return false;
  const upTo = nameKey(m.sentence.text.slice(0, Math.max(0, m.end - m.sentence.start)));
  return upTo === outlet || upTo.endsWith(` ${outlet}`);
}

function excluded(m: Mention, ex: Exclusions): boolean {
  if (m.outlet && m.attribution) return true;
  const outlet = ex.outletKey.get(m.sourceId);
  if (outlet !== undefined && m.type === 'organization') {
    const forms = m.entry === null ? [m.key] : [m.entry.name, ...m.entry.aliases].map(nameKey);
    if (forms.includes(outlet) || nameKey(m.surface) === outlet || insideOutletName(m, outlet)) return true;
  }
  const author = ex.authorKey.get(m.sourceId);
  if (author !== undefined && m.type === 'person' && !m.roleOnly) {
    if (m.key === author || isSuffix(words(m.key), words(author))) return true;
  }
  return false;
}

export function groupMentions(all: readonly Mention[], ex: Exclusions): Group[] {
  const mentions = all.filter((m) => !excluded(m, ex));
  const byKey = new Map<string, Group>();
  const singles: Mention[] = [];
  const roleOnly: Mention[] = [];
  for (const m of mentions) {
    if (m.roleOnly) { roleOnly.push(m); continue; }
    if (m.type === 'person' && m.single) { singles.push(m); continue; }
    const key = m.entry !== null ? nameKey(m.entry.name) : m.key;
    const k = `${m.entry !== null ? 'g' : 'c'}:${m.type}:${key}`;
    const g = byKey.get(k);
    if (g === undefined) byKey.set(k, newGroup(m, key));
    else g.mentions.push(m);
  }
  let groups = [...byKey.values()];
  groups = mergeShorterNames(groups, 'person', (s, l) => isSuffix(s, l) || isAbridged(s, l) || isPrefix(s, l) || (s.length === 1 && opensWithKunya(s[0] ?? '', l)));
  groups = mergeShorterNames(groups, 'organization', isSuffix);
  const people = groups.filter((g) => g.type === 'person');
  const solo = new Map<string, Group>();
  for (const m of singles) {
    const candidates = people.filter((g) => {
      const last = words(g.key).at(-1) ?? '';
      return opensWithKunya(m.key, words(g.key)) || ((last === m.key || (bare(last) === bare(m.key) && bare(last).length >= 4)) && !regnalName(m));
    });
    const target = candidates.length === 1 ? candidates[0] : candidates.length > 1 ? (nearest(m, candidates) ?? dominant(candidates)) : undefined;
    if (target) { target.mentions.push(m); continue; }
    if (candidates.length > 0 || (m.roles.length === 0 && !m.tagged)) continue;
    // A one-word name after a title («الرئيس ترامب») or read as a person by the tagger («قال بوتين»), with no
    // fuller form anywhere: an actor of its own.
    const g = solo.get(m.key);
    if (g === undefined) { const n = newGroup(m, m.key); solo.set(m.key, n); groups.push(n); } else g.mentions.push(m);
  }
  for (const m of roleOnly) {
    const role = nameKey(m.roles[0] ?? '');
    const holder = groups.find((g) => g.type === 'person' && g.mentions.some((o) => o.sourceId === m.sourceId && o.roles.some((r) => nameKey(r) === role)));
    if (holder) holder.mentions.push({ ...m, roles: [] });
  }
  return groups;
}
