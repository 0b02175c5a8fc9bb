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

/** A memo of a pure function of a text and a short context (a reference date, a clock), as textMemo per context. */
export interface ContextTextMemo<T> {
  /** The remembered value for `text` under `context`, computing (and remembering) it on a miss. */
  get(context: string, text: string, compute: () => T): T;
}

/**
 * A memo holding values whose texts add up to at most `maxChars` characters, one map per context. The text itself is
 * the key within its context's map: a key made by joining the context to the text would copy and hash the whole text
 * again on every call (the date tagger is asked about whole paragraphs), where the text's own string keeps its hash.
 */
export function contextTextMemo<T>(maxChars: number): ContextTextMemo<T> {
  const contexts = new Map<string, Map<string, T>>();
  let chars = 0;
  return {
    get(context, text, compute) {
      let values = contexts.get(context);
      const known = values?.get(text);
      if (known !== undefined) return known;
      const value = compute();
      if (text.length > maxChars) return value;
      if (chars + text.length > maxChars) {
        contexts.clear();
        chars = 0;
        values = undefined;
      }
      if (values === undefined) contexts.set(context, (values = new Map<string, T>()));
      values.set(text, value);
      chars += text.length;
      return value;
    },
  };
}
