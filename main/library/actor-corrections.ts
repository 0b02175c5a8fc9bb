import type Database from 'better-sqlite3';
import { z } from 'zod';
import { statement } from './statement-cache.ts';

/**
 * The analyst's corrections to actor extraction, replayed by the actors module over every brief.
 * The library stores each rule's JSON as given; the actors module owns the shape of `rule` per kind.
 */
export const ActorCorrectionKind = z.enum(['merge', 'split', 'rename', 'type', 'reject-merge']);
export type ActorCorrectionKind = z.infer<typeof ActorCorrectionKind>;

export const ActorCorrection = z.object({
  id: z.number().int(),
  kind: ActorCorrectionKind,
  rule: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});
export type ActorCorrection = z.infer<typeof ActorCorrection>;

interface Row {
  id: number;
  kind: string;
  rule: string;
  created_at: string;
}

function toCorrection(r: Row): ActorCorrection {
  return ActorCorrection.parse({ id: r.id, kind: r.kind, rule: JSON.parse(r.rule), createdAt: r.created_at });
}

export function addActorCorrection(db: Database.Database, kind: ActorCorrectionKind, rule: Record<string, unknown>, now: Date): ActorCorrection {
  const k = ActorCorrectionKind.parse(kind);
  const r = ActorCorrection.shape.rule.parse(rule);
  const { lastInsertRowid } = statement(db, 'INSERT INTO actor_corrections (kind, rule, created_at) VALUES (?, ?, ?)').run(k, JSON.stringify(r), now.toISOString());
  return { id: Number(lastInsertRowid), kind: k, rule: r, createdAt: now.toISOString() };
}

/** All rules in the order they were made: later rules apply after earlier ones. */
export function listActorCorrections(db: Database.Database): ActorCorrection[] {
  return (statement(db, 'SELECT id, kind, rule, created_at FROM actor_corrections ORDER BY id').all() as Row[]).map(toCorrection);
}

export function deleteActorCorrection(db: Database.Database, id: number): boolean {
  return statement(db, 'DELETE FROM actor_corrections WHERE id = ?').run(id).changes > 0;
}
