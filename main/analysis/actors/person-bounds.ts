import { conjunctionReading, definiteAfterPreposition, dropsArticle, isStopword, onlyDoubledWaw, procliticReadings, withoutConjunction } from '../../text/arabic/index.ts';
import { closesDefiniteOrdinal } from '../../text/arabic/ordinals.ts';
import { FOREIGN_GIVEN_NAMES, FOREIGN_SURNAMES } from '../../text/gazetteer/foreign-names.ts';
import { isGivenName, opensKunya } from '../../text/gazetteer/given-names.ts';
import { COMMON_VERBS, DIRECTIONS, NAME_LINKS, REGNAL_TITLES, REPORTING_VERBS, TIME_WORDS, TITLE_WORDS, WAW_NAMES } from '../words/lexicon.ts';
import { followsNameLink, headsTitleConstruct } from './runs.ts';
import type { KnownPersons } from './scan-context.ts';
import { breaksBefore } from '../words/sentence-tokens.ts';
import type { SentenceScan } from './sentence-scan.ts';
import { ONE_WORD_SHAPE_MARGIN, oneWordYields } from './word-margins.ts';
import type { WordMargins } from './word-margins.ts';
import { hasFamilyNameShape, isNameWord, isPlainAdjective, readsAs, writtenAsName } from '../words/word-tests.ts';
import { isAccusativeParticiple, isPrepositionalMasdar } from '../words/word-shapes.ts';

// The shortest definite name read through a preposition: «ال» and three letters («الأسد»). Shorter readings of
// a «بال…» word are more often a foreign name's own letters («بالاك»).
export const DEFINITE_MIN = 5;

/**
 * A key read without a preposition before the article of a surname («بالأسد» → «الأسد»): a surname with its article
 * is how news names a person the second time, and a preposition is never part of it. A given name the gazetteer
 * knows keeps its letters.
 */
function withoutPreposition(key: string): string | null {
  return isGivenName(key) ? null : definiteAfterPreposition(key, DEFINITE_MIN);
}

/**
 * Whether a word written with «وو» is a foreign name's own letters («وودز», «وولفويتز»), not «و» and a name or
 * word: what follows the «و» is no given name, no word a name cannot be, and no place the gazetteer starts a name with.
 */
function doubledWawName(key: string): boolean {
  if (!onlyDoubledWaw(key)) return false;
  const rest = key.slice(1);
  return !isGivenName(rest) && isNameWord(rest, rest) && !WAW_NAMES.has(rest);
}

// The words of each selection's known full names, made once per set.
const FULL_NAME_WORDS = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

function fullNameWords(full: ReadonlySet<string>): ReadonlySet<string> {
  let words = FULL_NAME_WORDS.get(full);
  if (words === undefined) FULL_NAME_WORDS.set(full, (words = new Set([...full].flatMap((k) => k.split(' ')))));
  return words;
}

/**
 * Whether a word as written is a name known whole, so its first letter is the name's own and no proclitic: a given
 * name («كريم», not «ك» and «ريم»), a foreign name the lists know («ويليامز», not «و» and «يليامز»), or a word of a
 * full name or a surname the selection gives elsewhere (`known`, the second pass: «سارة ويليامز» before «بحسب ويليامز»).
 */
function knownWhole(key: string, known: KnownPersons | null): boolean {
  if (isGivenName(key) || FOREIGN_GIVEN_NAMES.has(key) || FOREIGN_SURNAMES.has(key)) return true;
  return known !== null && (known.surnames.has(key) || fullNameWords(known.full).has(key));
}

/**
 * How a person's first word is read: without a conjunction «و», a «ب/ل/ك» written onto a given name, or one
 * written before the article of a surname; as written when the word is a name known whole (knownWhole).
 */
export function personReading(key: string, known: KnownPersons | null = null): string {
  if (knownWhole(key, known)) return key;
  const conj = conjunctionReading(key);
  const word = conj !== null && !WAW_NAMES.has(key) && !doubledWawName(key) && conj.rest.length >= 3 ? conj.rest : key;
  const definite = withoutPreposition(word);
  if (definite !== null) return definite;
  if (word !== key) return word;
  // The article is no proclitic of a given name: «الناجي» is «the survivor», not «ناجي» (openedByDescriptor).
  return procliticReadings(key).find((r) => r !== key && isGivenName(r) && key.endsWith(r) && !dropsArticle(key, r)) ?? key;
}

/**
 * Whether word i, opening a span, is a given name's word with the article («الناجي», «الشاهد»: the survivor, the
 * witness) before a word that opens a name (a given name, «عبد», «أبو»): the common noun or participle the given
 * name comes from, describing the person named after it, or naming none when alone. A given name the list keeps with its article («الحسن»)
 * stays, and so does a word the tagger is sure of («الحبيب بورقيبة» is read whole, and opens no given name).
 */
function openedByDescriptor(s: SentenceScan, i: number, to: number, margins: WordMargins): boolean {
  const key = s.words[i]?.key ?? '';
  const next = s.words[i + 1]?.key ?? '';
  if (to - i === 2 || margins.actor(i) || !key.startsWith('ال') || isGivenName(key) || !isGivenName(key.slice(2))) return false;
  // Alone, it names no one: «الفائز» is the winner.
  return to - i === 1 || isGivenName(next) || opensKunya(next, s.words[i + 2]?.key ?? '') || next === 'عبد';
}

/**
 * Whether word i, after a name's first word, is a word a name never ends on though the tagger may run on into it:
 * a verbal noun with a preposition written onto it («فهد أبو راشد باستجواب …») or a participle in the accusative
 * («ناصر أبو حمدان موقوفا»). A given name so written stays («انتصار» after «ب» is not at a name's end).
 */
function runsOnPast(key: string): boolean {
  return !isGivenName(key) && (isPrepositionalMasdar(key) || isAccusativeParticiple(key));
}

/**
 * Whether word i opens its clause (the sentence's first word, or after punctuation) as «و» and a word that is no
 * given name and links no name («وكرر بوش», «وأصر رافاران»): a clause opened by «و» goes on with its verb, and the
 * tagger, trained on text that puts the verb first, takes the verb into the name after it. «وأبو …», «وعبد …» and
 * «وفايز …» keep their first word.
 */
function clauseVerb(s: SentenceScan, i: number): boolean {
  const key = s.words[i]?.key ?? '';
  const conj = conjunctionReading(key);
  // Not a name that starts with «و» («وليد», «وجدي»).
  if (conj === null || WAW_NAMES.has(key) || isGivenName(key) || isGivenName(conj.rest) || NAME_LINKS.has(conj.rest)) return false;
  return i === 0 || breaksBefore(s.words, i);
}

/**
 * Whether a word the tagger read in a person's name is a given name the lists know, though it is also a common noun
 * («أمل», «جمال»): the tagger's reading and the list agree. A function word or a verb the lexicon lists with a given
 * name's key is not, unless written as the name («على» and «دعا» go, «علي», «هناء» and «دعاء» stay: writtenAsName).
 */
function givenName(text: string, key: string): boolean {
  return isGivenName(key) && ((!isStopword(key) && !COMMON_VERBS.has(key) && !REPORTING_VERBS.has(key)) || writtenAsName(text, key));
}

/** Whether a word is «لل» or «ولل» and a definite word of DEFINITE_MIN letters («للصحافيين»): «to the …». */
function lamBeforeArticle(key: string): boolean {
  const bare = withoutConjunction(key);
  return bare.startsWith('لل') && definiteAfterPreposition(bare, DEFINITE_MIN) !== null;
}

/**
 * A person's span without title or non-name words at its ends («الرئيس», «آنذاك») and without a construct office
 * inside it, or null when nothing is left.
 */
export function personBounds(s: SentenceScan, from: number, to: number, margins: WordMargins): [number, number] | null {
  const word = (i: number): { text: string; key: string } => s.words[i] ?? { text: '', key: '' };
  // Inside a name of two words or more the tagger read as a person, a verb's shape alone («سيرغي» as the future
  // «سـ» + «يـ», «يوري») does not cut a word: only a verb the lexicon lists does.
  // A one-word name the tagger is fairly sure of is cut by no shape either (oneWordYields, ONE_WORD_SHAPE_MARGIN).
  const verbShapes = to - from < 2 && s.on('tagged-one-word-shapes') && !oneWordYields(margins, from, to, ONE_WORD_SHAPE_MARGIN);
  // A word after a name's link is a name's word though it is also a title («عبد الملك», «ولد الشيخ»).
  const afterLink = (i: number): boolean => i > from && followsNameLink(s.words, i);
  // A kunya word opening the name, with a word after it («أم يوسف»: «أم» is also «or»).
  const kunya = (i: number, key: string): boolean => i === from && i + 1 < to && opensKunya(key, word(i + 1).key);
  const nameLike = (i: number): boolean => {
    const w = word(i);
    const key = i === from ? personReading(w.key, s.scan.known) : w.key;
    if (readsAs(key, TITLE_WORDS) !== null && !afterLink(i)) return false;
    // «لل» after the name's first word («جابر للصحافيين») opens no surname; «با», «بال» do (Maghrebi «محمد بالحاج»).
    if (i > from && !margins.actor(i) && lamBeforeArticle(w.key)) return false;
    return NAME_LINKS.has(w.key) || margins.actor(i) || isNameWord(w.text, key, verbShapes) || givenName(w.text, key) || kunya(i, key);
  };
  // The last word of a name of two words or more the tagger read as a person, written as a family name
  // («ال…ي»: «عبير الجندي», «محمد شياع السوداني»), stays though it is also a common noun or an adjective: the
  // tagger's training data tags nationality adjectives outside names, so it takes one into a name only as a surname.
  // So does the family's name with its article closing a lineage of three words or more («مشعل الأحمد الجابر
  // الصباح»: «الصباح» is also the morning), unless it is a title or an adjective that names nothing («الثاني» stays
  // by the word tests, «السابق» goes) or a direction («… الشمالية»). A time word or weekday the tagger ran on into
  // is none, whatever its shape («محمد بن زايد الأحد», «… الماضي»); a direction of the family name's shape may be
  // one («الشرقي», «الغربي»).
  const familyName = (i: number): boolean => {
    const key = word(i).key;
    if (i !== to - 1 || to - from < 2 || TIME_WORDS.has(key)) return false;
    return hasFamilyNameShape(key) || (to - from >= 3 && key.startsWith('ال') && readsAs(key, TITLE_WORDS) === null && !isPlainAdjective(key) && !DIRECTIONS.has(key));
  };
  let a = from;
  let b = to;
  if (to - from >= 2 && clauseVerb(s, from)) a++;
  while (a < b && !nameLike(a)) a++;
  if (s.on('tagged-bounds-shapes') && openedByDescriptor(s, a, b, margins)) a++;
  // A word after the first that is «و» and a definite word or a function word starts a coordinated word
  // («رونالدينيو والأرجنتيني»): a name's words have no article after «و». Other words that open with «و» may be a
  // surname's own letter («سعد بن أبي وقاص»), and so may a doubled «وو» («تايغر وودز»: doubledWawName).
  for (let i = a + 1; i < b; i++) {
    const basis = conjunctionReading(word(i).key)?.basis;
    if ((basis === 'article' || basis === 'word') && !doubledWawName(word(i).key)) { b = i; break; }
  }
  // A title heading a construct office inside the span ends the name before it («… آل ثاني أمير البلاد»).
  for (let i = a + 1; i < b; i++) if (headsTitleConstruct(s.words, i) && !afterLink(i)) { b = i; break; }
  // A title word closing a name the tagger read, fairly sure, that heads no office after it («حسين الشيخ بأن»,
  // «طارق أمين إن»), is the family's name: a title stands before the name it gives, not after it.
  const titleSurname = (i: number): boolean => i === to - 1 && i > a && s.on('tagged-title-surname') && oneWordYields(margins, i, i + 1, ONE_WORD_SHAPE_MARGIN) && !headsTitleConstruct(s.words, i) && readsAs(word(i).key, TITLE_WORDS) !== null;
  // A definite ordinal closing a name the tagger read is a regnal number («تشارلز الأول», «ليو الرابع عشر») after
  // one given name («عبد الله الثاني» is one), whatever the word tests or the family name's shape read; after more it
  // is a rank («اللاعب أحمد حسن الثالث»), unless a reigning title stands before the name («الملك فرانز جوزيف الأول»).
  const ordinalAt = (i: number): boolean => closesDefiniteOrdinal(word(i).key, word(i - 1).key);
  const reigns = a > 0 && !breaksBefore(s.words, a) && readsAs(word(a - 1).key, REGNAL_TITLES) !== null;
  const given = NAME_LINKS.has(word(a).key) ? a + 2 : a + 1;
  const regnal = (i: number): boolean => {
    // The ordinal's first word: the unit of one of 11–19 («الرابع» of «الرابع عشر»).
    const unit = ordinalAt(i - 1) ? i - 1 : i;
    return unit > a && (unit === given || reigns);
  };
  const keeps = (i: number): boolean => {
    if (i > a && ordinalAt(i)) return regnal(i);
    return nameLike(i) || (familyName(i) && i > a) || titleSurname(i);
  };
  const endsName = (i: number): boolean => keeps(i) && !NAME_LINKS.has(word(i).key) && !(i > a && s.on('tagged-bounds-shapes') && runsOnPast(word(i).key));
  while (b > a && !endsName(b - 1)) b--;
  return b > a ? [a, b] : null;
}
