import { lightStem, particleReadings, type Token } from '../../text/arabic/index.ts';
import { contentTermWords } from '../summary/bag-of-words.ts';
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
  /**
   * A term's verbal key (text/arabic/verbal-root.ts), for the terms whose word has a verbal shape: «تضطر» and
   * «اضطرت», one verb in two persons and tenses, are two Light10 stems but one key.
   */
  verbal: ReadonlyMap<string, string>;
  /** The terms, those stems and those keys (marked «v:») together. */
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
  const verbal = new Map<string, string>();
  for (const { key, term } of WORDS.get(set) ?? []) {
    const readings = particleReadings(key).filter((r) => r.length >= MIN_BARE);
    const bare = readings[readings.length - 1];
    const stem = bare === undefined || bare === key ? term : lightStem(bare);
    if (stem !== term && stem.length >= 2) of.set(term, stem);
    const v = verbalKeyOf(key);
    if (v !== null) verbal.set(term, `v:${v}`);
  }
  const extra = [...of.values(), ...verbal.values()];
  const bare = { of, verbal, forms: extra.length === 0 ? set : new Set([...set, ...extra]) };
  BARE.set(set, bare);
  return bare;
}

/**
 * How many of `a`'s terms `b` holds: the same stem, the same once the preposition written on either word is read
 * off («بارجاع» meets «ارجاع»), or one verb's key («تضطر» meets «اضطرت»).
 */
export function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const bareA = bareOf(a);
  const bareB = bareOf(b);
  let n = 0;
  if (bareA.of.size === 0 && bareB.of.size === 0 && (bareA.verbal.size === 0 || bareB.verbal.size === 0)) {
    for (const t of a) if (b.has(t)) n++;
    return n;
  }
  for (const t of a) {
    const ta = bareA.of.get(t);
    const va = bareA.verbal.get(t);
    if (bareB.forms.has(t) || (ta !== undefined && bareB.forms.has(ta)) || (va !== undefined && bareB.forms.has(va))) n++;
  }
  return n;
}
