import { conjunctionReading, isStopword } from '../../text/arabic/index.ts';
import type { GazetteerEntry } from '../../text/gazetteer/gazetteer.ts';
import { isGivenName, opensKunya } from '../../text/gazetteer/given-names.ts';
import { joinNameKeys } from '../../text/gazetteer/name-key.ts';
import type { ActorType } from '../../model/brief.ts';
import type { EntityType } from '../ner/tags.ts';
import { isAttribution } from './attribution.ts';
import { BANK_HEADS, COMMON_NOUNS, COMPANY_CUES, DESCRIPTIVE_HEADS, NAME_LINKS, PLACE_CUES, REPORTING_VERBS } from '../words/lexicon.ts';
import type { ShortForm } from './find-short-forms.ts';
import { onBehalfOf } from './find-titled.ts';
import { cuesAskForOutlet, outletCues } from './gazetteer-match.ts';
import { isLatinNonName } from './latin-names.ts';
import { personBounds, personReading } from './person-bounds.ts';
import { headsTitleConstruct } from './runs.ts';
import { isFree } from './scan-context.ts';
import type { SentenceScan } from './sentence-scan.ts';
import type { WordEntity } from './sentence-entities.ts';
import { breaksBefore, readingsKeepingArticle } from '../words/sentence-tokens.ts';
import { allSure, ONE_WORD_SHAPE_MARGIN, oneWordYields, REPORTED_SUBJECT_MARGIN } from './word-margins.ts';
import type { WordMargins } from './word-margins.ts';
import { isNameWord, isPlainAdjective, readsAsKeepingArticle, writtenAsName } from '../words/word-tests.ts';

/** The actor type of each of the tagger's entity types; MISC is no actor. */
export const ACTOR_TYPE: Partial<Record<EntityType, ActorType>> = { PERS: 'person', ORG: 'organization', LOC: 'place' };

/**
 * Whether the tagger's one-word person [from, to) stands right after a reporting verb, as its subject («وقال
 * ويتكوف», «وأضاف لولا أمام»), and the tagger is fairly sure of it (REPORTED_SUBJECT_MARGIN): the speaker is who news names
 * there. A title heading an office after it («وقال أمين عام الحزب») is a role, not the speaker's name.
 */
function reportedSubject(s: SentenceScan, from: number, to: number, margins: WordMargins): boolean {
  if (!oneWordYields(margins, from, to, REPORTED_SUBJECT_MARGIN) || from === 0 || breaksBefore(s.words, from)) return false;
  return readsAsKeepingArticle(s.words[from - 1]?.key ?? '', REPORTING_VERBS) !== null && !headsTitleConstruct(s.words, from);
}

function addPerson(s: SentenceScan, from: number, to: number, margins: WordMargins): void {
  // The speaker after a reporting verb: the position is the evidence the word tests look for in the word itself
  // (they read «لولا» as a particle, «ويتكوف» as «و» and a verb, «أمين» as a title, «آبي» as a name's link), so
  // they yield to the tagger; and a subject takes no proclitic, so the word is read as written.
  if (s.on('tagged-reported-subject') && reportedSubject(s, from, to, margins)) {
    const key = s.words[from]?.key ?? '';
    s.add(from, to, { type: 'person', key: s.key(from, to, key), surface: s.text(from, to, key), single: true, tagged: !isGivenName(key) });
    return;
  }
  const bounds: [number, number] | null = s.on('tagged-bounds') ? personBounds(s, from, to, margins) : [from, to];
  if (bounds === null) { s.skip(from, to, 'no name word'); return; }
  const [a, b] = bounds;
  const reading = personReading(s.words[a]?.key ?? '', s.scan.known);
  const keys = s.words.slice(a, b).map((w, i) => (i === 0 ? reading : w.key));
  // The word tests reject ordinary words; a name the tagger is sure of is not one, whatever its shape, and a name
  // of two words or more it reads is rejected by the lexicon only: transliterated foreign names take any shape
  // («تاكسين شيناواترا» ends like a plural).
  const checks = s.on('tagged-name-checks');
  // A one-word name's shape rejects it only where the tagger is not fairly sure of it (ONE_WORD_SHAPE_MARGIN).
  const shapes = b - a < 2 && s.on('tagged-one-word-shapes') && !oneWordYields(margins, a, b, ONE_WORD_SHAPE_MARGIN);
  if (checks && s.evidence(a, b, shapes) === 'rejected' && !allSure(margins, a, b)) { s.skip(from, to, 'name evidence'); return; }
  // A stopword inside a name of three words or more is a foreign name's particle («ماركو فان باستن»: «فان» folds
  // like «فإن»); at either end it is a word the tagger ran on into.
  // «علي» written with «ي» is the name, not «على» («علي بلال منصور»).
  const inner = (i: number): boolean => b - a >= 3 && i > 0 && i < b - a - 1;
  const asName = (i: number): boolean => writtenAsName(s.words[a + i]?.text ?? '', s.words[a + i]?.key ?? '');
  // A kunya word opens a name («أم يوسف»), though «أم» is also «or».
  const kunya = (k: string, i: number): boolean => i === 0 && b - a >= 2 && opensKunya(k, keys[1] ?? '');
  if (checks && keys.some((k, i) => isStopword(k) && !NAME_LINKS.has(k) && !margins.actor(a + i) && !inner(i) && !asName(i) && !kunya(k, i))) { s.skip(from, to, 'stopword'); return; }
  // A given name alone («أحمد») is no actor of its own: it only joins a full name that ends with it.
  const alone = b - a === 1 && isGivenName(reading);
  s.add(a, b, { type: 'person', key: s.key(a, b, reading), surface: s.text(a, b, reading), single: b - a === 1, tagged: !alone });
}

/** The gazetteer's entry for words [from, to), the first read without its proclitics (the article kept). */
function gazetteerEntry(s: SentenceScan, from: number, to: number, type: ActorType): { entry: GazetteerEntry; entries: readonly GazetteerEntry[]; key: string; reading: string } | null {
  const first = s.words[from];
  if (first === undefined) return null;
  for (const reading of readingsKeepingArticle(first.key)) {
    const key = s.key(from, to, reading);
    const entries = s.scan.gazetteer.byKey.get(key);
    if (entries === undefined) continue;
    const entry = entries.find((e) => e.type === type) ?? entries[0];
    if (entry !== undefined) return { entry, entries, key, reading };
  }
  return null;
}

/** Whether words [from, to) are cited as the outlet `found` names, as findGazetteerNames asks (gazetteer-match.ts). */
function outletCued(s: SentenceScan, from: number, to: number, found: { entries: readonly GazetteerEntry[]; key: string; reading: string }): boolean {
  return cuesAskForOutlet(found.key, found.entries, outletCues(s.scan, from, to, found.reading));
}

/** How an organisation's or place's first word is read: the article kept, particles written onto it dropped. */
export function nameReading(key: string): string {
  const definite = readingsKeepingArticle(key).filter((r) => r.startsWith('ال') && r !== key).at(-1);
  if (definite !== undefined) return definite;
  const conj = conjunctionReading(key);
  return conj !== null && conj.basis !== 'open' ? conj.rest : key;
}

/** Whether words [from, to) start with a place cue before a name («ناحية بعشيقة» read whole by the tagger). */
function cuedWithin(s: SentenceScan, from: number, to: number): boolean {
  return to - from >= 2 && readsAsKeepingArticle(s.words[from]?.key ?? '', PLACE_CUES) !== null;
}

function addNamed(s: SentenceScan, from: number, to: number, type: ActorType, margins: WordMargins): void {
  const found = gazetteerEntry(s, from, to, type);
  // An outlet named by a common word («الجزيرة», the island and the Sudanese state) is the outlet where a media head
  // or an attribution asks for it, a tight one for such words (gazetteer-match.ts, as findGazetteerNames reads it); elsewhere the
  // tagger's other type stands and the outlet's entry is not taken.
  const known = found !== null && found.entry.type !== type && found.entry.outlet && !outletCued(s, from, to, found) ? null : found;
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
  const w = s.words[from];
  // A place cue before the word («إقليم سيلاكاب», «مدينة ستنفجر») is the evidence a word's shape cannot give.
  const cued = type === 'place' && from > 0 && !breaksBefore(s.words, from) && readsAsKeepingArticle(s.words[from - 1]?.key ?? '', PLACE_CUES) !== null;
  // An ordinal or a qualifier alone, or after a place cue, is no place whatever the tagger reads («ناحية ثانية»).
  const adjective = type === 'place' && to - from - (cuedWithin(s, from, to) ? 1 : 0) === 1 && isPlainAdjective(s.words[to - 1]?.key ?? '');
  if (adjective) { s.skip(from, to, 'adjective'); return; }
  // A generic noun alone is no name («منطقة», «المدينة», «مليشيا»), nor a word that cannot stand in one unless the
  // tagger is sure of it or a place cue stands before it. The verbs the lexicon lists bar a word; a verb's shape alone
  // does not («سيبيريا», «سيتروين» read as the future «سـ»): the tagger reads places and bodies, not verbs, and a
  // verb's shape is a name's as often in transliteration.
  // An outlet's name the context does not cite is still a name the gazetteer lists: the tagger's type stands
  // («وقال مسؤولون في الجزيرة»: the Sudanese state).
  const nameWord = w !== undefined && (isNameWord(w.text, w.key, false) || margins.actor(from) || cued || found !== null);
  if (to - from === 1 && (!nameWord || COMMON_NOUNS.has(reading) || COMMON_NOUNS.has(bare) || PLACE_CUES.has(bare) || isStopword(reading) || bare.length < 2)) {
    s.skip(from, to, nameWord ? 'generic word' : 'no name word');
    return;
  }
  // «شركة كوداك» where the head alone is the rules' (it starts no chain they read): the head is a cue for the name.
  const head = from > 0 && !breaksBefore(s.words, from) && readsAsKeepingArticle(s.words[from - 1]?.key ?? '', DESCRIPTIVE_HEADS) !== null;
  s.add(from, to, { type, key, surface: s.text(from, to, reading), tagged: !(type === 'organization' && head) });
}

/** Whether words [from, to) are the short form of one body the article named before (not one known only quoted). */
function shortFormOfBody(s: SentenceScan, from: number, to: number, shortForms: ReadonlyMap<string, ShortForm>): boolean {
  if (shortForms.size === 0) return false;
  return readingsKeepingArticle(s.words[from]?.key ?? '').some((r) => {
    const form = shortForms.get(s.key(from, to, r));
    return form !== undefined && form.body !== null && !form.quotedOnly;
  });
}

/** Whether word `i` is a company or club cue noun, indefinite (a construct head: «الفريق» is also a rank). */
function isCompanyCue(s: SentenceScan, i: number): boolean {
  return readsAsKeepingArticle(s.words[i]?.key ?? '', COMPANY_CUES) !== null;
}

/**
 * Mentions for the tagger's entities over words no rule took: a person if its words pass the name-evidence checks
 * (titles and non-name words cut from its ends), an organisation or a place typed by the gazetteer when it knows
 * the name. MISC is not an actor, nor a run of Latin words that is no name (latin-names.ts).
 */
export function findTagged(s: SentenceScan, entities: readonly WordEntity[], margins: WordMargins, shortForms: ReadonlyMap<string, ShortForm> = new Map()): void {
  for (const e of entities) {
    const tagged = ACTOR_TYPE[e.type];
    if (tagged === undefined) continue;
    // «فريق ميلان» read whole: the cue says what the name is and is no part of it; a bank's is, when the tagger
    // reads the bank («بنك عودة»), not a person after the cue («بنك باركليز» read as a person's name).
    const bank = tagged === 'organization' && readsAsKeepingArticle(s.words[e.from]?.key ?? '', BANK_HEADS) !== null;
    const cueOut = isCompanyCue(s, e.from) && !bank;
    const from = tagged !== 'place' && e.to - e.from >= 2 && cueOut ? e.from + 1 : e.from;
    // «فريق رينو», «شركة فورد»: a name the tagger reads as a person's, in construct after a company or club cue, is
    // the firm's or the team's.
    const type = tagged === 'person' && s.on('tagged-company-cue') && from > 0 && !breaksBefore(s.words, from) && isCompanyCue(s, from - 1) ? 'organization' : tagged;
    if (!isFree(s.scan, from, e.to)) { s.skip(from, e.to, 'words taken'); continue; }
    if (isLatinNonName(s.words.slice(from, e.to).map((w) => w.text))) { s.skip(from, e.to, 'latin non-name'); continue; }
    // A word the article named an organisation by («شركة هيوماين» … «إن هيوماين ستبني»), which the tagger reads as a
    // person's name where no head stands beside it: the article's own reading wins (findShortForms).
    if (type === 'person' && s.on('tagged-short-form') && shortFormOfBody(s, from, e.to, shortForms)) { s.skip(from, e.to, 'an organisation\'s short form'); continue; }
    // «المتحدثة باسم تيك توك» read as the person «باسم تيك توك»: after a spokesman's noun «باسم» is «on behalf of»,
    // and the words after it name the body the spokesman speaks for.
    if (type === 'person' && s.on('tagged-on-behalf') && e.to - from >= 2 && onBehalfOf(s.words, from)) { addNamed(s, from + 1, e.to, 'organization', margins); continue; }
    if (type === 'person') addPerson(s, from, e.to, margins);
    else addNamed(s, from, e.to, type, margins);
  }
}
