/**
 * One sense per discourse (Gale, Church & Yarowsky 1992; used for NER by Krishnan & Manning 2006): a name the
 * tagger found once in a document is a name wherever else the document writes it, though a weaker context there
 * left it untagged. Names are compared by their tokens' keys, the first without the particles written onto it,
 * so «بوش» found also finds «وبوش»; the type is the one the document gives the name most often.
 * A person's surname stands for the person (news writes the full name once, then the surname: «إميل لحود» …
 * «لحود»), so the last word of a person tagged with two words or more is a person's name too. A name filled in
 * beside a person the tagger cut short joins it («نتشيرفان» tagged and «البارزاني» filled in is one person), and
 * so does a known given name just before it, untagged or tagged as a person alone. A name the tagger typed against the
 * document's majority takes the majority's type.
 */
import { barestReading, isStopword } from '../../text/arabic/index.ts';
import { isGivenName } from '../../text/gazetteer/given-names.ts';
import type { EntitySpan, EntityType } from './tags.ts';
import { tokenKey } from './word-features.ts';

const MAX_WORDS = 4;
const MIN_LETTERS = 3;

/**
 * The key of a name's first word: its matching key without the particles written onto it, none of a name's own
 * letters read as one where too little would be left («بوش», «لوب»: never «وش», «وب», which no name would match).
 */
export function firstKey(token: string): string {
  const key = tokenKey(token);
  return key.length === 0 ? key : barestReading(key, MIN_LETTERS);
}

/** The key of the name tokens [from, to) spell (its first word's particles dropped), or null for none a name can be. */
export function nameOf(tokens: readonly string[], from: number, to: number): string | null {
  const keys = tokens.slice(from, to).map(tokenKey);
  if (keys.some((k) => k.length === 0)) return null;
  const first = keys[0];
  if (first === undefined) return null;
  keys[0] = firstKey(tokens[from] ?? '');
  if (keys.length === 1 && ((keys[0] ?? '').length < MIN_LETTERS || isStopword(keys[0] ?? '') || isStopword(first))) return null;
  return keys.join(' ');
}

/** Whether a token is a known given name (a stopword never is: «على» reads as «علي»). */
function opensName(token: string): boolean {
  const key = tokenKey(token);
  return key.length > 0 && !isStopword(key) && (isGivenName(key) || isGivenName(firstKey(token)));
}

/** Whether a particle is written onto a token (firstKey leaves a word of a name's length: «فان» is no «ف» + «ان»). */
function carriesParticle(token: string): boolean {
  return firstKey(token) !== tokenKey(token);
}

/**
 * Adjacent persons of which one was filled in, or the first is a known given name alone, become one person
 * («ماركو» and «فان باستن» tagged apart is «ماركو فان باستن»), unless a particle is written onto the second
 * («سولانا ولاريجاني», «رسالة من فلان لأحمد …» are two).
 */
function joinPersons(tokens: readonly string[], spans: readonly EntitySpan[], added: ReadonlySet<EntitySpan>): EntitySpan[] {
  const out: EntitySpan[] = [];
  for (const e of spans) {
    const last = out.at(-1);
    const joins = last !== undefined && last.end === e.start && last.type === 'PERS' && e.type === 'PERS'
      && (added.has(e) || added.has(last) || (last.end - last.start === 1 && opensName(tokens[last.start] ?? ''))) && !carriesParticle(tokens[e.start] ?? '');
    if (joins) out[out.length - 1] = { type: 'PERS', start: last.start, end: e.end };
    else out.push(e);
  }
  return out;
}

/** A tagged name takes the type the document gives it more often than its own («حكومة كلينتون» after «بيل كلينتون»). */
function retyped(tokens: readonly string[], e: EntitySpan, votes: ReadonlyMap<string, ReadonlyMap<EntityType, number>>, typeOf: ReadonlyMap<string, EntityType>): EntitySpan {
  const name = e.end - e.start > MAX_WORDS ? null : nameOf(tokens, e.start, e.end);
  const type = name === null ? undefined : typeOf.get(name);
  if (name === null || type === undefined || type === e.type) return e;
  const v = votes.get(name);
  return (v?.get(type) ?? 0) > (v?.get(e.type) ?? 0) ? { ...e, type } : e;
}

/** The document's entities with every further untagged occurrence of a name it tagged added. */
export function propagateNames(sentences: readonly (readonly string[])[], entities: readonly EntitySpan[][]): EntitySpan[][] {
  const votes = new Map<string, Map<EntityType, number>>();
  const vote = (name: string, type: EntityType): void => {
    const v = votes.get(name) ?? new Map<EntityType, number>();
    v.set(type, (v.get(type) ?? 0) + 1);
    votes.set(name, v);
  };
  sentences.forEach((tokens, s) => {
    for (const e of entities[s] ?? []) {
      if (e.end - e.start > MAX_WORDS) continue;
      const name = nameOf(tokens, e.start, e.end);
      if (name === null) continue;
      vote(name, e.type);
      if (e.type === 'PERS' && e.end - e.start >= 2) {
        const surname = nameOf(tokens, e.end - 1, e.end);
        if (surname !== null) vote(surname, 'PERS');
      }
    }
  });
  const typeOf = new Map<string, EntityType>();
  for (const [name, v] of votes) typeOf.set(name, [...v].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? 'MISC');
  // Only tokens that can open a known name are tried.
  const firsts = new Set([...typeOf.keys()].map((name) => name.split(' ')[0] ?? ''));
  return sentences.map((tokens, s) => {
    const own = (entities[s] ?? []).map((e) => retyped(tokens, e, votes, typeOf));
    const added = new Set<EntitySpan>();
    const taken = new Uint8Array(tokens.length);
    for (const e of own) taken.fill(1, e.start, e.end);
    for (let i = 0; i < tokens.length; i++) {
      if (taken[i] === 1 || !firsts.has(firstKey(tokens[i] ?? ''))) continue;
      for (let n = Math.min(MAX_WORDS, tokens.length - i); n >= 1; n--) {
        if (taken.subarray(i, i + n).some((t) => t === 1)) continue;
        const name = nameOf(tokens, i, i + n);
        const type = name === null ? undefined : typeOf.get(name);
        if (type === undefined) continue;
        // A given name the tagger left before a person's name filled in opens that name: «نظام بشار الأسد».
        const opens = type === 'PERS' && i > 0 && taken[i - 1] !== 1 && opensName(tokens[i - 1] ?? '');
        const span = { type, start: opens ? i - 1 : i, end: i + n };
        own.push(span);
        added.add(span);
        taken.fill(1, span.start, span.end);
        i += n - 1;
        break;
      }
    }
    return joinPersons(tokens, own.sort((a, b) => a.start - b.start), added);
  });
}
