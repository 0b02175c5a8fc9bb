import type Database from 'better-sqlite3';
import { ActorCorrectionRule, type ActorCorrection } from '../model/actor-corrections.ts';
import { statement } from './statement-cache.ts';

/**
 * The analyst's corrections to actor extraction (main/model/actor-corrections.ts), replayed by the actors module
 * over every brief. A row keeps the rule's kind in its own column and the rest of the rule as JSON.
 */

interface Row {
  id: number;
  kind: string;
  rule: string;
  created_at: string;
}

/** The row as a correction, or null when it does not fit the rule schema (it is left in place, never applied). */
function toCorrection(r: Row): ActorCorrection | null {
  const rule = ActorCorrectionRule.safeParse({ ...JSON.parse(r.rule), kind: r.kind });
  return rule.success ? { id: r.id, rule: rule.data, createdAt: r.created_at } : null;
}

/** Stores a rule after checking it against the schema; throws on a rule that does not fit. */
export function addActorCorrection(db: Database.Database, rule: ActorCorrectionRule, now: Date): ActorCorrection {
  const parsed = ActorCorrectionRule.parse(rule);
  const { kind, ...fields } = parsed;
  const { lastInsertRowid } = statement(db, 'INSERT INTO actor_corrections (kind, rule, created_at) VALUES (?, ?, ?)').run(kind, JSON.stringify(fields), now.toISOString());
  return { id: Number(lastInsertRowid), rule: parsed, createdAt: now.toISOString() };
}

/** All rules that fit the schema, in the order they were made: later rules apply after earlier ones. */
export function listActorCorrections(db: Database.Database): ActorCorrection[] {
  return (statement(db, 'SELECT id, kind, rule, created_at FROM actor_corrections ORDER BY id').all() as Row[]).flatMap((r) => toCorrection(r) ?? []);
}

export function deleteActorCorrection(db: Database.Database, id: number): boolean {
  return statement(db, 'DELETE FROM actor_corrections WHERE id = ?').run(id).changes > 0;
}
