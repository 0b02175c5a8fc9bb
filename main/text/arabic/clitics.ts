/**
 * Clitic handling on matching keys (see normalise): Arabic writes conjunctions, prepositions and the
 * article onto the word («وللرئيس» = و + ل + الرئيس), and possessive pronouns after it.
 *
 * Stripping is only safe where the rest is a known word: «وزارة» is not و + «زارة», «لبنان» is not ل + «بنان».
 * So `procliticReadings` lists candidate readings and the caller accepts one only if its lexicon knows it.
 */

import { afterConjunction, CONJUNCTIONS } from './conjunction.ts';

const PREPOSITIONS = ['ب', 'ك', 'ل'];
/** The third-person pronouns written onto a word («ـه»، «ـها»، «ـهما»، «ـهم»، «ـهن»), which ENCLITICS includes. */
export const THIRD_PERSON_ENCLITICS: readonly string[] = ['هما', 'هم', 'هن', 'ها', 'ه'];
const ENCLITICS = ['هما', 'كما', 'هم', 'هن', 'كم', 'كن', 'نا', 'ها', 'ه', 'ك', 'ي'];
const MIN_STEM = 2;
const ARTICLE = 'ال';
// The letters a proclitic is written with, from the lists the readings strip (ARTICLE and «لل» included), so a
// proclitic added to them reaches mayCarryProclitic too.
const PROCLITIC_LETTERS: ReadonlySet<string> = new Set([...CONJUNCTIONS, ...PREPOSITIONS, ARTICLE, 'لل'].map((p) => p.charAt(0)));

function withoutPrefix(word: string, prefix: string): string | null {
  return word.startsWith(prefix) && word.length - prefix.length >= MIN_STEM ? word.slice(prefix.length) : null;
}

/**
 * Whether `key` may have a reading other than itself (procliticReadings): only a key that opens with a letter a
 * proclitic is written with (a conjunction و ف, a preposition ب ك ل or «لل», the article's alef) and keeps a stem
 * after it has one. Asked before a lookup where most keys have none: the index's text asks it of every word.
 */
export function mayCarryProclitic(key: string): boolean {
  return key.length >= MIN_STEM + 1 && PROCLITIC_LETTERS.has(key.charAt(0));
}

// Readings per key, memoised: every analysis asks for the readings of every token, often several times,
// and news text repeats a few thousand word forms. Bounded, in case of hostile input.
const READINGS = new Map<string, readonly string[]>();
const MEMO_LIMIT = 100_000;

/**
 * Readings of a key with its proclitics removed, most literal first:
 * «وللرئيس» → وللرئيس, للرئيس, الرئيس, رئيس. The array is shared between callers: read-only.
 */
export function procliticReadings(key: string): readonly string[] {
  const known = READINGS.get(key);
  if (known !== undefined) return known;
  if (READINGS.size >= MEMO_LIMIT) READINGS.clear();
  const out = Object.freeze(computeReadings(key));
  READINGS.set(key, out);
  return out;
}

/**
 * A word read without a preposition «ب/ك/ل» written right before its article, or null: «بالأسد», «كالأسد» →
 * «الأسد»; «للأسد» is ل + الأسد with the article's alef dropped. Only readings of at least `minLength` letters
 * count: shorter ones are more often a foreign word's own letters («بالاك»).
 */
export function definiteAfterPreposition(key: string, minLength: number): string | null {
  return procliticReadings(key).find((r) => r.startsWith('ال') && r.length >= minLength && (key === 'ب' + r || key === 'ك' + r || key === 'ل' + r.slice(1))) ?? null;
}

function computeReadings(key: string): string[] {
  const out: string[] = [key];
  const add = (w: string | null): void => {
    if (w !== null && !out.includes(w)) out.push(w);
  };
  const conj = afterConjunction(key);
  const afterConj = conj === null ? [] : [conj];
  afterConj.forEach(add);
  for (const base of [key, ...afterConj]) {
    // «لل» is ل + ال with the alef dropped.
    const ll = withoutPrefix(base, 'لل');
    if (ll !== null) add('ال' + ll);
    for (const p of PREPOSITIONS) add(withoutPrefix(base, p));
  }
  for (const w of [...out]) add(withoutPrefix(w, ARTICLE));
  return out;
}

/**
 * Whether reading `reading` of `key` (one of its procliticReadings) drops a preposition «ب/ك/ل» written onto the
 * word («لصالح» read as «صالح», «للأسد» as «الأسد»), not only a conjunction or the article: what is left is then the
 * noun a preposition governs, which a name seldom is where the word is also a common phrase («لصالح»: in favour of).
 */
export function dropsPreposition(key: string, reading: string): boolean {
  if (reading === key) return false;
  // «لل» + rest read as «ال» + rest: the preposition «ل» before the article, whose alef it drops.
  if (!key.endsWith(reading)) return reading.startsWith('ال') && /^[وف]?لل/u.test(key);
  return /[بكل]/u.test(key.slice(0, key.length - reading.length).replace(/ال$/u, ''));
}

/**
 * Whether reading `reading` of `key` (one of its procliticReadings) drops the article written before it («النقل» read
 * as «نقل», «الناجي» as «ناجي»): a verb or a given name takes no article, so such a reading is seldom either.
 */
export function dropsArticle(key: string, reading: string): boolean {
  return reading !== key && key.slice(0, key.length - reading.length).endsWith('ال');
}

const WRITTEN_ON = /^[وف]?[بلك]?$/u;
const WRITTEN_ON_WITH_ARTICLE = /^[وف]?[بلك]?(?:ال)?$/u;
const PARTICLE_READINGS = [new Map<string, readonly string[]>(), new Map<string, readonly string[]>()] as const;

/**
 * The readings of a key that drop only what is written onto the word as it stands — a conjunction and a
 * preposition, and the article too when `withArticle` — so each is an ending of the key: «والعراق» → والعراق،
 * العراق; «بدمشق» → بدمشق، دمشق. For lexicons of whole words (places, cue words, event verbs). Memoised, shared,
 * read-only.
 */
export function particleReadings(key: string, withArticle = false): readonly string[] {
  const memo = PARTICLE_READINGS[withArticle ? 1 : 0];
  const known = memo.get(key);
  if (known !== undefined) return known;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const prefix = withArticle ? WRITTEN_ON_WITH_ARTICLE : WRITTEN_ON;
  const out = Object.freeze(procliticReadings(key).filter((r) => key.endsWith(r) && prefix.test(key.slice(0, key.length - r.length))));
  memo.set(key, out);
  return out;
}

/**
 * The barest of a key's particleReadings that keeps at least `minLength` letters, else the key: a name's own first
 * letters are not particles when what is left would be too short to be a name («بوش» is no «ب» + «وش», «لوب» no
 * «ل» + «وب»), while «وبوش» is still «بوش». For matching a name wherever a document writes it.
 */
export function barestReading(key: string, minLength: number): string {
  const readings = particleReadings(key);
  for (let i = readings.length - 1; i > 0; i--) {
    const r = readings[i];
    if (r !== undefined && r.length >= minLength) return r;
  }
  return key;
}

/**
 * Readings of a key with one enclitic pronoun removed: «حكومته» → حكومته, حكومت (then ta marbuta restored: حكومه).
 * `loneAfterTa`: a one-letter pronoun «ه», «ي» or «ك» is read off only after a ta, a ta marbuta's before a pronoun —
 * it ends too many bare words (a folded ta marbuta «مدينه», a nisba «عربي», «بنك») for a reader with no lexicon to
 * accept the stem.
 */
export function encliticReadings(key: string, loneAfterTa = false): string[] {
  const out = [key];
  for (const e of ENCLITICS) {
    if (!key.endsWith(e)) continue;
    const stem = key.slice(0, -e.length);
    if (stem.length <= MIN_STEM || (loneAfterTa && e.length === 1 && !stem.endsWith('ت'))) continue;
    // A ta marbuta becomes ta before a pronoun: حكومة → حكومته.
    if (stem.endsWith('ت')) out.push(stem.slice(0, -1) + 'ه');
    out.push(stem);
  }
  return out;
}

/** The first reading of `key` (proclitics, then enclitics) that `known` accepts, or null. */
export function lookupWithClitics(key: string, known: (candidate: string) => boolean): string | null {
  for (const r of procliticReadings(key)) {
    if (known(r)) return r;
  }
  for (const r of procliticReadings(key)) {
    for (const e of encliticReadings(r).slice(1)) if (known(e)) return e;
  }
  return null;
}

/**
 * The forms under which a word is indexed for search: the key itself and its proclitic-stripped readings,
 * so that a search for «الحشد» finds «والحشد» and «بالحشد». Over-stripping costs little here because the
 * literal form is always indexed too and search ranks exact forms first.
 */
export function searchForms(key: string): readonly string[] {
  return procliticReadings(key);
}

/**
 * The forms a searched word stands for (both stores OR them): the key as typed, its readings without a conjunction
 * or a preposition written on it, the article kept («والحشد» → والحشد، الحشد; «للحشد» → للحشد، الحشد), and, for a
 * whole word, without an attached pronoun («حكومته» → حكومه). Each bare form is what the index holds for every word
 * it is written on (searchForms), so the word with clitics finds what the bare word finds. A reading that drops the
 * article is left out: «الحشد» does not search «حشد». `whole` false for the word still being typed (a prefix): then
 * only the readings that keep an article, and no pronoun.
 */
export function queryForms(key: string, whole = true): string[] {
  const readings = procliticReadings(key);
  const out: string[] = [];
  const add = (w: string): void => {
    if (!out.includes(w)) out.push(w);
  };
  // A word still being typed keeps only readings with the article and a letter after it: «بغد» is more often the
  // start of «بغداد» than «ب» before «غد…», while «والح» is the article after a conjunction whatever follows (and
  // «وال» alone would search every definite word).
  for (const r of readings) if (r === key || (!readings.includes('ال' + r) && (whole || (r.startsWith('ال') && r.length > 2)))) add(r);
  // The article and a possessive pronoun never meet on one word.
  if (whole) for (const r of [...out]) if (!r.startsWith('ال')) encliticReadings(r, true).forEach(add);
  return out;
}
