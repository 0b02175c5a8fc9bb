/**
 * The tag set of the entity tagger: IOB2 over ANERcorp's four types (Benajiba, Rosso & Benedí 2007).
 * A first-order sequence over these tags is legal when every I-X follows a B-X or an I-X.
 */
export const ENTITY_TYPES = ['PERS', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const TAGS = ['O', 'B-PERS', 'I-PERS', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export const TAG_COUNT = TAGS.length;
/** The row of the transition matrix that holds the weights of the first tag of a sentence. */
export const START = TAG_COUNT;

const INDEX = new Map<string, number>(TAGS.map((t, i) => [t, i]));

/** The index of a tag, or null when it is not one of TAGS. */
export function tagIndex(tag: string): number | null {
  return INDEX.get(tag) ?? null;
}

/** Whether tag `next` may follow tag `prev` (START for the first token): an I-X only after B-X or I-X. */
export function legalTransition(prev: number, next: number): boolean {
  const tag = TAGS[next] ?? 'O';
  if (!tag.startsWith('I-')) return true;
  if (prev === START) return false;
  const before = TAGS[prev] ?? 'O';
  return before !== 'O' && before.slice(2) === tag.slice(2);
}

/** One entity over tokens [start, end). */
export interface EntitySpan {
  type: EntityType;
  start: number;
  end: number;
}

/** The entities of a tag sequence; a stray I-X (never produced by the decoder) opens an entity, as conlleval reads it. */
export function spansFromTags(tags: readonly number[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  let open: EntitySpan | null = null;
  tags.forEach((t, i) => {
    const tag = TAGS[t] ?? 'O';
    const type = tag.slice(2) as EntityType;
    if (open !== null && !(tag.startsWith('I-') && open.type === type)) {
      out.push(open);
      open = null;
    }
    if (tag !== 'O' && open === null) open = { type, start: i, end: i };
    if (open !== null) open.end = i + 1;
  });
  if (open !== null) out.push(open);
  return out;
}
