import { wordKeys } from '../arabic/index.ts';

// Kunya and «عبد» compounds are written with or without the space («عبد الله / عبدالله», «أبو ظبي / أبوظبي»),
// and the kunya changes with case («أبو / أبا / أبي»): one key form for all of them.
const COMPOUND = /(^| )(?:عبد|ابو|ابا|ابي) (?=\S)/g;

// Folded keys per joined text, memoised: actor finding tries every n-gram of every sentence against the
// gazetteer and the names already known, and the same n-grams recur. Bounded, in case of hostile input.
const FOLDED = new Map<string, string>();
const MEMO_LIMIT = 100_000;

/** Joins word keys into a name key, folding the compound and kunya spellings. */
export function joinNameKeys(keys: readonly string[]): string {
  const joined = keys.join(' ');
  const known = FOLDED.get(joined);
  if (known !== undefined) return known;
  if (FOLDED.size >= MEMO_LIMIT) FOLDED.clear();
  const out = joined
    .replace(COMPOUND, (m, lead: string) => `${lead}${m.trim().startsWith('عبد') ? 'عبد' : 'ابو'}`)
    .replace(/(^| )ابن(?= )/g, '$1بن');
  FOLDED.set(joined, out);
  return out;
}

// The ends of each set of keys asked about (the gazetteer's, a selection's known names), made once per set.
const ENDS = new WeakMap<object, ReadonlySet<string>>();

/**
 * The word keys that the last of joined words can be when joinNameKeys makes one of `keys`: each key's last word, and
 * that word after a leading «عبد»/«ابو» (the fold joins «عبد الله» into «عبدالله», and «ابن» is never last). A run of
 * words whose last is not among them joins to none of the keys, so a search can skip it without joining it.
 */
export function nameKeyEnds(keys: ReadonlySet<string> | ReadonlyMap<string, unknown>): ReadonlySet<string> {
  let ends = ENDS.get(keys);
  if (ends === undefined) {
    const set = new Set<string>();
    for (const key of keys.keys()) {
      const last = key.slice(key.lastIndexOf(' ') + 1);
      set.add(last);
      if (last.startsWith('عبد') || last.startsWith('ابو')) set.add(last.slice(3));
    }
    ENDS.set(keys, (ends = set));
  }
  return ends;
}

/** The matching key of a name as written: normalised words, one space apart, compounds folded. */
export function nameKey(name: string): string {
  return joinNameKeys(wordKeys(name));
}

/**
 * The consonant skeleton of a word's key: long vowels dropped, so «ترامب» and «ترمب», «نتنياهو» and «نتانياهو»,
 * «باسم» and «بسام» meet. Too coarse to say two names are one, fine for proposing it or finding one by the other.
 */
export function nameSkeleton(word: string): string {
  return word.replace(/[اوي]/gu, '');
}
