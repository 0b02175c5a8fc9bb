/**
 * The tagger's part in finding mentions (issue 12): the trained tagger proposes entities with spans and types;
 * the rules' cues, the gazetteer and the name-evidence checks confirm, type and bound them.
 * - A rule's person whose span runs past the tagger's (a word after the name, «جاك شيراك آنذاك», or a word
 *   before it, «باسم» of «المتحدث باسم») is cut to the tagger's span when the tagger reads the extra words as
 *   no entity at all; a weak rule name the tagger also reads as a person is confirmed.
 * - A tagger entity over words no rule took becomes a mention: a person if its words pass the name-evidence
 *   checks (titles and non-name words cut from its ends), an organisation or a place typed by the gazetteer
 *   when it knows the name. MISC is not an actor.
 */
import { conjunctionReading, isStopword, procliticReadings } from '../../text/arabic/index.ts';
import { isShippedEntry } from '../../text/gazetteer/gazetteer.ts';
import type { GazetteerEntry } from '../../text/gazetteer/gazetteer.ts';
import { isGivenName } from '../../text/gazetteer/given-names.ts';
import { joinNameKeys } from '../../text/gazetteer/name-key.ts';
import type { EntityType } from '../ner/tags.ts';
import { isAttribution } from './attribution.ts';
import { COMMON_NOUNS, NAME_LINKS, PLACE_CUES, TITLE_WORDS, WAW_NAMES } from '../words/lexicon.ts';
import type { ActorType } from '../../model/brief.ts';
import type { Found, SentenceScan } from './sentence-scan.ts';
import { isFree } from './scan-context.ts';
import type { WordEntity } from './sentence-entities.ts';
import { isDefinite, readingsKeepingArticle } from '../words/sentence-tokens.ts';
import { isNameWord, readsAs } from '../words/word-tests.ts';

const ACTOR_TYPE: Partial<Record<EntityType, ActorType>> = { PERS: 'person', ORG: 'organization', LOC: 'place' };

function overlaps(a: { from: number; to: number }, b: { from: number; to: number }): boolean {
  return a.from < b.to && b.from < a.to;
}

function unclaim(s: SentenceScan, from: number, to: number): void {
  for (let i = from; i < to; i++) s.scan.claimed[i] = false;
}

/** How a person's first word is read: without a conjunction «و», or a «ب/ل/ك» written onto a given name. */
function personReading(key: string): string {
  const conj = conjunctionReading(key);
  if (conj !== null && !WAW_NAMES.has(key) && conj.rest.length >= 3) return conj.rest;
  return procliticReadings(key).find((r) => r !== key && isGivenName(r) && key.endsWith(r)) ?? key;
}

/**
 * How sure the tagger must be that a word is an actor's (its margin, viterbi.ts outsideMargins, at most minus
 * this) for the word tests to yield to it: a foreign name the tests read as a verbal noun, a plural or a particle
 * («تاكسين», «كوفي», «فان» of «ماركو فان باستن»). And how sure it must be that a word is no actor's for a rule's
 * person to be cut before it though the word looks like a name («أمير» of «حمد بن خليفة آل ثاني أمير البلاد»).
 * Chosen on the training part's dev block with a model trained without it, as VETO_MARGIN is: persons F1 of the
 * stage 73.3 → 75.0 (typed 73.1 → 73.7); 30 to 60 score alike for either, 10 and 100 worse.
 */
const SURE_ACTOR_MARGIN = 60;
const SURE_OUTSIDE_MARGIN = 30;

/** The tagger's margins of the words of one sentence (see outsideMargins), with what they make sure. */
export class WordMargins {
  constructor(private readonly margins: ArrayLike<number>) {}
  /** Whether the tagger is sure word i is part of an actor's name. */
  actor(i: number): boolean {
    return (this.margins[i] ?? 0) <= -SURE_ACTOR_MARGIN;
  }
  /** Whether the tagger is sure word i is no actor's. */
  outside(i: number): boolean {
    return (this.margins[i] ?? 0) >= SURE_OUTSIDE_MARGIN;
  }
  margin(i: number): number {
    return this.margins[i] ?? 0;
  }
}

/** A person's span without title or non-name words at its ends («الرئيس», «آنذاك»), or null when nothing is left. */
function personBounds(s: SentenceScan, from: number, to: number, margins: WordMargins): [number, number] | null {
  const word = (i: number): { text: string; key: string } => s.words[i] ?? { text: '', key: '' };
  // Inside a name of two words or more the tagger read as a person, a verb's shape alone («سيرغي» as the future
  // «سـ» + «يـ», «يوري») does not cut a word: only a verb the lexicon lists does.
  const verbShapes = to - from < 2;
  const nameLike = (i: number): boolean => {
    const w = word(i);
    const key = i === from ? personReading(w.key) : w.key;
    if (readsAs(key, TITLE_WORDS) !== null) return false;
    return NAME_LINKS.has(w.key) || margins.actor(i) || isNameWord(w.text, key, verbShapes);
  };
  let a = from;
  let b = to;
  while (a < b && !nameLike(a)) a++;
  while (b > a && (!nameLike(b - 1) || NAME_LINKS.has(word(b - 1).key))) b--;
  return b > a ? [a, b] : null;
}

/** Whether the tagger is sure of every word of [from, to) being an actor's. */
function allSure(margins: WordMargins, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!margins.actor(i)) return false;
  return true;
}

function addPerson(s: SentenceScan, from: number, to: number, margins: WordMargins): void {
  const bounds = personBounds(s, from, to, margins);
  if (bounds === null) return;
  const [a, b] = bounds;
  const reading = personReading(s.words[a]?.key ?? '');
  const keys = s.words.slice(a, b).map((w, i) => (i === 0 ? reading : w.key));
  // The word tests reject ordinary words; a name the tagger is sure of is not one, whatever its shape.
  if (s.evidence(a, b) === 'rejected' && !allSure(margins, a, b)) return;
  if (keys.some((k, i) => isStopword(k) && !NAME_LINKS.has(k) && !margins.actor(a + i))) return;
  // A given name alone («أحمد») is no actor of its own: it only joins a full name that ends with it.
  const alone = b - a === 1 && isGivenName(reading);
  s.add(a, b, { type: 'person', key: s.key(a, b, reading), surface: s.text(a, b, reading), single: b - a === 1, tagged: !alone });
}

/** The gazetteer's entry for words [from, to), the first read without its proclitics (the article kept). */
function gazetteerEntry(s: SentenceScan, from: number, to: number, type: ActorType): { entry: GazetteerEntry; reading: string } | null {
  const first = s.words[from];
  if (first === undefined) return null;
  for (const reading of readingsKeepingArticle(first.key)) {
    const entries = s.scan.gazetteer.byKey.get(s.key(from, to, reading));
    if (entries === undefined) continue;
    const entry = entries.find((e) => e.type === type) ?? entries[0];
    if (entry !== undefined) return { entry, reading };
  }
  return null;
}

/** How an organisation's or place's first word is read: the article kept, particles written onto it dropped. */
function nameReading(key: string): string {
  const definite = readingsKeepingArticle(key).filter((r) => r.startsWith('ال') && r !== key).at(-1);
  if (definite !== undefined) return definite;
  const conj = conjunctionReading(key);
  return conj !== null && conj.basis !== 'open' ? conj.rest : key;
}

function addNamed(s: SentenceScan, from: number, to: number, type: ActorType, margins: WordMargins): void {
  const known = gazetteerEntry(s, from, to, type);
  if (known !== null) {
    const { entry, reading } = known;
    // «ذكرته وكالة الأنباء السورية "سانا"»: the short name of an outlet the sentence already cites is cited too.
    const cited = s.found.some((f) => f.mention.attribution && f.mention.entry?.name === entry.name);
    const attribution = entry.outlet && (cited || isAttribution(s.scan, from, to, reading));
    s.add(from, to, { type: entry.type, key: joinNameKeys([entry.name]), surface: s.text(from, to, reading), entry, outlet: entry.outlet, attribution, tagged: true });
    return;
  }
  const reading = nameReading(s.words[from]?.key ?? '');
  const key = s.key(from, to, reading);
  const bare = reading.startsWith('ال') ? reading.slice(2) : reading;
  // A generic noun alone is no name («منطقة», «المدينة», «مليشيا»), nor a word that cannot stand in one, unless
  // the tagger is sure of it: a verb's shape is no bar then («مدينة سنغافورة», «سـ» + «نـ»).
  const w = s.words[from];
  const nameWord = w !== undefined && (isNameWord(w.text, w.key) || margins.actor(from));
  if (to - from === 1 && (!nameWord || COMMON_NOUNS.has(reading) || COMMON_NOUNS.has(bare) || PLACE_CUES.has(bare) || isStopword(reading) || bare.length < 2)) return;
  s.add(from, to, { type, key, surface: s.text(from, to, reading), tagged: true });
}

/** Cuts, confirms or drops the rules' mentions of a sentence by the tagger's entities (see the file comment). */
export function checkRuleMentions(s: SentenceScan, entities: readonly WordEntity[], margins: WordMargins): void {
  for (const f of [...s.found]) {
    const m = f.mention;
    if (m.roleOnly || m.entry !== null) continue;
    const inside = entities.filter((e) => overlaps(e, f));
    if (m.type === 'person') {
      const person = inside.filter((e) => e.type === 'PERS');
      if (person.length > 0 && m.weak) m.weak = false;
      // Several persons the tagger reads in one rule name («جورج بوش لاعتقال اسامة بن لادن»): the mention keeps
      // the first, the words of the others go back to the tagger's own mentions (findTagged).
      const several = inside.length > 1 && person.length === inside.length;
      const e = (person.length === 1 && inside.length === 1) || several ? person[0] : undefined;
      if (e === undefined || (e.from === f.from && e.to === f.to)) continue;
      const bounds = personBounds(s, e.from, e.to, margins);
      if (bounds === null || (s.evidence(bounds[0], bounds[1]) === 'rejected' && !allSure(margins, bounds[0], bounds[1]))) continue;
      // The tagger's span wins both ways: words it adds must be free (no other mention took them), words it
      // drops must not look like part of the name.
      const [from, to] = bounds;
      const others = person.slice(1);
      if (!isFree(s.scan, from, Math.min(to, f.from)) || !isFree(s.scan, Math.max(from, f.to), to) || !cuttable(s, f, from, to, margins, others)) continue;
      retarget(s, f, from, to);
    }
  }
}

/**
 * Whether a rule's person [f.from, f.to) may be cut to [from, to): what goes after the name must not look like a
 * surname (the article: «أحمد الشرع», whose «الشرع» is also a common noun) or a given name, and what is left may
 * not be a given name alone.
 */
function cuttable(s: SentenceScan, f: Found, from: number, to: number, margins: WordMargins, others: readonly WordEntity[]): boolean {
  if (to - from === 1 && isGivenName(personReading(s.words[from]?.key ?? ''))) return false;
  for (let i = to; i < f.to; i++) {
    // A word the tagger is sure is no actor's, or that opens another person it reads, is no part of this name.
    if (margins.outside(i) || others.some((o) => o.from <= i && i < o.to)) continue;
    const key = s.words[i]?.key ?? '';
    // A definite word after a full name the tagger bounds («علي عبد الله صالح اليمين») is no surname, unless it
    // has a family name's «ال…ي» shape («محمد شياع السوداني»); after a single word it may be one («أحمد الشرع»).
    const surnameLike = isDefinite(key) && (to - from < 2 || key.endsWith('ي'));
    if (surnameLike || isGivenName(key) || NAME_LINKS.has(key)) return false;
  }
  return true;
}

/** Moves a person mention to words [from, to), the tagger's span (free words it adds are claimed). */
function retarget(s: SentenceScan, f: Found, from: number, to: number): void {
  const reading = personReading(s.words[from]?.key ?? '');
  unclaim(s, f.from, from);
  unclaim(s, to, f.to);
  for (let i = from; i < to; i++) s.scan.claimed[i] = true;
  f.from = from;
  f.to = to;
  Object.assign(f.mention, {
    key: s.key(from, to, reading), surface: s.text(from, to, reading), single: to - from === 1, weak: false,
    start: s.words[from]?.start ?? f.mention.start, end: s.words[to - 1]?.end ?? f.mention.end,
  });
}

/** Mentions for the tagger's entities over words no rule took. */
export function findTagged(s: SentenceScan, entities: readonly WordEntity[], margins: WordMargins): void {
  for (const e of entities) {
    const type = ACTOR_TYPE[e.type];
    if (type === undefined || !isFree(s.scan, e.from, e.to)) continue;
    if (type === 'person') addPerson(s, e.from, e.to, margins);
    else addNamed(s, e.from, e.to, type, margins);
  }
}

/**
 * How sure the tagger must be that every word of a rule's mention is no actor's (its max-marginal margin,
 * viterbi.ts) for the mention to be dropped. Chosen on the training part's dev block with a model trained
 * without it (npm run eval -- actors, EVAL_BLOCK=dev); the margins are in the model's weight units, so a model
 * trained on other features or epochs asks for it to be chosen again.
 */
export const VETO_MARGIN = 65;

/**
 * Drops the rules' mentions the tagger is confident are no actor at all: mentions over words no tagger entity
 * touches, each word of which the tagger reads as outside every person, organisation and place by at least
 * VETO_MARGIN. Which mentions may be vetoed:
 * - places («النظام القائم» is no town, «الطائف» of «اتفاق الطائف»);
 * - one-word persons with no role that are not the last word of a full name the article already gave (an
 *   ordinal «الثاني» or an adjective «الفائز» read as a surname). Full names and surnames of names the article
 *   gave stay: today's names are ones the 2000s newswire never saw, and the tagger is as sure of «الشرع» as of
 *   «الثاني» (vetoing every person lost persons of the seeds' brief).
 * Organisations are never vetoed (the training data leaves «الجيش الأميركي» or «وزارة الخارجية» untagged, which an
 * analyst wants), nor the analyst's own gazetteer entries, nor roles.
 */
export function dropVetoed(s: SentenceScan, entities: readonly WordEntity[], margins: WordMargins, surnames: ReadonlySet<string>): void {
  for (let k = s.found.length - 1; k >= 0; k--) {
    const f = s.found[k];
    if (f === undefined) continue;
    const m = f.mention;
    const person = m.type === 'person' && m.roles.length === 0 && f.to - f.from === 1 && !surnames.has(m.key);
    if ((m.type !== 'place' && !person) || m.roleOnly || m.tagged || (m.entry !== null && !isShippedEntry(m.entry)) || entities.some((e) => overlaps(e, f))) continue;
    let sure = true;
    for (let i = f.from; i < f.to && sure; i++) sure = margins.margin(i) >= VETO_MARGIN;
    if (!sure) continue;
    s.found.splice(k, 1);
    unclaim(s, f.from, f.to);
  }
}
