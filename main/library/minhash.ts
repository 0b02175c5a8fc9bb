import { endianness } from 'node:os';
import { wordKeys } from '../text/arabic/index.ts';
import { jaccard as shingleJaccard } from '../text/similarity/shingles.ts';
import { fmix32, hashJoined } from '../text/hash.ts';

/**
 * MinHash over word 3-shingles of normalised keys, with LSH banding (Broder 1997; Leskovec, Rajaraman &
 * Ullman, Mining of Massive Datasets, ch. 3) so that near-duplicates are found by a few indexed lookups
 * instead of comparing every pair of articles.
 *
 * 40 bands of 3 rows: a pair at Jaccard 0.5 shares at least one band with probability 1-(1-0.5³)⁴⁰ ≈ 0.995,
 * a pair at 0.05 (unrelated articles sharing set phrases) only ≈ 0.005, so candidates stay few.
 */
export const SHINGLE_SIZE = 3;
export const BANDS = 40;
export const ROWS = 3;
export const SIGNATURE_SIZE = BANDS * ROWS;

/**
 * The word 3-shingles of a text, each as a 32-bit hash, sorted and unique (a text shorter than three words is
 * one shingle). Hashes instead of strings: stored per article, they let a candidate be verified exactly
 * without re-tokenising its text; 32-bit collisions among a few thousand shingles are negligible.
 */
export function shingles(body: string): Uint32Array {
  return shinglesOfKeys(wordKeys(body));
}

/**
 * shingles from word keys, for callers that have already tokenised the text: the hash of each shingle text
 * (text/similarity/shingles.ts shingleTexts) taken from the keys themselves, then sorted and made unique in place.
 */
export function shinglesOfKeys(keys: readonly string[]): Uint32Array {
  if (keys.length === 0) return new Uint32Array(0);
  const width = Math.min(SHINGLE_SIZE, keys.length);
  const hashes = new Uint32Array(keys.length - width + 1);
  for (let i = 0; i < hashes.length; i++) hashes[i] = hashJoined(keys, i, i + width);
  hashes.sort();
  let unique = 0;
  for (let i = 0; i < hashes.length; i++) if (i === 0 || hashes[i] !== hashes[unique - 1]) hashes[unique++] = hashes[i] ?? 0;
  return hashes.slice(0, unique);
}

// Two texts without a single word are the same (empty) text.
const BOTH_EMPTY = 1;

/** Exact Jaccard similarity of two sorted, unique shingle arrays. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  return shingleJaccard(a, b, BOTH_EMPTY);
}

/**
 * The MinHash signature of a shingle set. The SIGNATURE_SIZE hash functions are derived from each shingle
 * hash by double hashing (Kirsch & Mitzenmacher), then mixed.
 */
export function signature(set: Uint32Array): Uint32Array {
  const sig = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  // An indexed loop and unchecked reads: a for-of over the typed array and `?? 0` on in-bounds reads cost a third of
  // the signature's CPU in the import's threads (same values).
  for (let s = 0; s < set.length; s++) {
    const h1 = set[s] as number;
    const h2 = fmix32(h1 ^ 0x9e3779b9) | 1;
    // The i-th hash is fmix32(h1 + i·h2 mod 2³²): the sum grows by h2 each step, and fmix32 is written out (the
    // inner loop runs SIGNATURE_SIZE times per shingle, thousands of shingles per article).
    let x = h1 | 0;
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      let h = x ^ (x >>> 16);
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h = (h ^ (h >>> 16)) >>> 0;
      if (h < (sig[i] as number)) sig[i] = h;
      x = (x + h2) | 0;
    }
  }
  return sig;
}

/** The estimated Jaccard similarity of two signatures: the share of positions where they agree. */
export function estimate(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) same++;
  return same / SIGNATURE_SIZE;
}

/** The LSH bucket of each band: equal buckets mean (but for 32-bit collisions) equal rows. */
export function bandBuckets(sig: Uint32Array): number[] {
  const out: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x27d4eb2f ^ b;
    for (let r = 0; r < ROWS; r++) h = fmix32((h ^ (sig[b * ROWS + r] ?? 0)) >>> 0);
    out.push(h);
  }
  return out;
}

const LITTLE_ENDIAN = endianness() === 'LE';

/** A Uint32Array as a BLOB, little-endian whatever the machine, so workspaces move between machines. */
export function toBlob(values: Uint32Array): Buffer {
  if (LITTLE_ENDIAN) return Buffer.from(values.buffer.slice(values.byteOffset, values.byteOffset + values.byteLength));
  const buf = Buffer.alloc(values.length * 4);
  values.forEach((v, i) => buf.writeUInt32LE(v, i * 4));
  return buf;
}

export function fromBlob(blob: Buffer): Uint32Array {
  // Copied: a Buffer may sit at an offset that is not 4-byte aligned.
  if (LITTLE_ENDIAN) return new Uint32Array(Uint8Array.from(blob).buffer, 0, Math.floor(blob.length / 4));
  const out = new Uint32Array(Math.floor(blob.length / 4));
  for (let i = 0; i < out.length; i++) out[i] = blob.readUInt32LE(i * 4);
  return out;
}
