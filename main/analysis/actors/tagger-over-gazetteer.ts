import { isStopword } from '../../text/arabic/index.ts';
import { FOREIGN_GIVEN_NAMES, FOREIGN_SURNAMES } from '../../text/gazetteer/foreign-names.ts';
import { isShippedEntry } from '../../text/gazetteer/gazetteer.ts';
import { isGivenName } from '../../text/gazetteer/given-names.ts';
import { personReading } from './person-bounds.ts';
import { joinNameKeys } from '../../text/gazetteer/name-key.ts';
import type { ActorType } from '../../model/brief.ts';
import { ACTOR_TYPE, nameReading } from './find-tagged.ts';
import type { Mention } from './mention.ts';
import { claim, isFree } from './scan-context.ts';
import type { Found, SentenceScan } from './sentence-scan.ts';
import { overlaps } from './sentence-entities.ts';
import type { WordEntity } from './sentence-entities.ts';
import { allSure } from './word-margins.ts';
import { isDefinite, readingsKeepingArticle } from '../words/sentence-tokens.ts';
import { isNisba, readsAsKeepingArticle } from '../words/word-tests.ts';
import { DESCRIPTIVE_HEADS } from '../words/lexicon.ts';
import type { WordMargins } from './word-margins.ts';

/**
 * A name of the shipped gazetteer that the tagger, sure of every word, reads as part of a longer name («سبارتاك
 * موسكو», a club, not the city «موسكو») or as an actor of another type (the city «برشلونة» that hosts a summit,
 * not the club of the same name): the tagger's reading wins, since the shipped lists cannot tell one sense from
 * the other and the context can. The mention is dropped for the tagger's own (findTagged), or retyped in place,
 * with the gazetteer's entry of that type if it has one; inside a longer MISC (an event, a work: «حرب الخليج») it is
 * dropped, and the same words read as MISC keep the gazetteer's actor («البيت الأبيض»). The analyst's own entries are
 * never overridden.
 */
export function taggerOverGazetteer(s: SentenceScan, entities: readonly WordEntity[], margins: WordMargins): void {
  for (const e of entities) {
    // Undefined for MISC: a war, a tournament, a product («حرب الخليج», «بطولة أمم أفريقيا»), whose words hold no actor.
    const type = ACTOR_TYPE[e.type];
    if (type === 'person' && !s.on('tagger-over-gazetteer')) continue;
    const over = s.found.filter((f) => overlaps(f, e));
    const f = over[0];
    if (over.length !== 1 || f === undefined || f.mention.roleOnly || f.mention.entry === null || !isShippedEntry(f.mention.entry)) continue;
    if (type !== undefined && (f.from !== e.from || f.to !== e.to) && sameEntryBounds(s, f, e, type)) continue;
    if (f.from < e.from || f.to > e.to) continue;
    // A longer name around the gazetteer's («سبارتاك موسكو», «كاريكاتير إيران» around the place) is the tagger's
    // own reading of words the shipped lists do not know: its reading them as one actor is enough when the words it
    // adds are bare nouns, not the adjectives it may run on into («مجلس الأمن الدائمين»). Another sense of the same
    // words asks it to be sure.
    if (!(longerName(s, e, f, margins) || bodyHeadedBefore(f, e, type) || allSure(margins, e.from, e.to))) continue;
    if (f.from === e.from && f.to === e.to) {
      if (type !== undefined && f.mention.type !== type) retype(s, f.mention, e, type);
      continue;
    }
    if (!isFree(s.scan, e.from, f.from) || !isFree(s.scan, f.to, e.to)) continue;
    s.drop(f);
  }
}

/**
 * Whether the tagger's entity `e` adds to the gazetteer's mention `f` only words without the article that are no
 * nationality adjectives, no particles («وكالة AFP عن»), and no person's names it is unsure of: the tagger runs an
 * organisation on into the name of the person after it («مدرب برشلونة تشافي», «شركة أرامكو أمين الناصر»).
 */
function longerName(s: SentenceScan, e: WordEntity, f: { from: number; to: number }, margins: WordMargins): boolean {
  if (f.from === e.from && f.to === e.to) return false;
  for (let i = e.from; i < e.to; i++) {
    if (i >= f.from && i < f.to) continue;
    const key = s.words[i]?.key ?? '';
    if (isDefinite(key) || isNisba(key, s.scan.gazetteer) || isStopword(key)) return false;
    if (isPersonName(key) && !margins.actor(i)) return false;
  }
  return true;
}

/**
 * Whether the tagger reads the gazetteer's place as part of an organisation whose words begin before it («الخطوط
 * السعودية», «معهد الخليج للسياسات», «موانئ دبي العالمية»): a place after a noun of the same name is that noun's
 * complement or adjective, so the body is the actor and the place only describes it. The words before it are read
 * as the body's at any margin, since a noun heading a place never runs on into it as an adjective does after it
 * (longerName's risk); a person is not read so (a title run on into a place, «أمير قطر»).
 */
function bodyHeadedBefore(f: Found, e: WordEntity, type: ActorType | undefined): boolean {
  return type === 'organization' && f.mention.type === 'place' && e.from < f.from;
}

/** A given name or a foreign name the lists know. */
function isPersonName(key: string): boolean {
  return isGivenName(personReading(key)) || FOREIGN_GIVEN_NAMES.has(key) || FOREIGN_SURNAMES.has(key);
}

/** Gives a mention the tagger's type, and the gazetteer's entry of that type for the same words if it has one. */
function retype(s: SentenceScan, m: Mention, e: WordEntity, type: ActorType): void {
  const reading = nameReading(s.words[e.from]?.key ?? '');
  const key = s.key(e.from, e.to, reading);
  const entry = s.scan.gazetteer.byKey.get(key)?.find((x) => x.type === type) ?? null;
  Object.assign(m, { type, entry, key: entry === null ? key : joinNameKeys([entry.name]), outlet: entry?.outlet ?? false, attribution: false, tagged: true, single: type === 'person' && e.to - e.from === 1 });
}

/**
 * A name of the shipped gazetteer whose words the tagger bounds otherwise as the same actor's name: a word it leaves
 * out («دولة قطر», «بدولة اسرائيل», «حزب الله اللبناني», an alias with a descriptive head or an adjective), or one it
 * reads on into («دولة الإمارات» where it reads «الإمارات العربية المتحدة»). Where the tagger's words name the same
 * entry, the mention keeps its entry and takes the tagger's bounds, as a head is never part of a name (words left
 * out stay claimed, and the words as written stay one of its names). Only the same entry: «جنوب لبنان» and «شمال
 * أفريقيا» are entries of their own, regions an analyst follows. Whether it applied.
 */
function sameEntryBounds(s: SentenceScan, f: Found, e: WordEntity, type: ActorType): boolean {
  const m = f.mention;
  if (m.type !== type || m.entry === null) return false;
  if ((e.from < f.from && !isFree(s.scan, e.from, f.from)) || (e.to > f.to && !isFree(s.scan, f.to, e.to))) return false;
  if (nameAfterDescriptiveHead(s, f, e, type)) {
    keepBounds(s, f, e, nameReading(s.words[e.from]?.key ?? ''));
    return true;
  }
  const first = s.words[e.from]?.key ?? '';
  for (const reading of readingsKeepingArticle(first)) {
    const entries = s.scan.gazetteer.byKey.get(s.key(e.from, e.to, reading));
    if (entries?.some((x) => x.name === m.entry?.name && x.type === type) !== true) continue;
    keepBounds(s, f, e, reading);
    return true;
  }
  return false;
}

/** The mention keeps its entry and takes the tagger's words [e.from, e.to); the words as the article wrote them stay one of its names («قوات الحشد الشعبي»). */
function keepBounds(s: SentenceScan, f: Found, e: WordEntity, reading: string): void {
  const m = f.mention;
  if (!m.alsoCalled.includes(m.surface)) m.alsoCalled.push(m.surface);
  claim(s.scan, e.from, e.to);
  f.from = e.from;
  f.to = e.to;
  Object.assign(m, { surface: s.text(e.from, e.to, reading), start: s.words[e.from]?.start ?? m.start, end: s.words[e.to - 1]?.end ?? m.end });
}

/**
 * Whether the tagger reads a gazetteer organisation listed with its descriptive head («وكالة تسنيم», «قناة
 * المسيرة», «شركة آبل») as the words after the head alone: the head says what kind of body the name is and is no
 * part of it (the annotated sets' convention, and the analyst's: «تسنيم» alone is the agency), while the words
 * without the head are no entry of their own, often being an ordinary word or a given name the list cannot hold
 * alone. The tagger's reading of them, in this sentence, as the body is the evidence the list lacks.
 */
function nameAfterDescriptiveHead(s: SentenceScan, f: Found, e: WordEntity, type: ActorType): boolean {
  if (type !== 'organization' || e.from !== f.from + 1 || e.to !== f.to || readsAsKeepingArticle(s.words[f.from]?.key ?? '', DESCRIPTIVE_HEADS) === null) return false;
  // A name that opens with a place needs its head («إذاعة فرنسا الدولية»: the radio of France, not «فرنسا الدولية»).
  const first = readingsKeepingArticle(s.words[e.from]?.key ?? '');
  return !first.some((r) => s.scan.gazetteer.byKey.get(r)?.some((x) => x.type === 'place') === true);
}
