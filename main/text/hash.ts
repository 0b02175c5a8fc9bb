/**
 * Feature keys hashed to 32 bits (the "hashing trick", Weinberger et al. 2009): the model stores numbers, not
 * strings, and a feature of a neighbouring word is its own hash mixed with the offset, never a new string.
 * The same two hashes serve the library's MinHash signatures (main/library/minhash.ts).
 */

/** FNV-1a over the UTF-16 code units of `text`, as an unsigned 32-bit integer. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * hashString of `keys[from]` … `keys[to - 1]` joined by single spaces, without building the joined string: a word
 * shingle's hash straight from the words (the library hashes every 3-word run of every imported article).
 */
export function hashJoined(keys: readonly string[], from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) {
    if (k > from) {
      h ^= 0x20;
      h = Math.imul(h, 0x01000193);
    }
    const key = keys[k] ?? '';
    for (let i = 0; i < key.length; i++) {
      h ^= key.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  }
  return h >>> 0;
}

/** MurmurHash3's finaliser: a bijection on 32 bits with full avalanche. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Two hashes mixed into one (the finaliser over their combination): order matters. */
export function mixHashes(a: number, b: number): number {
  return fmix32((Math.imul(a, 0x9e3779b1) ^ b) >>> 0);
}
