/**
 * An inverted index of `items`: each key `keysOf` gives with the indices of the items that give it, ascending (the
 * items are read in order). A pairwise test then looks only at items that share a key: sentences sharing a shingle or
 * an anchor, figures of one sense, ordinals of one noun class, sentences sharing a term, denials of one article.
 */
export function postings<T, K>(items: readonly T[], keysOf: (item: T) => Iterable<K>): Map<K, number[]> {
  const out = new Map<K, number[]>();
  items.forEach((item, i) => {
    for (const k of keysOf(item)) {
      const list = out.get(k);
      if (list) list.push(i);
      else out.set(k, [i]);
    }
  });
  return out;
}
