/**
 * The features of every token of a sentence: its own (word-features.ts), its neighbours' words and classes
 * within three tokens on each side, bigrams of neighbouring stems, gazetteer names spanning it, and its
 * position in the sentence. Each is a 32-bit hash (feature-hash.ts); the model looks them up by number.
 */
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import { hashString, mixHashes } from './feature-hash.ts';
import { gazetteerSpanFeatures } from './gazetteer-spans.ts';
import { tokenKey, wordFeatures } from './word-features.ts';

const WINDOW = 3;
const OFFSET_SEEDS = new Map<number, number>();
for (let d = -WINDOW; d <= WINDOW; d++) OFFSET_SEEDS.set(d, hashString(`offset:${d}`));
const BIGRAM_BEFORE = hashString('bigram:-1');
const BIGRAM_AFTER = hashString('bigram:+1');
const WORDS_BEFORE = hashString('words:-1');
const WORDS_AFTER = hashString('words:+1');
const FIRST = hashString('pos:first');
const LAST = hashString('pos:last');
const BEFORE_START = hashString('w:<s>');
const AFTER_END = hashString('w:</s>');

/** Each token's hashed features, those naming the token itself first (`lexical` of them). */
export interface SentenceFeatures {
  features: Uint32Array[];
  lexical: Uint8Array;
}

/** The hashed features of each token of a sentence given as its tokens as written. */
export function sentenceFeatures(tokens: readonly string[], gazetteer: Gazetteer): SentenceFeatures {
  const words = tokens.map((t) => wordFeatures(t, gazetteer));
  const spans = gazetteerSpanFeatures(tokens.map(tokenKey), gazetteer);
  const lexical = new Uint8Array(tokens.length);
  const features = words.map((w, i) => {
    const prev = words[i - 1];
    const next = words[i + 1];
    const out: number[] = Array.from(w.own.subarray(0, w.lexical));
    if (prev !== undefined) out.push(mixHashes(mixHashes(prev.stem, w.stem), BIGRAM_BEFORE), mixHashes(mixHashes(prev.word, w.word), WORDS_BEFORE));
    if (next !== undefined) out.push(mixHashes(mixHashes(w.stem, next.stem), BIGRAM_AFTER), mixHashes(mixHashes(w.word, next.word), WORDS_AFTER));
    lexical[i] = out.length;
    for (const h of w.own.subarray(w.lexical)) out.push(h);
    for (let d = -WINDOW; d <= WINDOW; d++) {
      if (d === 0) continue;
      const seed = OFFSET_SEEDS.get(d) ?? 0;
      const n = words[i + d];
      if (n === undefined) {
        if (d === -1 || d === 1) out.push(mixHashes(d < 0 ? BEFORE_START : AFTER_END, seed));
        continue;
      }
      // The words themselves only next door and one further; classes and shapes across the whole window.
      const ctx = Math.abs(d) <= 2 ? n.context : n.context.subarray(1);
      for (const h of ctx) out.push(mixHashes(h, seed));
    }
    for (const g of spans[i] ?? []) out.push(hashString(g));
    if (i === 0) out.push(FIRST);
    if (i === words.length - 1) out.push(LAST);
    return Uint32Array.from(out);
  });
  return { features, lexical };
}
