/**
 * The classes a word belongs to, as features of the tagger: the actor finder's cue lexicon (titles, heads,
 * cues, reporting verbs, name links…), the gazetteers (given names, kunyas, nationality adjectives, places,
 * organisations, outlets) and word-shape tests (definite, verb-like, verbal noun, plural). Each class is read
 * through the clitic readings the actor finder uses, so «وللرئيس» is a title word as «الرئيس» is.
 */
import { isStopword, particleReadings, procliticReadings } from '../../text/arabic/index.ts';
import type { Gazetteer } from '../../text/gazetteer/gazetteer.ts';
import { FOREIGN_GIVEN_NAMES, FOREIGN_SURNAMES } from '../../text/gazetteer/foreign-names.ts';
import { isGivenName, KUNYA_WORDS } from '../../text/gazetteer/given-names.ts';
import {
  BYLINE_CUES, COMMON_NOUNS, COMMON_VERBS, DEFINITE_ORG_HEADS, DIRECTIONS, FACILITY_CUES, FUNCTION_WORDS, MEDIA_HEADS, NAME_LINKS, ORG_HEADS,
  PLACE_CUES, QUALIFIERS, REPORTING_VERBS, TIME_WORDS, TITLE_WORDS, TOPONYM_HEADS,
} from '../words/lexicon.ts';
import { isMasdarShaped, isPluralShaped } from '../words/word-shapes.ts';
import { isDefinite } from '../words/sentence-tokens.ts';
import { looksLikeVerb, readsAs, readsAsKeepingArticle } from '../words/word-tests.ts';

/** The cue lexicon's lists each word is looked up in, by the class name they give it. */
export const LEXICON_CLASSES: readonly [string, ReadonlySet<string>][] = [
  ['title', TITLE_WORDS], ['org-head', ORG_HEADS], ['media-head', MEDIA_HEADS], ['def-org-head', DEFINITE_ORG_HEADS],
  ['place-cue', PLACE_CUES], ['facility-cue', FACILITY_CUES], ['toponym-head', TOPONYM_HEADS], ['reporting', REPORTING_VERBS],
  ['verb', COMMON_VERBS], ['common-noun', COMMON_NOUNS], ['function', FUNCTION_WORDS], ['time', TIME_WORDS],
  ['direction', DIRECTIONS], ['qualifier', QUALIFIERS], ['byline', BYLINE_CUES],
];

/** Foreign given names and surnames (foreign-names.ts), read as written or under proclitics («وزيلينسكي»). */
export const FOREIGN_NAME_CLASSES: readonly [string, ReadonlySet<string>][] = [['foreign-given', FOREIGN_GIVEN_NAMES], ['foreign-surname', FOREIGN_SURNAMES]];

/** The class names of one word key (a matching key; empty for punctuation). */
export function wordClasses(key: string, gazetteer: Gazetteer): string[] {
  if (key.length === 0) return [];
  const out: string[] = [];
  for (const [name, set] of LEXICON_CLASSES) {
    if (readsAsKeepingArticle(key, set) !== null) out.push(name);
    else if (readsAs(key, set) !== null) out.push(name + '~');
  }
  if (NAME_LINKS.has(key)) out.push('name-link');
  if (KUNYA_WORDS.has(key)) out.push('kunya');
  if (isStopword(key)) out.push('stop');
  if (isGivenName(key)) out.push('given');
  else if (procliticReadings(key).some((r) => r !== key && isGivenName(r))) out.push('given~');
  for (const [name, set] of FOREIGN_NAME_CLASSES) {
    if (set.has(key)) out.push(name);
    else if (readsAs(key, set) !== null) out.push(name + '~');
  }
  if (readsAs(key, gazetteer.nisba) !== null) out.push('nisba');
  for (const r of particleReadings(key, true)) {
    for (const e of gazetteer.byKey.get(r) ?? []) out.push(`gaz1:${e.outlet ? 'outlet' : e.type}`);
    if (gazetteer.firstWords.has(r)) out.push('gaz-first');
  }
  if (isDefinite(key)) out.push('definite');
  if (looksLikeVerb(key)) out.push('verb-like');
  if (procliticReadings(key).some((r) => isMasdarShaped(r))) out.push('masdar');
  if (isPluralShaped(key)) out.push('plural');
  return [...new Set(out)];
}
