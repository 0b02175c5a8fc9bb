/**
 * A bounded memo for pure functions of a text.
 *
 * Assembly reads every sentence several times: the summary, actors, timeline and open questions each split
 * and tokenise the same bodies, and news from several outlets repeats wire copy word for word. Remembering
 * results by text removes that repeated work without changing any result. The memo is bounded by the total
 * length of the texts it holds and simply starts over when full, so a huge or hostile input costs memory
 * only up to the bound.
 */
export interface TextMemo<T> {
  /** The remembered value for `key`, computing (and remembering) it on a miss. `size` is what `key` costs. */
  get(key: string, compute: () => T, size?: number): T;
}

/** A memo holding values whose keys add up to at most `maxChars` characters. */
export function textMemo<T>(maxChars: number): TextMemo<T> {
  const values = new Map<string, T>();
  let chars = 0;
  return {
    get(key, compute, size = key.length) {
      const known = values.get(key);
      if (known !== undefined) return known;
      const value = compute();
      // Larger than the whole budget: not worth remembering (and would empty the memo each time).
      if (size > maxChars) return value;
      if (chars + size > maxChars) {
        values.clear();
        chars = 0;
      }
      values.set(key, value);
      chars += size;
      return value;
    },
  };
}
