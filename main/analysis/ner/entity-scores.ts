/**
 * Precision, recall and F1 of entities (arabic-ner notes, "Evaluation"): exact spans, as the literature
 * counts them (a found entity counts only with the gold type and both boundaries), and bags of entities per
 * document, as a brief needs them (a name found once in a document is enough). Micro-averaged over PERS,
 * ORG and LOC; MISC is reported apart.
 */
import type { EntitySpan, EntityType } from './tags.ts';

export interface Counts {
  found: number;
  gold: number;
  correct: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export const SCORED_TYPES: readonly EntityType[] = ['PERS', 'ORG', 'LOC'];

/** Per type and for the micro average of SCORED_TYPES ('micro'). */
export type ScoreTable = Record<EntityType | 'micro', Counts>;

export function emptyTable(): ScoreTable {
  const z = (): Counts => ({ found: 0, gold: 0, correct: 0 });
  return { PERS: z(), ORG: z(), LOC: z(), MISC: z(), micro: z() };
}

function add(table: ScoreTable, type: EntityType, key: keyof Counts): void {
  table[type][key]++;
  if (SCORED_TYPES.includes(type)) table.micro[key]++;
}

/** Adds one sentence's exact-span comparison to `table`. */
export function countSpans(table: ScoreTable, gold: readonly EntitySpan[], found: readonly EntitySpan[]): void {
  const goldKeys = new Set(gold.map((s) => `${s.type}:${s.start}:${s.end}`));
  for (const s of gold) add(table, s.type, 'gold');
  for (const s of found) {
    add(table, s.type, 'found');
    if (goldKeys.has(`${s.type}:${s.start}:${s.end}`)) add(table, s.type, 'correct');
  }
}

/** An entity of a document's bag: its type and the key of its name. */
export interface BagEntity {
  type: EntityType;
  name: string;
}

/** Adds one document's bag-of-entities comparison to `table` (each distinct type + name once). */
export function countBags(table: ScoreTable, gold: readonly BagEntity[], found: readonly BagEntity[]): void {
  const distinct = (bag: readonly BagEntity[]): Map<string, BagEntity> => new Map(bag.map((e) => [`${e.type}:${e.name}`, e]));
  const g = distinct(gold);
  const f = distinct(found);
  for (const e of g.values()) add(table, e.type, 'gold');
  for (const [k, e] of f) {
    add(table, e.type, 'found');
    if (g.has(k)) add(table, e.type, 'correct');
  }
}

/** Precision, recall and F1 in percent (0 where undefined). */
export function prf(c: Counts): Prf {
  const precision = c.found === 0 ? 0 : (100 * c.correct) / c.found;
  const recall = c.gold === 0 ? 0 : (100 * c.correct) / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
