import { lightStem, particleReadings, type Token } from '../../text/arabic/index.ts';
import { contentTermWords, countShared } from '../summary/bag-of-words.ts';
import { verbalKeyOf } from '../../text/arabic/verbal-root.ts';

// Words on each side of a figure that say what it is about («عبر … معبر رفح»).
export const WINDOW = 8;

/**
 * The content terms (Light10 stems, no stopwords) within a window of tokens around [from, to), leaving out
 * the span itself and any terms in `exclude` (the counted noun, the ordinal): what a figure or an ordinal is about.
 * No token before `leftBound` is read (a whole's figure reads nothing of what its part was said of).
 */
export function contextTerms(text: string, tokens: readonly Token[], from: number, to: number, exclude: readonly string[] = [], leftBound = 0): Set<string> {
  const left = tokens[Math.max(leftBound, from - WINDOW)];
  const right = tokens[Math.min(tokens.length, to + WINDOW) - 1];
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!first || !last) return new Set();
  const before = left && left.start < first.start ? text.slice(left.start, first.start) : '';
  const after = right && right.end > last.end ? text.slice(last.end, right.end) : '';
  const drop = new Set(exclude);
  return termSet([...contentTermWords(before), ...contentTermWords(after)].filter((w) => !drop.has(w.term)));
}

/** The content terms of the `n` tokens before token `at` (the words that lead up to a figure: «بإدانة 11»). */
export function termsBefore(text: string, tokens: readonly Token[], at: number, n: number): Set<string> {
  const first = tokens[Math.max(0, at - n)];
  const end = tokens[at];
  return termSet(first && end && first.start < end.start ? contentTermWords(text.slice(first.start, end.start)) : []);
}

// The shortest reading a word may be stemmed from once its preposition is read off: shorter ones are more often a
// word's own letters.
const MIN_BARE = 3;

/**
 * Each term's stem without the preposition written on its word, where it has one (particleReadings): Light10 keeps a
 * bare «ب» or «ل», so «بإرجاع» and «إرجاع», «لقسم» and «قسم» are two terms, and two reports of one figure («مع إرجاع
 * 46 …» / «وألزمتهم بإرجاع 53 …») would share too few words to be compared. Kept beside the set rather than in it: the
 * letter may be the word's own («برنامج», «فساد»), and the word as written must still meet itself.
 */
const WORDS = new WeakMap<ReadonlySet<string>, readonly { key: string; term: string }[]>();
interface Bare {
  /** A term's stem without its word's preposition, for the terms whose word has one. */
  of: ReadonlyMap<string, string>;
  /** The terms and those stems together. */
  forms: ReadonlySet<string>;
}
const BARE = new WeakMap<ReadonlySet<string>, Bare>();

function termSet(words: readonly { key: string; term: string }[]): Set<string> {
  const set = new Set(words.map((w) => w.term));
  WORDS.set(set, words);
  return set;
}

/** A set's terms read without their preposition, worked out the first time a comparison needs them (most sets never meet another). */
function bareOf(set: ReadonlySet<string>): Bare {
  const known = BARE.get(set);
  if (known !== undefined) return known;
  const of = new Map<string, string>();
  for (const { key, term } of WORDS.get(set) ?? []) {
    const readings = particleReadings(key).filter((r) => r.length >= MIN_BARE);
    const bare = readings[readings.length - 1];
    const stem = bare === undefined || bare === key ? term : lightStem(bare);
    if (stem !== term && stem.length >= 2) of.set(term, stem);
  }
  const bare = { of, forms: of.size === 0 ? set : new Set([...set, ...of.values()]) };
  BARE.set(set, bare);
  return bare;
}

/**
 * How many of `a`'s terms `b` holds: the same stem, or the same once the preposition written on either word is read
 * off («بارجاع» meets «ارجاع»).
 */
export function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  return sharedTerms(a, b, false);
}

/**
 * sharedCount, one verb in two persons and tenses meeting too on its verbal key (text/arabic/verbal-root.ts): «تضطر»
 * and «اضطرت» are two Light10 stems. Only for the few ordinals of a selection: reading every figure's context words'
 * verbal keys would cost an assembly of thousands of articles more than it is worth.
 */
export function sharedCountWithVerbs(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  return sharedTerms(a, b, true);
}

function sharedTerms(a: ReadonlySet<string>, b: ReadonlySet<string>, verbs: boolean): number {
  const bareA = bareOf(a);
  const bareB = bareOf(b);
  if (!verbs && bareA.of.size === 0 && bareB.of.size === 0) return countShared(a, b);
  let n = 0;
  const keysB = verbs ? verbalKeys(b) : undefined;
  const keysA = verbs ? verbalKeys(a) : undefined;
  for (const t of a) {
    const ta = bareA.of.get(t);
    const va = keysA?.byTerm.get(t);
    if (bareB.forms.has(t) || (ta !== undefined && bareB.forms.has(ta)) || (va !== undefined && keysB?.keys.has(va) === true)) n++;
  }
  return n;
}

interface VerbalKeys { byTerm: ReadonlyMap<string, string>; keys: ReadonlySet<string> }

const VERBAL = new WeakMap<ReadonlySet<string>, VerbalKeys>();

/** The verbal keys of a set's words, by term, and the set of them; worked out the first time a comparison asks. */
function verbalKeys(set: ReadonlySet<string>): VerbalKeys {
  const known = VERBAL.get(set);
  if (known !== undefined) return known;
  const byTerm = new Map<string, string>();
  for (const { key, term } of WORDS.get(set) ?? []) {
    const v = verbalKeyOf(key);
    if (v !== null) byTerm.set(term, v);
  }
  const out = { byTerm, keys: new Set(byTerm.values()) };
  VERBAL.set(set, out);
  return out;
}
