/**
 * Variants of one actor's name merged where the text supports it (issue 12), the less written spelling becoming
 * an alias; other near spellings are only proposed (merge-proposals.ts).
 * - An organisation written with its nationality adjective in either gender: in a construct «جهاز المخابرات
 *   العراقي/العراقية» the adjective may agree with the head («جهاز») or with the noun after it («المخابرات»), and
 *   writers use both for the same body.
 * - An organisation's first word alone beside its name with nisbas («الحشد» after «الحشد الشعبي»): one body when an
 *   article names both and no other body of that first word (shortFormOf); the full name stays the actor's name.
 * - An organisation written with fewer of its adjectives, or without its head («جهاز المخابرات الوطني العراقي» /
 *   «جهاز المخابرات العراقي» / «المخابرات العراقية»): one body when an article names both and the shorter name is
 *   no other body's of the selection (nisbasDropped); a nisba is kept in both, so «الجيش السوري» is never «الجيش
 *   اللبناني» and a first word alone stays shortFormOf's.
 * - An organisation written with and without an adjective of its standing at the end («هيئة النقل البحري» /
 *   «هيئة النقل البحري العامة»; standingDropped): one body when the selection names both, the shorter opening on a
 *   head in construct (a body of its own, where «اللجنة الأولمبية» may be the international one beside a national
 *   «اللجنة الأولمبية الوطنية»), neither is a gazetteer entry («مجلس الأمن» is the UN's, «مجلس الأمن الوطني» a
 *   state's), and the shorter names no other body of the selection («لجنة التحقيق» beside «لجنة التحقيق الحكومية»
 *   and «لجنة التحقيق البرلمانية» stays apart). News drops the adjective from one article to the next, so no
 *   article need name both.
 * - A head-less state body alone and with its nation («خفر السواحل» / «خفر السواحل اليوناني»; nationNamed): one
 *   body when an article names both and the selection names it with one nation only; beside two nations' bodies
 *   the bare name may be either, and stays apart.
 * - An organisation's first words, two or more, beside its full name, both given one other name («صندوق النقد (IMF)» /
 *   «صندوق النقد الدولي (IMF)»; openingSharingName): one body wherever the selection names them, the shorter, of no
 *   gazetteer entry, going into the full name.
 * - A body named by common words alone and with the nation the selection names most («وزارة المالية» / «وزارة المالية
 *   العراقية» in a selection about Iraq; nationAdded): one body when the selection names it with no other nation.
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
import type { Gazetteer, GazetteerEntry } from '../../text/gazetteer/gazetteer.ts';
import { isHeadlessBody } from '../../text/gazetteer/headless-bodies.ts';
import { nameKey } from '../../text/gazetteer/name-key.ts';
import { DEFINITE_ORG_HEADS, ORG_HEADS } from '../words/lexicon.ts';
import { displayName, rulesOf } from './corrections.ts';
import type { Group } from './group-mentions.ts';
import { variants } from './merge-proposals.ts';
import { hasNisbaShape, MIN_NISBA } from '../words/word-shapes.ts';

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

/** The first word of an organisation's key when every word after it is a nisba («الحشد الشعبي» → «الحشد»), else null. */
export function nisbaHead(key: string): string | null {
  const [head, ...rest] = key.split(' ');
  return head !== undefined && rest.length > 0 && rest.every(hasNisbaShape) ? head : null;
}

/**
 * Adjectives of a body's standing, in both genders (keys fold «ة» to «ه»): an official name carries one that
 * everyday writing drops. Not a nationality (nisbasDropped) nor a kind of body («العسكرية», «الدولية»: another body).
 */
const STANDING_ADJECTIVES: ReadonlySet<string> = new Set(
  'العام العامة الوطني الوطنية المستقل المستقلة الحكومي الحكومية الاتحادي الاتحادية'.split(' ').map(nameKey),
);

/**
 * Whether the organisation key `long` is `short` with one adjective of standing after it, `short` of two words or
 * more opening on a head in construct («هيئة النقل البحري» / «هيئة النقل البحري العامة»), genders folded.
 */
export function standingDropped(short: string, long: string): boolean {
  const s = short.split(' ');
  const l = long.split(' ');
  if (s.length < 2 || l.length !== s.length + 1 || !ORG_HEADS.has(s[0] ?? '')) return false;
  return STANDING_ADJECTIVES.has(l[l.length - 1] ?? '') && masculine(l.slice(0, -1).join(' ')) === masculine(short);
}

/** Whether `short` is `long` without its adjective of standing, both known to no gazetteer entry (see the file comment). */
function standingOf(short: Group, long: Group): boolean {
  return short.entry === null && long.entry === null && standingDropped(short.key, long.key);
}

/**
 * Whether the shorter name may be another body of the bucket: an organisation's name other than `long` (either
 * gender) opens with all of it. Every such name shares its first word and the second, so the bucket holds them all.
 */
function standingAmbiguous(bucket: readonly Group[], short: Group, long: Group, gone: ReadonlySet<Group>): boolean {
  const opening = masculine(short.key) + ' ';
  return bucket.some((o) => o !== short && !gone.has(o) && masculine(o.key) !== masculine(long.key) && masculine(o.key).startsWith(opening));
}

/** The articles a group is mentioned in. */
function articlesOf(g: Group): Set<string> {
  return new Set(g.mentions.map((m) => m.sourceId));
}

/** Whether `short` is one word, `long` that word with nisbas after it, and an article names both. */
export function shortFormOf(short: Group, long: Group): boolean {
  if (short.key.includes(' ') || nisbaHead(long.key) !== short.key) return false;
  const seen = articlesOf(long);
  return short.mentions.some((m) => seen.has(m.sourceId));
}

/**
 * Whether the organisation key `short` is `long` with words left out that only shorten it (see the file comment):
 * `long`'s head («جهاز», «وزارة») when the rest opens with a body's definite noun («المخابرات», «الخارجية»: a
 * name of its own, where «الأمن» or «النفط» is a field), and nisbas after the first word,
 * genders folded. The shorter name keeps two words or more, one of them a nisba: what it names is still one
 * nation's body, not a common noun.
 */
export function nisbasDropped(short: string, long: string): boolean {
  const s = short.split(' ');
  const full = long.split(' ');
  if (s.length < 2 || s.length >= full.length || !s.slice(1).some(hasNisbaShape)) return false;
  const same = (x: string | undefined, y: string | undefined): boolean => x !== undefined && y !== undefined && masculine(x) === masculine(y);
  const aligned = (l: readonly string[]): boolean => {
    if (!same(l[0], s[0])) return false;
    let k = 1;
    for (let i = 1; i < l.length; i++) {
      const w = l[i] ?? '';
      if (k < s.length && same(s[k], w)) k++;
      else if (!hasNisbaShape(w)) return false;
    }
    return k === s.length;
  };
  if (aligned(full)) return true;
  return ORG_HEADS.has(full[0] ?? '') && DEFINITE_ORG_HEADS.has(full[1] ?? '') && aligned(full.slice(1));
}

/** Whether an article names both groups: what lets their names be read as one body's. */
function sharesArticle(a: Group, b: Group): boolean {
  const seen = articlesOf(a);
  return b.mentions.some((m) => seen.has(m.sourceId));
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

/** A name key with every feminine nisba ending made masculine: the two spellings of one organisation meet under it. */
export function masculine(key: string): string {
  return key.replace(/يه(?= |$)/gu, 'ي');
}

/**
 * The groups that may be one actor, in buckets (a selection has thousands of groups: only groups sharing a bucket
 * are compared): organisations by their masculine key, persons by each precise office they hold.
 */
function buckets(groups: readonly Group[]): Group[][] {
  const out = new Map<string, Group[]>();
  const put = (k: string, g: Group): void => { const b = out.get(k); if (b === undefined) out.set(k, [g]); else b.push(g); };
  for (const g of groups) {
    if (g.type === 'organization') {
      put(`o:${masculine(g.key)}`, g);
      const head = g.key.includes(' ') ? nisbaHead(g.key) : g.key;
      if (head !== null) put(`s:${head}`, g);
      // Its first word, and the second when the first is a head: where nisbasDropped may find its variants.
      const [first, second] = g.key.split(' ');
      if (second !== undefined && first !== undefined) {
        put(`n:${masculine(first)}`, g);
        if (ORG_HEADS.has(first)) put(`n:${masculine(second)}`, g);
      }
    }
    else if (g.type === 'person') for (const o of offices(g)) put(`p:${o}`, g);
  }
  return [...out.values()].filter((b) => b.length > 1);
}

/** Whether `short` names the body `long` names with fewer words (nisbasDropped), in an article naming both. */
function droppedOf(short: Group, long: Group): boolean {
  return nisbasDropped(short.key, long.key) && sharesArticle(short, long);
}

/**
 * Whether `bare` is a head-less state body's entry and `long` its name with nisbas after it (nation-of-body.ts gave
 * it the nation), an article naming both: the body the article means by the bare name.
 */
function nationNamed(bare: Group, long: Group): boolean {
  if (bare.entry === null || long.entry !== null || !isHeadlessBody(bare.entry)) return false;
  const opening = nameKey(bare.entry.name) + ' ';
  return long.key.startsWith(opening) && long.key.slice(opening.length).split(' ').every(hasNisbaShape) && sharesArticle(bare, long);
}

/**
 * The names a group is written by other than its own (an acronym in brackets, «صندوق النقد (IMF)», read as a mention
 * of its own; a name written beside it), and its gazetteer entry's aliases.
 */
function otherNames(g: Group): Set<string> {
  const out = new Set<string>(g.entry === null ? [] : g.entry.aliases.map(nameKey));
  for (const m of g.mentions) for (const a of [m.surface, ...m.alsoCalled]) out.add(nameKey(a));
  out.delete(g.key);
  return out;
}

/**
 * Whether `short`, a name of no gazetteer entry, is the first two words or more of `long` and the two are given one
 * other name («صندوق النقد (IMF)» / «صندوق النقد الدولي (IMF)»): the other name says they are one body, whichever
 * articles name them.
 */
export function openingSharingName(short: Group, long: Group): boolean {
  if (short.entry !== null || !short.key.includes(' ') || !long.key.startsWith(`${short.key} `)) return false;
  const theirs = otherNames(long);
  return [...otherNames(short)].some((k) => theirs.has(k));
}

/**
 * The nation of the gazetteer (a place with a nisba) the selection names most often, alone at the top: the nation a
 * body named without its nisba belongs to («وزارة المالية» in a selection about Iraq). A city is no nation, however
 * often named («البصرة» in a story set there). Null on a tie, or with no such place.
 */
export function selectionNation(groups: readonly Group[]): GazetteerEntry | null {
  const places = groups.filter((g) => g.type === 'place' && g.entry !== null && g.entry.nisba.length > 0).sort((a, b) => b.mentions.length - a.mentions.length);
  const [top, next] = places;
  if (top === undefined || (next !== undefined && next.mentions.length === top.mentions.length)) return null;
  return top.entry;
}

/** The nation whose nisba ends an organisation's key of three words or more, opening on a head in construct, and the key without it. */
function nationEnding(key: string, gazetteer: Gazetteer): { nation: GazetteerEntry; rest: string } | null {
  const w = key.split(' ');
  if (w.length < 3 || !ORG_HEADS.has(w[0] ?? '')) return null;
  const nation = gazetteer.nisba.get(w[w.length - 1] ?? '');
  return nation === undefined ? null : { nation, rest: w.slice(0, -1).join(' ') };
}

/**
 * Whether `long` is `short` with the nisba of the selection's nation after it («وزارة المالية» / «وزارة المالية
 * العراقية»), neither a gazetteer entry: the body the selection means by the bare name, as nation-of-body.ts gives a
 * head-less body its nation. Only where the selection names that body with no other nation (nationsAdded).
 */
function nationAdded(short: Group, long: Group, nation: GazetteerEntry | null, gazetteer: Gazetteer | null): boolean {
  if (nation === null || gazetteer === null || short.entry !== null || long.entry !== null) return false;
  const ending = nationEnding(long.key, gazetteer);
  return ending !== null && ending.nation === nation && masculine(ending.rest) === masculine(short.key);
}

/** The nations the bucket names `short` with («وزارة المالية العراقية», «… الأردنية»), a nisba's genders counted once. */
function nationsAdded(bucket: readonly Group[], short: Group, gazetteer: Gazetteer | null): number {
  if (gazetteer === null) return 0;
  const nations = new Set<GazetteerEntry>();
  for (const o of bucket) {
    const ending = nationEnding(o.key, gazetteer);
    if (ending !== null && masculine(ending.rest) === masculine(short.key)) nations.add(ending.nation);
  }
  return nations.size;
}

/** Whether two groups of one bucket are one actor (see the file comment). */
function sameActor(a: Group, b: Group): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'organization') {
    return nisbaVariants(a.key, b.key) || shortFormOf(a, b) || shortFormOf(b, a) || droppedOf(a, b) || droppedOf(b, a)
      || standingOf(a, b) || standingOf(b, a) || nationNamed(a, b) || nationNamed(b, a) || openingSharingName(a, b) || openingSharingName(b, a);
  }
  // The first name may be the word spelt two ways («سيرغي/سيرجي لافروف»): the shared office tells the two apart
  // from two people of one family, which is why proposals alone never merge on a first name.
  return variants(nameKey(displayName(a)), nameKey(displayName(b)), false);
}

/**
 * Whether a shorter name (droppedOf) may be two bodies of the bucket: it names two that are not themselves one body's
 * names («الأمن العراقي» beside «جهاز الأمن العراقي» and «قوات الأمن العراقية»). Its bucket holds all it may name.
 */
function droppedAmbiguous(bucket: readonly Group[], short: Group | null, gone: ReadonlySet<Group>): boolean {
  if (short === null) return false;
  const longs = bucket.filter((o) => o !== short && !gone.has(o) && droppedOf(short, o));
  const one = (x: Group, y: Group): boolean => masculine(x.key) === masculine(y.key) || nisbasDropped(x.key, y.key) || nisbasDropped(y.key, x.key);
  return longs.some((x, i) => longs.slice(i + 1).some((y) => !one(x, y)));
}

/**
 * Whether the analyst keeps two groups apart: a merge of their names was rejected, or a name of either was split out
 * of an actor (and is not merged back into one). Every merge of groups asks it.
 */
export function keptApart(rules: readonly ActorCorrectionRule[]): (a: Group, b: Group) => boolean {
  const rejected = rulesOf(rules, 'reject-merge').map((r) => [nameKey(r.a), nameKey(r.b)] as const);
  const splitOut = new Set(rulesOf(rules, 'split').map((r) => nameKey(r.alias)));
  return (a, b) => {
    const ka = keysOf(a);
    const kb = keysOf(b);
    if ([...ka, ...kb].some((k) => splitOut.has(k))) return true;
    return rejected.some(([x, y]) => (ka.has(x) && kb.has(y)) || (ka.has(y) && kb.has(x)));
  };
}

/**
 * The groups that are variants of one actor's name merged (see the file comment): the one with fewer mentions goes
 * into the other (the earlier in `groups` on a tie), unless the analyst rejected that merge or split either name out.
 */
export function mergeVariants(groups: readonly Group[], rules: readonly ActorCorrectionRule[], gazetteer: Gazetteer | null = null): Group[] {
  const apart = keptApart(rules);
  const nation = selectionNation(groups);
  const gone = new Set<Group>();
  for (const bucket of buckets(groups)) {
    // A first word shared by two bodies named in full («الجيش السوري», «الجيش اللبناني») is neither's short form.
    // Bodies still apart, a nisba's two genders counted once (the o: buckets may not have joined them yet).
    const shortOf = (g: Group): number => new Set(bucket.filter((o) => !gone.has(o) && shortFormOf(g, o)).map((o) => masculine(o.key))).size;
    // A bare head-less body beside two nations' bodies («خفر السواحل اليوناني», «… الليبي») may be either, counted alike.
    const nationsOf = (g: Group): number => new Set(bucket.filter((o) => !gone.has(o) && nationNamed(g, o)).map((o) => masculine(o.key))).size;
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const a = bucket[i];
        const b = bucket[j];
        if (a === undefined || b === undefined || gone.has(a) || gone.has(b)) continue;
        // A body named bare and with the selection's nation, no other nation's named («وزارة المالية العراقية»).
        const unplaced = nationAdded(a, b, nation, gazetteer) ? a : nationAdded(b, a, nation, gazetteer) ? b : null;
        if (unplaced !== null && nationsAdded(bucket, unplaced, gazetteer) > 1) continue;
        if ((unplaced === null && !sameActor(a, b)) || apart(a, b)) continue;
        const short = shortFormOf(a, b) ? a : shortFormOf(b, a) ? b : null;
        if (short !== null && shortOf(short) > 1) continue;
        if (short === null && droppedAmbiguous(bucket, droppedOf(a, b) ? a : droppedOf(b, a) ? b : null, gone)) continue;
        const unadorned = standingOf(a, b) ? a : standingOf(b, a) ? b : null;
        if (unadorned !== null && standingAmbiguous(bucket, unadorned, unadorned === a ? b : a, gone)) continue;
        const bare = nationNamed(a, b) ? a : nationNamed(b, a) ? b : null;
        if (bare !== null && nationsOf(bare) > 1) continue;
        // A short form or a bare body goes into the full name, whichever is written more; other variants into the more written.
        const opening = openingSharingName(a, b) ? a : openingSharingName(b, a) ? b : null;
        const shorter = short ?? bare ?? opening;
        const [into, from] = shorter !== null ? (shorter === a ? [b, a] : [a, b]) : b.mentions.length > a.mentions.length ? [b, a] : [a, b];
        into.mentions.push(...from.mentions);
        gone.add(from);
      }
    }
  }
  return groups.filter((g) => !gone.has(g));
}
