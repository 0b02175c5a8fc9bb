/**
 * One sense per discourse (Gale, Church & Yarowsky 1992; used for NER by Krishnan & Manning 2006): a name the
 * tagger found once in a document is a name wherever else the document writes it, though a weaker context there
 * left it untagged. Names are compared by their tokens' keys, the first without the particles written onto it,
 * so «بوش» found also finds «وبوش»; the type is the one the document gives the name most often.
 */
import { isStopword, particleReadings } from '../../text/arabic/index.ts';
import type { EntitySpan, EntityType } from './tags.ts';
import { tokenKey } from './word-features.ts';

const MAX_WORDS = 4;
const MIN_LETTERS = 3;

/** The key of a name's first word: its matching key without the particles written onto it. */
function firstKey(token: string): string {
  const key = tokenKey(token);
  return key.length === 0 ? key : (particleReadings(key).at(-1) ?? key);
}

function nameOf(tokens: readonly string[], from: number, to: number): string | null {
  const keys = tokens.slice(from, to).map(tokenKey);
  if (keys.some((k) => k.length === 0)) return null;
  const first = keys[0];
  if (first === undefined) return null;
  keys[0] = firstKey(tokens[from] ?? '');
  if (keys.length === 1 && ((keys[0] ?? '').length < MIN_LETTERS || isStopword(keys[0] ?? '') || isStopword(first))) return null;
  return keys.join(' ');
}

/** The document's entities with every further untagged occurrence of a name it tagged added. */
export function propagateNames(sentences: readonly (readonly string[])[], entities: readonly EntitySpan[][]): EntitySpan[][] {
  const votes = new Map<string, Map<EntityType, number>>();
  sentences.forEach((tokens, s) => {
    for (const e of entities[s] ?? []) {
      if (e.end - e.start > MAX_WORDS) continue;
      const name = nameOf(tokens, e.start, e.end);
      if (name === null) continue;
      const v = votes.get(name) ?? new Map<EntityType, number>();
      v.set(e.type, (v.get(e.type) ?? 0) + 1);
      votes.set(name, v);
    }
  });
  const typeOf = new Map<string, EntityType>();
  for (const [name, v] of votes) typeOf.set(name, [...v].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? 'MISC');
  // Only tokens that can open a known name are tried.
  const firsts = new Set([...typeOf.keys()].map((name) => name.split(' ')[0] ?? ''));
  return sentences.map((tokens, s) => {
    const own = [...(entities[s] ?? [])];
    const taken = new Uint8Array(tokens.length);
    for (const e of own) taken.fill(1, e.start, e.end);
    for (let i = 0; i < tokens.length; i++) {
      if (taken[i] === 1 || !firsts.has(firstKey(tokens[i] ?? ''))) continue;
      for (let n = Math.min(MAX_WORDS, tokens.length - i); n >= 1; n--) {
        if (taken.subarray(i, i + n).some((t) => t === 1)) continue;
        const name = nameOf(tokens, i, i + n);
        const type = name === null ? undefined : typeOf.get(name);
        if (type === undefined) continue;
        own.push({ type, start: i, end: i + n });
        taken.fill(1, i, i + n);
        i += n - 1;
        break;
      }
    }
    return own.sort((a, b) => a.start - b.start);
  });
}
