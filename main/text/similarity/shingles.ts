/**
 * Word shingles and their Jaccard similarity (Broder 1997): the one measure of textual overlap, used for
 * near-duplicate sentences in a brief (summary) and near-duplicate articles in the library (MinHash).
 */

/**
 * The word n-shingles of a sequence of matching keys, in order (repeats included): each run of n keys joined
 * by a space. A sequence shorter than n gives one shingle of the whole; an empty one gives none.
 */
export function shingleTexts(keys: readonly string[], n = 3): string[] {
  if (keys.length === 0) return [];
  if (keys.length < n) return [keys.join(' ')];
  const out: string[] = [];
  for (let i = 0; i + n <= keys.length; i++) out.push(keys.slice(i, i + n).join(' '));
  return out;
}

/** The set of word n-shingles of a sequence of matching keys (see shingleTexts). */
export function shingles(keys: readonly string[], n = 3): Set<string> {
  return new Set(shingleTexts(keys, n));
}

/** A shingle set: a Set, or a sorted array of unique shingle hashes. */
export type ShingleSet = ReadonlySet<string> | Uint32Array;

function size(s: ShingleSet): number {
  return s instanceof Uint32Array ? s.length : s.size;
}

function sharedSorted(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

function sharedSets(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared;
}

/**
 * The Jaccard similarity |A ∩ B| / |A ∪ B| of two shingle sets of the same kind (two Sets, or two sorted
 * unique hash arrays). Two empty sets have no union, so the caller says what they count as: `bothEmpty`
 * (1 for "the same text", 0 for "nothing to compare").
 */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>, bothEmpty: number): number;
export function jaccard(a: Uint32Array, b: Uint32Array, bothEmpty: number): number;
export function jaccard(a: ShingleSet, b: ShingleSet, bothEmpty: number): number {
  if (size(a) === 0 && size(b) === 0) return bothEmpty;
  const shared = a instanceof Uint32Array ? sharedSorted(a, b as Uint32Array) : sharedSets(a, b as ReadonlySet<string>);
  return shared / (size(a) + size(b) - shared);
}
