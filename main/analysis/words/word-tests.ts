import { dropsArticle, encliticReadings, isStopword, procliticReadings, withoutMarks } from '../../text/arabic/index.ts';
import { isOrdinalWord } from '../../text/arabic/ordinals.ts';
import type { Gazetteer } from '../../text/gazetteer/gazetteer.ts';
import { isGivenName, PREPOSITION_ALA, writtenWithYeh } from '../../text/gazetteer/given-names.ts';
import {
  BYLINE_CUES, COMMON_NOUNS, FUNCTION_WORDS, PERSON_DESCRIPTORS, NAMES_LIKE_STOPWORDS, COMMON_VERBS, DIRECTIONS, FACILITY_CUES, ORG_HEADS, PLACE_CUES, QUALIFIERS, REPORTING_VERBS,
  TIME_WORDS, TITLE_WORDS, YA_NAMES,
} from './lexicon.ts';
import { isDefinite, readingsKeepingArticle } from './sentence-tokens.ts';

const LETTERS = /^[\p{L}\p{M}\u0640\u200C\u200D]+$/u;
const BLOCKED: readonly ReadonlySet<string>[] = [TITLE_WORDS, PERSON_DESCRIPTORS, ORG_HEADS, PLACE_CUES, FACILITY_CUES, COMMON_NOUNS, REPORTING_VERBS, COMMON_VERBS, BYLINE_CUES, TIME_WORDS, DIRECTIONS, QUALIFIERS];

/** Anything that can say whether it knows a key: a Set, or a Map keyed by matching keys. */
export interface Lexicon {
  has(key: string): boolean;
}

/** Whether some proclitic reading of `key` (the word itself first) is in `set`. */
export function readsAs(key: string, set: Lexicon): string | null {
  for (const r of procliticReadings(key)) if (set.has(r)) return r;
  return null;
}

/**
 * Whether a word is an adjective that names nothing: an ordinal in any form («ثانية», «الأول») or a qualifier
 * with or without its article («السابق», «جديدة»: the qualifiers are listed definite). After a place cue it
 * describes the place the cue speaks of («من ناحية ثانية», «منطقة جديدة»), never names one.
 */
export function isPlainAdjective(key: string): boolean {
  return isOrdinalWord(key) || procliticReadings(key).some((r) => QUALIFIERS.has(r) || QUALIFIERS.has(`ال${r}`));
}

/** Like readsAs, but the article is kept: «الرئيس» is not «رئيس» (a definite title is another title). */
export function readsAsKeepingArticle(key: string, set: Lexicon): string | null {
  for (const r of readingsKeepingArticle(key)) if (set.has(r)) return r;
  return null;
}

/** An imperfect verb («يلتقي», «ويؤكد»): «ي» + at least three letters, unless a given name. */
export function looksLikeVerb(key: string, shapes = true, throughArticle = true): boolean {
  for (const r of procliticReadings(key).slice(0, 3)) {
    // A verb takes no article: «النقل» is transport, not «ال» + the verb «نقل». The tagger's word classes still read
    // through it (its model was trained so); a rule that ends a name at a verb asks without (throughArticle false).
    if (!throughArticle && dropsArticle(key, r)) continue;
    if (COMMON_VERBS.has(r) || REPORTING_VERBS.has(r)) return true;
    if (!shapes) continue;
    // The «ي» prefix only on the word or after «و»: «فيدان» is a name, not ف + «يدان».
    if ((r === key || key === 'و' + r) && r.startsWith('ي') && r.length >= 4 && !YA_NAMES.has(r)) return true;
    // The future «سـ»: «سيزور», «ستعقد».
    if (r === key && /^س[يتن]/u.test(r) && r.length >= 5) return true;
  }
  // Past plurals («قالوا», «أكدوا») end in «وا».
  return shapes && key.length >= 4 && key.endsWith('وا');
}

/** Whether a key is a verb in the feminine singular perfect («قالت», «وكشفت»): its subject is a woman or a body. */
export function isFeminineVerb(key: string): boolean {
  return looksLikeVerb(key) && procliticReadings(key).some((r) => r.length >= 4 && r.endsWith('ت'));
}

/**
 * A word written as a family name, «ال…ي» («السوداني», «الجندي»): the tagger's training data tags nationality
 * adjectives outside names, so this shape is read as a surname only where a name already stands around it.
 */
export function hasFamilyNameShape(key: string): boolean {
  return isDefinite(key) && key.endsWith('ي');
}

/** A nationality adjective in any inflection, with or without proclitics. */
export function isNisba(key: string, gazetteer: Gazetteer): boolean {
  return readsAs(key, gazetteer.nisba) !== null;
}

/**
 * Whether `key` is a nationality adjective agreeing in definiteness with the definite word `before` it, which it
 * then describes («رئيس الوزراء السوداني», «الجيش الأردني»: the Sudanese prime minister, the Jordanian army), as an
 * adjective follows its noun, rather than a family name of that shape («قال السوداني»: a verb before it).
 */
export function describesDefiniteBefore(before: string, key: string, gazetteer: Gazetteer): boolean {
  return isDefinite(key) && isDefinite(before) && isNisba(key, gazetteer) && !isNisba(before, gazetteer);
}

/**
 * Whether reading `r` of `key` would put a conjunction after a preposition («كوفي» as «ك» + «وفي»): Arabic writes
 * the conjunction first («وكـ», never «كو»), so that reading is no stopword written with a preposition.
 */
function conjunctionAfterPreposition(key: string, r: string): boolean {
  return key.length === r.length + 1 && /^[بكل]و/u.test(key);
}

/**
 * Whether a word that is also a function word is written as the name («علي», «باسم»; «على» is the preposition), or
 * as a given name whose final hamza the key drops («هناء», «بهاء»: the key spells «هنا», «بها», which no hamza ends).
 */
export function writtenAsName(text: string, key: string): boolean {
  return (NAMES_LIKE_STOPWORDS.has(key) && (key !== PREPOSITION_ALA || writtenWithYeh(text))) || (withoutMarks(text).endsWith('ء') && isGivenName(key));
}

/**
 * Whether a word may be part of a person's name: letters only, not a function word, title, cue, verb,
 * common noun, time word or qualifier, read with and without its proclitics.
 */
export function isNameWord(text: string, key: string, verbShapes = true): boolean {
  if (!LETTERS.test(text) || key.length < 2) return false;
  // Stopword lists hold verbs such as «شرع», so the article is kept here: «الشرع» is a name.
  // «علي» and «على» share a key; the name is written with «ي».
  const nameLike = writtenAsName(text, key);
  if (!nameLike) for (const r of readingsKeepingArticle(key)) if ((isStopword(r) || FUNCTION_WORDS.has(r)) && !conjunctionAfterPreposition(key, r)) return false;
  if (!nameLike) for (const r of procliticReadings(key)) if (BLOCKED.some((s) => s.has(r))) return false;
  // With a pronoun written on: «قادته», «إنهم».
  for (const r of encliticReadings(key).slice(1)) if (isStopword(r) || COMMON_NOUNS.has(r) || TITLE_WORDS.has(r)) return false;
  return !looksLikeVerb(key, verbShapes);
}

/** Definite, or a proper noun the gazetteer knows (which needs no article: «وزراء العراق», «سفير إيران»). */
export function isDefiniteLike(key: string, gazetteer: Gazetteer): boolean {
  if (isDefinite(key)) return true;
  return readsAs(key, gazetteer.byKey) !== null;
}
