import { definiteAfterPreposition } from '../../text/arabic/index.ts';
import { isArticledGivenName, isGivenName } from '../../text/gazetteer/given-names.ts';
import { bodyOverPerson } from './body-over-person.ts';
import { describesNamedBody } from './described-after-name.ts';
import { DEFINITE_ORG_HEADS, FACILITY_CUES, GOVERNING_NOUNS, MEDIA_HEADS, NAME_LINKS, ORG_HEADS, QUALIFIERS, TAGGED_APART_HEADS } from '../words/lexicon.ts';
import { nameReading } from './find-tagged.ts';
import { DEFINITE_MIN, personBounds, personReading } from './person-bounds.ts';
import { claim, isFree, unclaim } from './scan-context.ts';
import type { Found, SentenceScan } from './sentence-scan.ts';
import { isLatinWord } from './latin-names.ts';
import { overlaps } from './sentence-entities.ts';
import type { WordEntity } from './sentence-entities.ts';
import { breaksBefore, isDefinite } from '../words/sentence-tokens.ts';
import { hasFamilyNameShape, isNisba, readsAsKeepingArticle } from '../words/word-tests.ts';
import { allSure } from './word-margins.ts';
import type { WordMargins } from './word-margins.ts';

/**
 * Whether a rule's person [f.from, f.to) may be cut to [from, to): what goes after the name must not look like a
 * surname (the article: «أحمد الشرع», whose «الشرع» is also a common noun) or a given name, and what is left may
 * not be a given name alone unless all that goes is words after it without the article that the tagger is sure
 * are no actor's: a given name is also a surname after a title («الرئيس مبارك تناولت», the verb cut).
 */
function cuttable(s: SentenceScan, f: Found, from: number, to: number, margins: WordMargins, others: readonly WordEntity[]): boolean {
  if (to - from === 1 && isGivenName(personReading(s.words[from]?.key ?? '')) && !verbAfter(s, f, from, to, margins)) return false;
  // A given name that opens a rule name after punctuation («المتحدث باسم الحكومة، باسم العوادي،») is the name's
  // own first word: the «باسم» a spokesman's office governs follows the office with nothing between.
  if (from > f.from && breaksBefore(s.words, f.from) && isGivenName(personReading(s.words[f.from]?.key ?? ''))) return false;
  // A given name written with the article that opens a rule name before a surname («الطيب البكوش»,
  // find-articled-given.ts): the tagger, trained on news from the East, reads the surname alone.
  if (from === f.from + 1 && to - from === 1 && isArticledGivenName(s.words[f.from]?.key ?? '')) return false;
  for (let i = to; i < f.to; i++) {
    // A word that opens another person the tagger reads is no part of this name.
    if (others.some((o) => o.from <= i && i < o.to)) continue;
    const key = s.words[i]?.key ?? '';
    // A family name's «ال…ي» shape («محمد شياع السوداني») stays, however sure the tagger is that the word is no
    // actor's: its training data tags a nationality adjective O, so it is sure of the family names written like
    // one too, and a margin a retrained model moves by a few points would cut the name.
    if (hasFamilyNameShape(key)) return false;
    // Other words the tagger is sure are no actor's are no part of this name («أمير» of «… آل ثاني أمير البلاد»).
    if (margins.outside(i)) continue;
    // A definite word after a full name the tagger bounds («علي عبد الله صالح اليمين») is no surname; after a
    // single word it may be one («أحمد الشرع»).
    if ((isDefinite(key) && to - from < 2) || isGivenName(key) || NAME_LINKS.has(key)) return false;
  }
  return true;
}

/**
 * Whether the rule's person [f.from, f.to) is [from, to) and words after it that the tagger is sure are no actor's,
 * none with the article unless a preposition is written before it («وقالت جابر للصحفيين»: no surname opens with one).
 */
function verbAfter(s: SentenceScan, f: Found, from: number, to: number, margins: WordMargins): boolean {
  if (from !== f.from || to >= f.to) return false;
  for (let i = to; i < f.to; i++) {
    const key = s.words[i]?.key ?? '';
    if (!margins.outside(i) || (isDefinite(key) && definiteAfterPreposition(key, DEFINITE_MIN) === null)) return false;
  }
  return true;
}

/** Moves a person mention to words [from, to), the tagger's span (free words it adds are claimed). */
function retarget(s: SentenceScan, f: Found, from: number, to: number): void {
  const reading = personReading(s.words[from]?.key ?? '', s.scan.known);
  unclaim(s.scan, f.from, from);
  unclaim(s.scan, to, f.to);
  for (let i = from; i < to; i++) s.scan.claimed[i] = true;
  f.from = from;
  f.to = to;
  Object.assign(f.mention, {
    key: s.key(from, to, reading), surface: s.text(from, to, reading), single: to - from === 1, weak: false,
    start: s.words[from]?.start ?? f.mention.start, end: s.words[to - 1]?.end ?? f.mention.end,
  });
}

/**
 * A rule's organisation made of a descriptive head, a name and perhaps nationality adjectives («شركة توتال
 * الفرنسية», «صحيفة يديعوت أحرونوت», «حركة حماس»), where the tagger reads the words after the head, and no
 * adjective, as an organisation of their own: the mention becomes that name («توتال»), so the company written with
 * or without its head is one actor; the head and the name stay as an alias. The head and adjectives stay claimed.
 */
function nameAfterHead(s: SentenceScan, f: Found, inside: readonly WordEntity[], margins: WordMargins): void {
  const e = inside[0];
  if (inside.length !== 1 || e === undefined || e.type !== 'ORG' || e.from !== f.from + 1 || e.to > f.to) return;
  const head = readsAsKeepingArticle(s.words[f.from]?.key ?? '', TAGGED_APART_HEADS);
  if (head === null) return;
  // After the name, the chain may have taken what describes the body: its nationality or qualifier («الفرنسية»,
  // «الحكومية»), or words the tagger is sure are no actor's («شركة تابي للدفع المؤجل», «قناة ثمانية مباريات
  // الدوري»: what the firm does, what the channel shows). Those stay claimed with the head.
  // A firm called by a definite word keeps its head and its trade («شركة الفؤاد للصرافة», as «شركة الكهرباء»).
  const described = MEDIA_HEADS.has(head) || !isDefinite(s.words[e.from]?.key ?? '');
  for (let i = e.to; i < f.to; i++) {
    const key = s.words[i]?.key ?? '';
    if (!isNisba(key, s.scan.gazetteer) && !QUALIFIERS.has(key) && !(described && describesNamedBody(s, margins, e.to, i))) return;
  }
  // The tagger may take a nationality adjective into the name («سامسونغ الكورية»): it says where the company is from.
  let to = e.to;
  while (to - 1 > e.from && isNisba(s.words[to - 1]?.key ?? '', s.scan.gazetteer)) to--;
  const m = f.mention;
  const reading = nameReading(s.words[e.from]?.key ?? '');
  const whole = s.text(f.from, to, head);
  f.from = e.from;
  f.to = to;
  Object.assign(m, { key: s.key(e.from, to, reading), surface: s.text(e.from, to, reading), start: s.words[e.from]?.start ?? m.start, end: s.words[to - 1]?.end ?? m.end });
  if (!m.alsoCalled.includes(whole)) m.alsoCalled.push(whole);
}

/**
 * A rule's outlet named after its head («قناة ثمانية مباريات الدوري», the head left out by findOrganisations) whose
 * chain ran on past the name the tagger reads from its first word into words the tagger is sure are no actor's
 * (what the channel shows): the outlet ends where the tagger's name does, and the words go back to the other passes.
 */
function outletEnd(s: SentenceScan, f: Found, inside: readonly WordEntity[], margins: WordMargins): void {
  const e = inside[0];
  if (!f.mention.outlet || inside.length !== 1 || e === undefined || e.type !== 'ORG' || e.from !== f.from || e.to >= f.to) return;
  for (let i = e.to; i < f.to; i++) if (!margins.outside(i)) return;
  const m = f.mention;
  // The name with its head, as findOrganisations wrote it, ends with the name too.
  const head = readsAsKeepingArticle(s.words[f.from - 1]?.key ?? '', MEDIA_HEADS) ?? undefined;
  const before = head === undefined ? null : s.text(f.from - 1, f.to, head);
  m.alsoCalled = m.alsoCalled.map((a) => (a === before ? s.text(f.from - 1, e.to, head) : a));
  unclaim(s.scan, e.to, f.to);
  f.to = e.to;
  const reading = nameReading(s.words[f.from]?.key ?? '');
  Object.assign(m, { key: s.key(f.from, f.to, reading), surface: s.text(f.from, f.to, reading), end: s.words[f.to - 1]?.end ?? m.end });
}

/**
 * A rule's organisation that runs on past its nationality adjective into definite words the tagger is sure are no
 * actor's («شركة النفط الروسية المتعثرة», «لجنة الشؤون القضائية النافذ»: the faltering company, the influential
 * chairman's committee): a name's words after its nisba are more nisbas or the qualifiers it keeps («الدولية»,
 * «العامة»), and the chain took a description of the body, or of the person governing it, as part of its name. The
 * mention ends at the nisba; the words go back to the other passes.
 */
function endAtNisba(s: SentenceScan, f: Found, margins: WordMargins): void {
  let last = -1;
  for (let i = f.from + 1; i < f.to; i++) if (isNisba(s.words[i]?.key ?? '', s.scan.gazetteer)) last = i;
  // A quoted name is written whole («"الجمعية العربية المستقلة"»).
  if (last < 0 || last + 1 >= f.to || /[«»“”"]/u.test(s.text(f.from, f.to))) return;
  for (let i = last + 1; i < f.to; i++) {
    const key = s.words[i]?.key ?? '';
    if (!key.startsWith('ال') || QUALIFIERS.has(key) || !margins.outside(i) || s.scan.gazetteer.firstWords.has(key)) return;
  }
  unclaim(s.scan, last + 1, f.to);
  f.to = last + 1;
  const m = f.mention;
  // The head read as findOrganisations read it (the article kept, particles dropped).
  const first = s.words[f.from]?.key ?? '';
  const reading = readsAsKeepingArticle(first, ORG_HEADS) ?? readsAsKeepingArticle(first, DEFINITE_ORG_HEADS) ?? undefined;
  Object.assign(m, { key: s.key(f.from, f.to, reading), surface: s.text(f.from, f.to, reading), end: s.words[f.to - 1]?.end ?? m.end });
}

/**
 * A rule's place after a place cue («مدينة …»), which takes one word and the definite words after it, given the
 * end of the tagger's place starting on the same word: a name of several words without the article runs on
 * («مدينة سان فيسينتي», «مدينة نيو أورليانز», where the rule took «سان», «نيو») over words no other mention took, and
 * words the tagger is sure are no actor's go («منطقة لويانغ المعروفة»). A facility, whose cue is part of its name
 * («مطار دبي»), keeps its bounds.
 */
function placeEnd(s: SentenceScan, f: Found, inside: readonly WordEntity[], margins: WordMargins): void {
  const e = inside[0];
  if (inside.length !== 1 || e === undefined || e.type !== 'LOC') return;
  if (readsAsKeepingArticle(s.words[f.from]?.key ?? '', FACILITY_CUES) !== null) { placeAfterFacility(s, f, e, margins); return; }
  if (e.from !== f.from || e.to === f.to) return;
  if (e.to > f.to && !isFree(s.scan, f.to, e.to)) return;
  for (let i = e.to; i < f.to; i++) if (!margins.outside(i)) return;
  if (e.to > f.to) claim(s.scan, f.to, e.to);
  else unclaim(s.scan, e.to, f.to);
  f.to = e.to;
  const m = f.mention;
  const surface = s.text(f.from, f.to).replace(/[«»“”"„]/gu, '').replace(/\s+/gu, ' ').trim();
  Object.assign(m, { key: s.key(f.from, f.to), surface, end: s.words[f.to - 1]?.end ?? m.end });
}

/**
 * A rule's facility («ميناء حيفا», «جزيرة سومطرا», «قاعدة اندروز الجوية») whose words after the cue the tagger reads
 * as a place, sure that the cue is no actor's, nor the words after the place unless definite: the place is the actor, as the
 * gazetteer's places after a facility cue are (find-places.ts), and both annotated sets tag it so. The cue stays
 * claimed; the words after the place go back to the other passes. A facility named after a person («مطار رفيق
 * الحريري») is no place the tagger reads, and keeps its cue.
 */
function placeAfterFacility(s: SentenceScan, f: Found, e: WordEntity, margins: WordMargins): void {
  if (e.from !== f.from + 1 || e.to > f.to || !margins.outside(f.from)) return;
  // The facility's own adjectives after the place («الجوية», «الدولي») go with the cue, as words the tagger is sure of do.
  for (let i = e.to; i < f.to; i++) if (!margins.outside(i) && !(isDefinite(s.words[i]?.key ?? '') && !margins.actor(i))) return;
  unclaim(s.scan, e.to, f.to);
  f.from = e.from;
  f.to = e.to;
  const m = f.mention;
  const reading = nameReading(s.words[e.from]?.key ?? '');
  Object.assign(m, { key: s.key(e.from, e.to, reading), surface: s.text(e.from, e.to, reading), start: s.words[e.from]?.start ?? m.start, end: s.words[e.to - 1]?.end ?? m.end });
}

/**
 * The reading of the first word of a person the tagger reads (`e`) when a rule's mention may become that person, else
 * null: the tagger's reading alone when it is sure of every word, a name that opens with a given name asking less of
 * it («صالح»), and the person checks keeping the tagger's bounds.
 */
function keptPerson(s: SentenceScan, e: WordEntity, margins: WordMargins): string | null {
  const reading = personReading(s.words[e.from]?.key ?? '', s.scan.known);
  if (!allSure(margins, e.from, e.to) && !isGivenName(reading)) return null;
  const bounds = personBounds(s, e.from, e.to, margins);
  return bounds !== null && bounds[0] === e.from && bounds[1] === e.to ? reading : null;
}

/**
 * A rule's place after a place cue that the tagger reads as exactly one person's name (from the same word, perhaps
 * running on over free words), sure of every word or of a name that opens with a given name: the cue
 * was another sense of its word («ولاية صالح الأخيرة», «خلال ولاية بوتين»: a term of office, not a state), so the
 * mention becomes that person, with the bounds the person checks give it. Whether it did.
 */
function personAfterCue(s: SentenceScan, f: Found, inside: readonly WordEntity[], margins: WordMargins): boolean {
  const e = inside[0];
  // The person may run on past the rule's one place word over free words («ولاية باراك أوباما الثانية»).
  if (inside.length !== 1 || e === undefined || e.type !== 'PERS' || e.from !== f.from || e.to < f.to || !isFree(s.scan, f.to, e.to)) return false;
  const reading = keptPerson(s, e, margins);
  if (reading === null) return false;
  claim(s.scan, f.to, e.to);
  f.to = e.to;
  Object.assign(f.mention, {
    type: 'person', key: s.key(e.from, e.to, reading), surface: s.text(e.from, e.to, reading), single: e.to - e.from === 1, tagged: true,
    end: s.words[e.to - 1]?.end ?? f.mention.end,
  });
  return true;
}

/**
 * A rule's organisation whose construct chain ends in exactly one person the tagger reads and nothing else, after a
 * governing noun: the head and the nouns before the name govern it («قوات نظام بشار الأسد», «حكومة نتنياهو»: the forces of the regime
 * of a person), so the mention becomes that person, when the tagger is sure of the name or it opens with a given
 * name and the person checks keep the tagger's bounds. The governing words are freed. Whether it did.
 */
function personInChain(s: SentenceScan, f: Found, inside: readonly WordEntity[], margins: WordMargins): boolean {
  const e = inside[0];
  if (inside.length !== 1 || e === undefined || e.type !== 'PERS' || e.from <= f.from || e.to !== f.to || f.mention.outlet) return false;
  // Only a noun that governs a person makes the chain the person's («نظام», «حكومة», «أنصار»): a body named after
  // one keeps the name («مؤسسة ترامب», «جيش المهدي», «كتائب عز الدين القسام»), and a place named after one is
  // governed by its place cue («مجلس محافظة صلاح الدين»).
  if (readsAsKeepingArticle(s.words[e.from - 1]?.key ?? '', GOVERNING_NOUNS) === null) return false;
  const reading = keptPerson(s, e, margins);
  if (reading === null) return false;
  unclaim(s.scan, f.from, e.from);
  f.from = e.from;
  Object.assign(f.mention, {
    type: 'person', key: s.key(e.from, e.to, reading), surface: s.text(e.from, e.to, reading), single: e.to - e.from === 1, tagged: true,
    start: s.words[e.from]?.start ?? f.mention.start,
  });
  return true;
}

/** Whether a mention's words are all in Latin letters: the tagger, which has seen few, is no judge of their bounds. */
function allLatin(s: SentenceScan, f: Found): boolean {
  return s.words.slice(f.from, f.to).every((w) => isLatinWord(w.text));
}

/**
 * The rules' persons checked against the tagger's entities of the sentence. A rule's person whose span runs past
 * the tagger's (a word after the name, «جاك شيراك آنذاك», or a word before it, «باسم» of «المتحدث باسم») is cut
 * to the tagger's span when the tagger reads the extra words as no entity at all; a weak rule name the tagger
 * also reads as a person is confirmed. A rule's organisation that governs a person is that person (personInChain), or
 * loses a descriptive head the tagger leaves out (nameAfterHead);
 * a rule's place ends where the tagger's ends (placeEnd). Two of the rules' persons are dropped (SentenceScan.drop:
 * the mention goes, its words back to the tagger's own mentions): one with no role over organisations or places the
 * tagger is sure of (bodyOverPerson), and a weak name beside an office where the tagger reads no person.
 */
export function checkRuleMentions(s: SentenceScan, entities: readonly WordEntity[], margins: WordMargins): void {
  for (const f of [...s.found]) {
    const m = f.mention;
    if (m.roleOnly || m.entry !== null || allLatin(s, f)) continue;
    const inside = entities.filter((e) => overlaps(e, f));
    if (m.type === 'organization' && !(s.on('person-in-chain') && personInChain(s, f, inside, margins))) {
      if (inside.length === 0) endAtNisba(s, f, margins);
      nameAfterHead(s, f, inside, margins);
      outletEnd(s, f, inside, margins);
    }
    if (m.type === 'place' && !(s.on('person-after-cue') && personAfterCue(s, f, inside, margins))) placeEnd(s, f, inside, margins);
    if (m.type === 'person' && !(s.on('body-over-person') && bodyOverPerson(s, f, inside, margins))) {
      const person = inside.filter((e) => e.type === 'PERS');
      if (person.length > 0 && m.weak && s.on('tagger-confirms-weak')) m.weak = false;
      // A name beside an office (findTitled, findApposed) that no list knows, where the tagger reads no person:
      // the office's place alone is the evidence, and on ANERcorp's tune blocks such names were ordinary words
      // («نائب وزير خارجية روسيا محادثات»), however often repeated. The words go back to the tagger's own mentions.
      if (m.weak && m.roles.length > 0 && person.length === 0 && s.on('weak-titled-needs-tagger')) {
        s.drop(f);
        continue;
      }
      if (!s.on('rule-bounds')) continue;
      // Several persons the tagger reads in one rule name («جورج بوش لاعتقال اسامة بن لادن»): the mention keeps
      // the first, the words of the others go back to the tagger's own mentions (findTagged).
      const several = inside.length > 1 && person.length === inside.length;
      // One person the tagger reads from the rule name's first word, and bodies or places only after it («السلطان
      // هيثم بن طارق مرسوما سلطانيا»: the rule ran on into the decree): the mention is that person.
      const first = person.length === 1 && person[0]?.from === f.from && inside.every((o) => o === person[0] || o.from >= (person[0]?.to ?? 0));
      const e = (person.length === 1 && inside.length === 1) || several || first ? person[0] : undefined;
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
