/**
 * The second stage's features (Krishnan & Manning 2006, "An effective two-stage model for exploiting non-local
 * dependencies in named entity recognition"): what a first tagging of the whole document says about a token's
 * other occurrences. A person named in full once is named again by a part of the name in a weaker context; the
 * second stage learns how far to trust what the document said elsewhere, where propagate.ts copies it by rule.
 * Per token, from the first stage's tags elsewhere in the document (never the token's own, so a first stage that
 * read this very context cannot vote for itself): the type most often given to the same word (particles written onto
 * it dropped), how many times and what share of its occurrences; its tag there (B- or I-); whether it opened, closed
 * or stood alone in a name; whether the words starting here were tagged as one whole name elsewhere; and the type
 * the neighbouring words were given elsewhere.
 */
import { isStopword } from '../../text/arabic/index.ts';
import { hashString } from '../../text/hash.ts';
import { firstKey, nameOf } from './propagate.ts';
import { ENTITY_TYPES, spansFromTags, TAGS } from './tags.ts';
import type { EntityType } from './tags.ts';

const MAX_WORDS = 4;
const MIN_LETTERS = 2;

const HASHES = new Map<string, number>();
function hashed(name: string): number {
  let h = HASHES.get(name);
  if (h === undefined) { h = hashString(name); HASHES.set(name, h); }
  return h;
}

function bucket(n: number): string {
  return n >= 3 ? '3+' : String(n);
}

/** One occurrence of a word in the first stage's tagging: its tag and its place in the name it belongs to. */
interface Occurrence {
  sentence: number;
  token: number;
  tag: number;
  role: 'alone' | 'first' | 'inside' | 'last' | 'none';
}

function roleOf(tags: readonly number[], i: number): Occurrence['role'] {
  const tag = TAGS[tags[i] ?? 0] ?? 'O';
  if (tag === 'O') return 'none';
  const continues = (TAGS[tags[i + 1] ?? 0] ?? 'O').startsWith('I-') && i + 1 < tags.length;
  if (tag.startsWith('B-')) return continues ? 'first' : 'alone';
  return continues ? 'inside' : 'last';
}

/** The type most votes give, ties to the earlier of ENTITY_TYPES (so the same tagging gives the same features). */
function majority(votes: ReadonlyMap<EntityType, number>): { type: EntityType; count: number } | null {
  let best: { type: EntityType; count: number } | null = null;
  for (const type of ENTITY_TYPES) {
    const count = votes.get(type) ?? 0;
    if (count > 0 && (best === null || count > best.count)) best = { type, count };
  }
  return best;
}

function wordKey(token: string): string | null {
  const key = firstKey(token);
  return key.length < MIN_LETTERS || isStopword(key) ? null : key;
}

/** What the other occurrences of each word say: per token, its own features and the majority type (for neighbours). */
function wordEvidence(sentences: readonly (readonly string[])[], tags: readonly (readonly number[])[], types: ReadonlySet<EntityType>): { features: string[][][]; types: (EntityType | null)[][] } {
  const byKey = new Map<string, Occurrence[]>();
  sentences.forEach((tokens, s) => tokens.forEach((token, i) => {
    const key = wordKey(token);
    if (key === null) return;
    const list = byKey.get(key) ?? [];
    list.push({ sentence: s, token: i, tag: tags[s]?.[i] ?? 0, role: roleOf(tags[s] ?? [], i) });
    byKey.set(key, list);
  }));
  const majorities: (EntityType | null)[][] = sentences.map((tokens) => tokens.map(() => null));
  const features = sentences.map((tokens, s) => tokens.map((token, i) => {
    const key = wordKey(token);
    const others = key === null ? [] : (byKey.get(key) ?? []).filter((o) => o.sentence !== s || o.token !== i);
    if (others.length === 0) return [];
    const tagged = others.filter((o) => o.role !== 'none');
    if (tagged.length === 0) return [`doc:untagged:${bucket(others.length)}`];
    const votes = new Map<EntityType, number>();
    const tagVotes = new Map<number, number>();
    for (const o of tagged) {
      const type = (TAGS[o.tag] ?? 'O').slice(2) as EntityType;
      votes.set(type, (votes.get(type) ?? 0) + 1);
      tagVotes.set(o.tag, (tagVotes.get(o.tag) ?? 0) + 1);
    }
    const top = majority(votes);
    if (top === null || !types.has(top.type)) return [];
    (majorities[s] ?? [])[i] = top.type;
    const share = top.count === others.length ? 'all' : 2 * top.count >= others.length ? 'most' : 'some';
    const topTag = [...tagVotes].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
    const roles = [...new Set(tagged.filter((o) => (TAGS[o.tag] ?? '').endsWith(top.type)).map((o) => o.role))].sort();
    return [`doc:type:${top.type}:${bucket(top.count)}`, `doc:share:${top.type}:${share}`, `doc:tag:${TAGS[topTag] ?? 'O'}`, ...roles.map((r) => `doc:role:${top.type}:${r}`)];
  }));
  return { features, types: majorities };
}

/** Per sentence, the names (their keys) of the first stage's spans of two to MAX_WORDS words, by start token. */
function spanNames(sentences: readonly (readonly string[])[], tags: readonly (readonly number[])[]): Map<number, { name: string; type: EntityType }>[] {
  return sentences.map((tokens, s) => {
    const at = new Map<number, { name: string; type: EntityType }>();
    for (const e of spansFromTags(tags[s] ?? [])) {
      const words = e.end - e.start;
      if (words < 2 || words > MAX_WORDS) continue;
      const name = nameOf(tokens, e.start, e.end);
      if (name !== null) at.set(e.start, { name, type: e.type });
    }
    return at;
  });
}

/**
 * Each token's document features, as feature hashes, from the first stage's tags of every sentence of the document
 * (`tags[s][i]` for token i of sentence s, indices of TAGS). Only the evidence for `types` is given (the majority
 * of the other occurrences, or of a name elsewhere, being one of them), and always a word's being left untagged
 * elsewhere.
 */
export function documentFeatures(sentences: readonly (readonly string[])[], tags: readonly (readonly number[])[], types: ReadonlySet<EntityType> = new Set(ENTITY_TYPES)): Uint32Array[][] {
  const words = wordEvidence(sentences, tags, types);
  const names = spanNames(sentences, tags);
  // How many times the document tags each multi-word name, per type.
  const nameVotes = new Map<string, Map<EntityType, number>>();
  for (const at of names) for (const { name, type } of at.values()) {
    const v = nameVotes.get(name) ?? new Map<EntityType, number>();
    v.set(type, (v.get(type) ?? 0) + 1);
    nameVotes.set(name, v);
  }
  return sentences.map((tokens, s) => {
    const out = tokens.map((_, i) => [...(words.features[s]?.[i] ?? [])]);
    const own = names[s] ?? new Map<number, { name: string; type: EntityType }>();
    for (let i = 0; i < tokens.length; i++) {
      // The longest run of words starting here that the document tags elsewhere as one whole name.
      for (let n = Math.min(MAX_WORDS, tokens.length - i); n >= 2; n--) {
        const name = nameOf(tokens, i, i + n);
        const v = name === null ? undefined : nameVotes.get(name);
        if (name === null || v === undefined) continue;
        const self = own.get(i);
        const elsewhere = new Map(v);
        if (self !== undefined && self.name === name) elsewhere.set(self.type, (elsewhere.get(self.type) ?? 0) - 1);
        const top = majority(elsewhere);
        if (top === null || !types.has(top.type)) continue;
        out[i]?.push(`doc:seq:B:${top.type}`);
        for (let k = i + 1; k < i + n; k++) out[k]?.push(`doc:seq:I:${top.type}`);
        break;
      }
      const prev = words.types[s]?.[i - 1];
      const next = words.types[s]?.[i + 1];
      if (prev !== undefined && prev !== null) out[i]?.push(`doc:prev:${prev}`);
      if (next !== undefined && next !== null) out[i]?.push(`doc:next:${next}`);
    }
    return out.map((list) => Uint32Array.from(list, hashed));
  });
}
