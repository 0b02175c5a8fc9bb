/**
 * The features of one word on its own, and what its neighbours may read of it (arabic-ner notes, "features
 * per token"): the normalised word, its readings without clitics, its light stem, prefixes and suffixes, its
 * shape and its classes (word-classes.ts). Computed once per distinct token and gazetteer, then reused.
 */
import { lightStem, normalise, particleReadings } from '../../text/arabic/index.ts';
import type { Gazetteer } from '../../text/gazetteer/gazetteer.ts';
import { hashString, mixHashes } from '../../text/hash.ts';
import { wordClasses } from './word-classes.ts';

export interface WordFeatures {
  /** Hashed features of the word itself, its identity first (see `lexical`). */
  own: Uint32Array;
  /** How many of `own` name the word itself (word, stem, readings): training hides them at times (see perceptron.ts). */
  lexical: number;
  /**
   * What a neighbour at offset d reads of this word (index d + WINDOW): its descriptions (word, shape, bare form,
   * classes) mixed with the offset, computed once; the word itself only within two tokens.
   */
  contextAt: Uint32Array[];
  /** Hash of the light stem, for bigrams of neighbouring stems. */
  stem: number;
  /** Hash of the word, for bigrams of neighbouring words. */
  word: number;
}

/** How far on each side a token's features read its neighbours. */
export const WINDOW = 3;
const OFFSET_SEEDS = Array.from({ length: 2 * WINDOW + 1 }, (_, k) => hashString(`offset:${k - WINDOW}`));

const WORD_CHARS = /[\p{L}\p{M}\p{N}\u0640]+/gu;

/** The shape of a token: Arabic, Latin, digits, punctuation, or mixed. */
export function wordShape(raw: string): string {
  const arabic = /[\u0600-\u06ff]/u.test(raw);
  const latin = /[A-Za-z\u00c0-\u024f]/u.test(raw);
  const digit = /\p{N}/u.test(raw);
  const kinds = (arabic ? 'A' : '') + (latin ? 'L' : '') + (digit ? 'D' : '');
  return kinds.length === 0 ? 'P' : kinds.length > 1 ? 'X' + kinds : kinds;
}

const KEYS = new Map<string, string>();

/** The matching key of a token's letters and digits, punctuation written onto it dropped («(د» → «د»). Memoised. */
export function tokenKey(raw: string): string {
  let key = KEYS.get(raw);
  if (key !== undefined) return key;
  key = normalise((raw.match(WORD_CHARS) ?? []).join(''));
  if (KEYS.size >= MEMO_LIMIT) KEYS.clear();
  KEYS.set(raw, key);
  return key;
}

function computeWordFeatures(raw: string, gazetteer: Gazetteer): WordFeatures {
  const key = tokenKey(raw);
  const shape = wordShape(raw);
  const classes = key.length === 0 ? [] : wordClasses(key, gazetteer);
  const stem = key.length === 0 ? raw : lightStem(key);
  const readings = key.length === 0 ? [] : particleReadings(key, true);
  const bare = readings.at(-1) ?? key;
  const own = [`w:${key.length === 0 ? raw : key}`, `st:${stem}`, ...readings.slice(1).map((r) => `r:${r}`)];
  const lexical = own.length;
  own.push('bias', `sh:${shape}`, `len:${Math.min(key.length, 9)}`);
  if (key.length !== raw.length && key.length > 0 && /[^\p{L}\p{M}\p{N}\u0640]/u.test(raw)) own.push('punct-attached');
  for (let n = 1; n <= 3; n++) {
    if (key.length > n) own.push(`p${n}:${key.slice(0, n)}`, `s${n}:${key.slice(-n)}`);
    if (bare !== key && bare.length > n) own.push(`bp${n}:${bare.slice(0, n)}`, `bs${n}:${bare.slice(-n)}`);
  }
  for (const c of classes) own.push(`c:${c}`);
  // Letter trigrams of the word without its particles: transliterated foreign names share them («ـيه», «ـوف»).
  const padded = `^${bare}$`;
  if (bare.length >= 3) for (let i = 0; i + 3 <= padded.length; i++) own.push(`t3:${padded.slice(i, i + 3)}`);
  const context = [`w:${key.length === 0 ? raw : key}`, `sh:${shape}`, `b:${bare}`, ...classes.map((c) => `c:${c}`)];
  const described = Uint32Array.from(context, hashString);
  const contextAt = OFFSET_SEEDS.map((seed, k) => {
    const d = Math.abs(k - WINDOW);
    // The words themselves only next door and one further; classes and shapes across the whole window.
    return d === 0 ? new Uint32Array() : (d <= 2 ? described : described.subarray(1)).map((h) => mixHashes(h, seed));
  });
  return { own: Uint32Array.from(own, hashString), lexical, contextAt, stem: hashString(stem), word: hashString(key.length === 0 ? raw : key) };
}

// Per gazetteer (the analyst's additions make another one), per token as written. Bounded, for hostile input.
const MEMO = new WeakMap<Gazetteer, Map<string, WordFeatures>>();
const MEMO_LIMIT = 200_000;

/** The features of the token `raw` as written (memoised per gazetteer). */
export function wordFeatures(raw: string, gazetteer: Gazetteer): WordFeatures {
  let memo = MEMO.get(gazetteer);
  if (memo === undefined) {
    memo = new Map();
    MEMO.set(gazetteer, memo);
  }
  const known = memo.get(raw);
  if (known !== undefined) return known;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const out = computeWordFeatures(raw, gazetteer);
  memo.set(raw, out);
  return out;
}
