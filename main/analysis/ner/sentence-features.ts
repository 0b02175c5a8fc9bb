/**
 * The features of every token of a sentence: its own (word-features.ts), its neighbours' words and classes
 * within three tokens on each side, bigrams of neighbouring stems, gazetteer names spanning it, and its
 * position in the sentence. Each is a 32-bit hash (feature-hash.ts); the model looks them up by number.
 */
import type { Gazetteer } from '../../text/gazetteer/gazetteer.ts';
import { hashString, mixHashes } from '../../text/hash.ts';
import { gazetteerSpanFeatures } from './gazetteer-spans.ts';
import { tokenKey, wordFeatures } from './word-features.ts';

import { WINDOW } from './word-features.ts';
import type { WordFeatures } from './word-features.ts';

const BIGRAM_BEFORE = hashString('bigram:-1');
const BIGRAM_AFTER = hashString('bigram:+1');
const WORDS_BEFORE = hashString('words:-1');
const WORDS_AFTER = hashString('words:+1');
const FIRST = hashString('pos:first');
const LAST = hashString('pos:last');
const START_NEIGHBOUR = mixHashes(hashString('w:<s>'), hashString('offset:-1'));
const END_NEIGHBOUR = mixHashes(hashString('w:</s>'), hashString('offset:1'));

/** Each token's hashed features, those naming the token itself first (`lexical` of them). */
export interface SentenceFeatures {
  features: Uint32Array[];
  lexical: Uint8Array;
}

// Gazetteer-span feature names are few: hash each once.
const SPAN_HASHES = new Map<string, number>();
function spanHash(name: string): number {
  let h = SPAN_HASHES.get(name);
  if (h === undefined) { h = hashString(name); SPAN_HASHES.set(name, h); }
  return h;
}

/** What every token's features are read from: each token's word features and its gazetteer spans. */
export interface PreparedSentence {
  words: WordFeatures[];
  spans: string[][];
}

export function prepareSentence(tokens: readonly string[], gazetteer: Gazetteer): PreparedSentence {
  return { words: tokens.map((t) => wordFeatures(t, gazetteer)), spans: gazetteerSpanFeatures(tokens.map(tokenKey), gazetteer) };
}

/** How many of token i's features (the first ones) name the word itself: its own and the bigrams it is part of. */
export function lexicalCount(p: PreparedSentence, i: number): number {
  return (p.words[i]?.lexical ?? 0) + (i > 0 ? 2 : 0) + (i + 1 < p.words.length ? 2 : 0);
}

/** Calls `visit` with each feature hash of token i, in the order sentenceFeatures lists them. No allocation. */
export function visitFeatures(p: PreparedSentence, i: number, visit: (hash: number) => void): void {
  const { words } = p;
  const w = words[i];
  if (w === undefined) return;
  const prev = words[i - 1];
  const next = words[i + 1];
  for (let k = 0; k < w.lexical; k++) visit(w.own[k] ?? 0);
  if (prev !== undefined) { visit(mixHashes(mixHashes(prev.stem, w.stem), BIGRAM_BEFORE)); visit(mixHashes(mixHashes(prev.word, w.word), WORDS_BEFORE)); }
  if (next !== undefined) { visit(mixHashes(mixHashes(w.stem, next.stem), BIGRAM_AFTER)); visit(mixHashes(mixHashes(w.word, next.word), WORDS_AFTER)); }
  for (let k = w.lexical; k < w.own.length; k++) visit(w.own[k] ?? 0);
  for (let d = -WINDOW; d <= WINDOW; d++) {
    if (d === 0) continue;
    const n = words[i + d];
    if (n === undefined) {
      if (d === -1) visit(START_NEIGHBOUR);
      else if (d === 1) visit(END_NEIGHBOUR);
      continue;
    }
    for (const h of n.contextAt[d + WINDOW] ?? []) visit(h);
  }
  for (const g of p.spans[i] ?? []) visit(spanHash(g));
  if (i === 0) visit(FIRST);
  if (i === words.length - 1) visit(LAST);
}

/** The hashed features of each token of a sentence given as its tokens as written. */
export function sentenceFeatures(tokens: readonly string[], gazetteer: Gazetteer): SentenceFeatures {
  const p = prepareSentence(tokens, gazetteer);
  const lexical = new Uint8Array(tokens.length);
  const features = p.words.map((_, i) => {
    const out: number[] = [];
    visitFeatures(p, i, (h) => out.push(h));
    lexical[i] = lexicalCount(p, i);
    return Uint32Array.from(out);
  });
  return { features, lexical };
}
