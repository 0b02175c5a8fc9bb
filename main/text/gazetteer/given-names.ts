import { z } from 'zod';
import { normalise, withoutMarks } from '../arabic/index.ts';
import givenNamesData from './given-names.json' with { type: 'json' };
import { NAME_JOINERS } from './name-joiners.ts';

const GivenNamesData = z.object({
  about: z.string(),
  male: z.array(z.string().min(1)),
  female: z.array(z.string().min(1)),
  /** Words that open a compound or kunya name: «أبو محمد», «عبد الله», «أم كلثوم». */
  kunya: z.array(z.string().min(1)),
  /** Given names of foreign people as Arabic news transliterates them («دونالد», «فلاديمير»). */
  foreign: z.array(z.string().min(1)),
  /**
   * Given names news writes with the article (the Maghreb, Sudan, Mauritania, the Gulf: «المنصف», «الطيب»). Kept
   * apart from GIVEN_NAMES, which the import's learned choosers read.
   */
  articled: z.array(z.string().min(1)),
  /**
   * Given names that are also a word news writes daily in another sense, a time of day above all («صباح الخالد»
   * beside «صباح الخميس»). Kept apart from GIVEN_NAMES like the articled ones, and for the same reasons.
   */
  everyday: z.array(z.string().min(1)),
});

const DATA = GivenNamesData.parse(givenNamesData);

/** Matching keys (see normalise) of the shipped common given names, male, female and foreign. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set([...DATA.male, ...DATA.female, ...DATA.foreign].map(normalise));

/** Matching keys of the given names written with the article («المنصف», «الباجي»). */
const ARTICLED_GIVEN_NAMES: ReadonlySet<string> = new Set(DATA.articled.map(normalise));

/**
 * Whether a definite word key is a given name news writes with the article («المنصف», «الصادق»). The list, not «ال»
 * before any given name: «الرياض», «الأمل», «البشر» and «الهلال» are a city, a noun and a body far more often.
 * Each is also the adjective or participle it comes from, so a caller decides by what stands around it
 * (find-articled-given.ts).
 */
export function isArticledGivenName(key: string): boolean {
  return ARTICLED_GIVEN_NAMES.has(key);
}

/** Matching keys of the given names that are also an everyday word («صباح»: morning). */
const EVERYDAY_GIVEN_NAMES: ReadonlySet<string> = new Set(DATA.everyday.map(normalise));

/**
 * Whether a word key is a given name that is also an everyday word news writes far more often («صباح», «فجر»: a
 * time of day, which the lexicon's TIME_WORDS lists). Like an articled given name it opens a name only where what
 * stands around it says so (find-articled-given.ts).
 */
export function isEverydayGivenName(key: string): boolean {
  return EVERYDAY_GIVEN_NAMES.has(key);
}

/** Matching keys of the words that open a kunya or «عبد» compound. */
export const KUNYA_WORDS: ReadonlySet<string> = new Set(DATA.kunya.map(normalise));

const UMM = normalise('أم');

// Given names that stopwords-iso lists for another word they spell («آمين» folds to «امين»): a name may open with them.
// «باسم» and «هنا» are left out, since «باسم الحكومة» and «هنا لبنان» open prose and mastheads.
const STOPWORD_GIVEN_NAMES: ReadonlySet<string> = new Set(['أمين', 'عوض', 'معاذ'].map((w) => normalise(w)));

/** Whether a stopword's key is also a given name that may open a person's name («أمين», «عوض», «معاذ»). */
export function isStopwordGivenName(key: string): boolean {
  return STOPWORD_GIVEN_NAMES.has(key);
}

/**
 * Whether the word keys `first` and `next` open a kunya name («أبو محمد», «أم يوسف»). «أم» is also «or» between two
 * names («ترامب أم بايدن»), so it opens one only before a given name the list knows.
 */
export function opensKunya(first: string, next: string): boolean {
  return KUNYA_WORDS.has(first) && (first !== UMM || isGivenName(next));
}

/**
 * Whether a name opens as a person's does: its first word a common given name (the gazetteer's list), or a kunya word
 * («أبو», «عبد», «أم», «ابن» …) opening a name of three words or more. The word after the kunya is not tested: the list
 * has no «الله», «الرحمن», so «عبد الله الشمري» would fail.
 */
export function opensWithGivenName(name: string): boolean {
  const words = name.split(/\s+/u).map((w) => normalise(w));
  return isGivenName(words[0] ?? '') || (KUNYA_WORDS.has(words[0] ?? '') && words.length > 2);
}

/**
 * Whether a word key is a known given name: in the shipped list, or a compound written as one word
 * («عبدالله», «أبوبكر»), which name-key folding would otherwise split.
 */
export function isGivenName(key: string): boolean {
  if (GIVEN_NAMES.has(key)) return true;
  return /^(?:عبد|ابو)\p{L}{2,}$/u.test(key);
}

/** The key normalise gives both the preposition «على» and the name «علي». */
export const PREPOSITION_ALA = normalise('على');

/**
 * Whether a word normalise folds to «على» is written with a final yeh, Arabic or Persian («علي», «علی», «عليّ»),
 * marks and tatweel aside: the name's spelling; «على» with alef maqsura is the preposition's (and Egypt's name).
 */
export function writtenWithYeh(word: string): boolean {
  return /[يی]$/u.test(withoutMarks(word));
}

/**
 * Whether `words[at]`, which normalise folds to the preposition «على», is the given name «علي» in this run of name
 * words. Written with its yeh it is the name where a name has its given names: opening the run («علي الشامي») or after
 * another given name («محمد علي حسن»), a joiner or «آل» («فاطمة بنت علي»); the preposition takes an object after it, so «ردّ علي» (Egyptian writing
 * spells the preposition with a yeh too) is not read as a name. Written «على» (the Egyptian spelling of the name, and
 * everywhere the preposition) it is the name only where the preposition cannot stand: closing the run, after a given
 * name («محمد على»).
 */
export function isGivenNameAli(words: readonly string[], at: number): boolean {
  const word = words[at] ?? '';
  if (normalise(word) !== PREPOSITION_ALA) return false;
  const before = words[at - 1] ?? '';
  const afterGivenName = at > 0 && isGivenName(normalise(before));
  if (writtenWithYeh(word)) return at === 0 || afterGivenName || NAME_JOINERS.has(before) || before === 'آل';
  return at === words.length - 1 && afterGivenName;
}
