import type Database from 'better-sqlite3';
import { z } from 'zod';
import { briefRow, writeBriefRow } from './brief-row.ts';
import { applyJsonPatch, diffJson, JsonPatch } from './json-diff.ts';
import { statement } from './statement-cache.ts';

/**
 * A draft's undo history, kept in the workspace beside it so it survives a reload and a restart. Each step is a
 * patch (json-diff.ts), not a copy of the brief: the undo stack holds the changes back to older versions, the redo
 * stack the changes forward again. Bounded per brief; the oldest steps go first.
 */
export interface HistoryLimits {
  steps: number;
  bytes: number;
}
export const HISTORY_LIMITS: Readonly<HistoryLimits> = { steps: 100, bytes: 5 * 1024 * 1024 };

export const HistoryCounts = z.object({ undo: z.number().int().nonnegative(), redo: z.number().int().nonnegative() });
export type HistoryCounts = z.infer<typeof HistoryCounts>;

type Stack = 'undo' | 'redo';

export function historyCounts(db: Database.Database, id: string): HistoryCounts {
  const rows = statement(db, 'SELECT stack, count(*) AS n FROM brief_history WHERE brief_id = ? GROUP BY stack').all(id) as { stack: Stack; n: number }[];
  return { undo: rows.find((r) => r.stack === 'undo')?.n ?? 0, redo: rows.find((r) => r.stack === 'redo')?.n ?? 0 };
}

function push(db: Database.Database, id: string, stack: Stack, patch: JsonPatch): void {
  const text = JSON.stringify(patch);
  statement(
    db,
    `INSERT INTO brief_history (brief_id, stack, seq, patch, bytes)
     VALUES (?, ?, (SELECT coalesce(max(seq), 0) + 1 FROM brief_history WHERE brief_id = ? AND stack = ?), ?, ?)`,
  ).run(id, stack, id, stack, text, Buffer.byteLength(text));
}

/** Drops the oldest steps (undo first, then redo) until the brief's history fits the limits. */
function trim(db: Database.Database, id: string, limits: Readonly<HistoryLimits>): void {
  const total = statement(db, 'SELECT count(*) AS n, coalesce(sum(bytes), 0) AS bytes FROM brief_history WHERE brief_id = ?');
  const oldest = statement(
    db,
    `SELECT stack, seq FROM brief_history WHERE brief_id = ?
     ORDER BY CASE stack WHEN 'undo' THEN 0 ELSE 1 END, CASE stack WHEN 'undo' THEN seq ELSE -seq END LIMIT 1`,
  );
  const drop = statement(db, 'DELETE FROM brief_history WHERE brief_id = ? AND stack = ? AND seq = ?');
  for (;;) {
    const t = total.get(id) as { n: number; bytes: number };
    if (t.n <= limits.steps && t.bytes <= limits.bytes) return;
    const o = oldest.get(id) as { stack: Stack; seq: number } | undefined;
    if (!o) return;
    drop.run(id, o.stack, o.seq);
  }
}

/** Records an edit from `before` to `after`: one undo step back to `before`; the redo stack is cleared. */
export function recordStep(db: Database.Database, id: string, before: unknown, after: unknown, limits: Readonly<HistoryLimits> = HISTORY_LIMITS): void {
  statement(db, "DELETE FROM brief_history WHERE brief_id = ? AND stack = 'redo'").run(id);
  push(db, id, 'undo', diffJson(after, before));
  trim(db, id, limits);
}

/**
 * Undoes (or redoes) the draft's newest step: the draft is written at its earlier (later) version and the change
 * the other way is kept for redo (undo). Null when there is nothing to undo (redo), or no such draft.
 */
export function stepBrief(db: Database.Database, id: string, direction: Stack, now: Date, limits: Readonly<HistoryLimits> = HISTORY_LIMITS): { json: unknown; history: HistoryCounts } | null {
  return db.transaction(() => {
    const current = briefRow(db, id);
    const top = statement(db, 'SELECT seq, patch FROM brief_history WHERE brief_id = ? AND stack = ? ORDER BY seq DESC LIMIT 1').get(id, direction) as
      | { seq: number; patch: string }
      | undefined;
    if (current === null || !top) return null;
    const present = JSON.parse(current.json) as unknown;
    const next = applyJsonPatch(present, JsonPatch.parse(JSON.parse(top.patch)));
    statement(db, 'DELETE FROM brief_history WHERE brief_id = ? AND stack = ? AND seq = ?').run(id, direction, top.seq);
    push(db, id, direction === 'undo' ? 'redo' : 'undo', diffJson(next, present));
    trim(db, id, limits);
    const title = typeof next === 'object' && next !== null && 'title' in next && typeof next.title === 'string' ? next.title : current.title;
    writeBriefRow(db, id, title, JSON.stringify(next), now);
    return { json: next, history: historyCounts(db, id) };
  })();
}
