import { BriefChange } from '../brief-versions.ts';
import { HISTORY_LIMITS, type HistoryCounts, type HistoryLimits } from '../brief-history.ts';
import { BriefInput, type SavedBrief } from '../briefs.ts';
import { applyJsonPatch, diffJson, JsonPatch } from '../json-diff.ts';
import type { Connection } from './connection.ts';

/** A deleted brief can be brought back for this long (as in the local store). */
const KEEP_DELETED_MS = 24 * 60 * 60 * 1000;

/** A save to the team library may say which version it was made from; a save from an older one is refused. */
export type VersionedBriefInput = BriefInput & { baseVersion?: number };

export { BriefChange };

/** What a refused save returns beside the brief as the library holds it: both versions, neither lost. */
export interface BriefConflict {
  /** The version the refused save was made from. */
  baseVersion: number;
  /** The library's version, newer than that: the one kept as the brief. */
  currentVersion: number;
  /** The refused draft, kept in the library (brief_conflicts) for the analyst to merge from. */
  refused: { title: string; json: unknown };
}

/** saveBrief's result in the team library: the local store's, with the brief's version and, when refused, the conflict. */
export type PgSavedBrief = SavedBrief & { history: HistoryCounts; version: number; conflict?: BriefConflict };

interface Row {
  id: string;
  title: string;
  json: string;
  updated_at: string;
  version: number;
  deleted_at: string | null;
}

type Stack = 'undo' | 'redo';

async function lockedRow(conn: Connection, id: string): Promise<Row | null> {
  return conn.row<Row>('SELECT id, title, json, updated_at, version, deleted_at FROM briefs WHERE id = $1 FOR UPDATE', [id]);
}

/** `json`: the brief as this change made it (a save, an undo, a redo), kept so that version can be opened later. */
/**
 * How many of a brief's newest versions keep their whole content in the change log (to be opened from its Versions).
 * Every autosave is a version and carries the whole brief (tens to hundreds of kilobytes), so a brief edited all day
 * would grow the log by megabytes an hour without a bound. Fifty covers a working session's recent saves; stepping
 * further back is the undo history's job (patches, with their own limits), and older versions stay listed — who,
 * what and when — without their content. A refused save keeps its content apart, in brief_conflicts, untouched.
 */
export const KEPT_VERSIONS = 50;

/** Drops the content of the brief's versions older than its newest KEPT_VERSIONS (their rows stay, as history). */
async function trimVersions(conn: Connection, id: string, newest: number): Promise<void> {
  await conn.run('UPDATE brief_changes SET json = NULL WHERE brief_id = $1 AND json IS NOT NULL AND version <= $2', [id, newest - KEPT_VERSIONS]);
}

async function logChange(conn: Connection, id: string, version: number, kind: BriefChange['kind'], title: string, who: string, now: Date, json: string | null = null): Promise<void> {
  await conn.run('INSERT INTO brief_changes (brief_id, version, kind, title, changed_by, changed_at, json) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
    id, version, kind, title, who, now.toISOString(), json,
  ]);
}

export async function historyCountsPg(conn: Connection, id: string): Promise<HistoryCounts> {
  const rows = await conn.rows<{ stack: Stack; n: number }>('SELECT stack, count(*)::int AS n FROM brief_history WHERE brief_id = $1 GROUP BY stack', [id]);
  return { undo: rows.find((r) => r.stack === 'undo')?.n ?? 0, redo: rows.find((r) => r.stack === 'redo')?.n ?? 0 };
}

async function push(conn: Connection, id: string, stack: Stack, patch: JsonPatch): Promise<void> {
  const text = JSON.stringify(patch);
  await conn.run(
    `INSERT INTO brief_history (brief_id, stack, seq, patch, bytes)
     VALUES ($1, $2, (SELECT coalesce(max(seq), 0) + 1 FROM brief_history WHERE brief_id = $1 AND stack = $2), $3, $4)`,
    [id, stack, text, Buffer.byteLength(text)],
  );
}

/** Drops the oldest steps (undo first, then redo) until the brief's history fits the limits (brief-history.ts). */
async function trim(conn: Connection, id: string, limits: Readonly<HistoryLimits>): Promise<void> {
  for (;;) {
    const t = await conn.row<{ n: number; bytes: number }>('SELECT count(*)::int AS n, coalesce(sum(bytes), 0)::int AS bytes FROM brief_history WHERE brief_id = $1', [id]);
    if (t === null || (t.n <= limits.steps && t.bytes <= limits.bytes)) return;
    const o = await conn.row<{ stack: Stack; seq: number }>(
      `SELECT stack, seq FROM brief_history WHERE brief_id = $1
       ORDER BY CASE stack WHEN 'undo' THEN 0 ELSE 1 END, CASE stack WHEN 'undo' THEN seq ELSE -seq END LIMIT 1`,
      [id],
    );
    if (o === null) return;
    await conn.run('DELETE FROM brief_history WHERE brief_id = $1 AND stack = $2 AND seq = $3', [id, o.stack, o.seq]);
  }
}

async function writeRow(conn: Connection, id: string, title: string, json: string, now: Date): Promise<number> {
  const row = await conn.row<{ version: number }>(
    `INSERT INTO briefs (id, title, json, updated_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (id) DO UPDATE SET title = excluded.title, json = excluded.json, updated_at = excluded.updated_at, version = briefs.version + 1
     RETURNING version`,
    [id, title, json, now.toISOString()],
  );
  return row?.version ?? 1;
}

/**
 * Saves a draft as the local store does (briefs.ts: a change becomes the newest undo step), and more, for a desk
 * sharing the library: every save makes a new version, recorded with who saved it and when. A save that names the
 * version it was made from (`baseVersion`) and finds a newer one is refused: the library's brief stays as it is, the
 * refused draft is kept beside it, and both come back (`conflict`), so neither analyst's edit is lost.
 */
export async function saveBriefPg(conn: Connection, brief: VersionedBriefInput, who: string, now: Date, limits: Readonly<HistoryLimits> = HISTORY_LIMITS): Promise<PgSavedBrief> {
  const base = brief.baseVersion;
  const b = BriefInput.parse(brief);
  const json = JSON.stringify(b.json);
  if (json === undefined) throw new Error(`brief ${b.id}: its content cannot be stored as JSON`);
  return conn.transaction(async () => {
    // The row is locked, so two saves of one brief are decided one after the other, never both against one version.
    const before = await lockedRow(conn, b.id);
    if (before !== null && base !== undefined && base !== before.version) {
      await conn.run('INSERT INTO brief_conflicts (brief_id, base_version, current_version, title, json, refused_by, refused_at) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
        b.id, base, before.version, b.title, json, who, now.toISOString(),
      ]);
      await logChange(conn, b.id, before.version, 'refused', b.title, who, now);
      return {
        id: before.id,
        title: before.title,
        json: JSON.parse(before.json) as unknown,
        updatedAt: before.updated_at,
        history: await historyCountsPg(conn, b.id),
        version: before.version,
        conflict: { baseVersion: base, currentVersion: before.version, refused: { title: b.title, json: b.json } },
      };
    }
    const version = await writeRow(conn, b.id, b.title, json, now);
    if (before !== null && before.json !== json) {
      await conn.run("DELETE FROM brief_history WHERE brief_id = $1 AND stack = 'redo'", [b.id]);
      await push(conn, b.id, 'undo', diffJson(b.json, JSON.parse(before.json)));
      await trim(conn, b.id, limits);
    }
    await logChange(conn, b.id, version, 'save', b.title, who, now, json);
    await trimVersions(conn, b.id, version);
    return { ...b, updatedAt: now.toISOString(), history: await historyCountsPg(conn, b.id), version };
  });
}

export async function getBriefPg(conn: Connection, id: string): Promise<(SavedBrief & { version: number }) | null> {
  const row = await conn.row<Row>('SELECT id, title, json, updated_at, version FROM briefs WHERE id = $1 AND deleted_at IS NULL', [id]);
  return row ? { id: row.id, title: row.title, json: JSON.parse(row.json) as unknown, updatedAt: row.updated_at, version: row.version } : null;
}

export async function listBriefsPg(conn: Connection): Promise<{ id: string; title: string; updatedAt: string }[]> {
  const rows = await conn.rows<Row>('SELECT id, title, updated_at FROM briefs WHERE deleted_at IS NULL ORDER BY updated_at COLLATE "C" DESC, id COLLATE "C"');
  return rows.map((r) => ({ id: r.id, title: r.title, updatedAt: r.updated_at }));
}

export async function deleteBriefPg(conn: Connection, id: string, who: string, now: Date): Promise<boolean> {
  return conn.transaction(async () => {
    await conn.run('DELETE FROM briefs WHERE deleted_at IS NOT NULL AND deleted_at < $1', [new Date(now.getTime() - KEEP_DELETED_MS).toISOString()]);
    const row = await conn.row<{ version: number; title: string }>('UPDATE briefs SET deleted_at = $1 WHERE id = $2 AND deleted_at IS NULL RETURNING version, title', [now.toISOString(), id]);
    if (row !== null) await logChange(conn, id, row.version, 'delete', row.title, who, now);
    return row !== null;
  });
}

export async function restoreBriefPg(conn: Connection, id: string, who: string, now: Date): Promise<boolean> {
  return conn.transaction(async () => {
    const row = await conn.row<{ version: number; title: string }>('UPDATE briefs SET deleted_at = NULL WHERE id = $1 AND deleted_at IS NOT NULL RETURNING version, title', [id]);
    if (row !== null) await logChange(conn, id, row.version, 'restore', row.title, who, now);
    return row !== null;
  });
}

/** Undoes or redoes the draft's newest step (brief-history.ts's stepBrief); the step is a new version, recorded. */
export async function stepBriefPg(
  conn: Connection, id: string, direction: Stack, who: string, now: Date, limits: Readonly<HistoryLimits> = HISTORY_LIMITS, baseVersion?: number,
): Promise<{ json: unknown; history: HistoryCounts; version: number; conflict?: { baseVersion: number; currentVersion: number } } | null> {
  return conn.transaction(async () => {
    const current = await lockedRow(conn, id);
    // Made from an older version: the step would undo another analyst's newer save, so it is refused (and logged).
    if (current !== null && baseVersion !== undefined && baseVersion !== current.version) {
      await logChange(conn, id, current.version, 'refused', current.title, who, now);
      const conflict = { baseVersion, currentVersion: current.version };
      return { json: JSON.parse(current.json) as unknown, history: await historyCountsPg(conn, id), version: current.version, conflict };
    }
    const top = await conn.row<{ seq: number; patch: string }>('SELECT seq, patch FROM brief_history WHERE brief_id = $1 AND stack = $2 ORDER BY seq DESC LIMIT 1', [id, direction]);
    if (current === null || top === null) return null;
    const present = JSON.parse(current.json) as unknown;
    const next = applyJsonPatch(present, JsonPatch.parse(JSON.parse(top.patch)));
    await conn.run('DELETE FROM brief_history WHERE brief_id = $1 AND stack = $2 AND seq = $3', [id, direction, top.seq]);
    await push(conn, id, direction === 'undo' ? 'redo' : 'undo', diffJson(next, present));
    await trim(conn, id, limits);
    const title = typeof next === 'object' && next !== null && 'title' in next && typeof next.title === 'string' ? next.title : current.title;
    const text = JSON.stringify(next);
    const version = await writeRow(conn, id, title, text, now);
    await logChange(conn, id, version, direction, title, who, now, text);
    await trimVersions(conn, id, version);
    return { json: next, history: await historyCountsPg(conn, id), version };
  });
}

/** Who changed the brief, how and when, oldest first. */
export async function briefChangesPg(conn: Connection, id: string): Promise<BriefChange[]> {
  const rows = await conn.rows<{ version: number; kind: string; title: string; changed_by: string; changed_at: string }>(
    'SELECT version, kind, title, changed_by, changed_at FROM brief_changes WHERE brief_id = $1 ORDER BY seq',
    [id],
  );
  return rows.map((r) => BriefChange.parse({ version: r.version, kind: r.kind, title: r.title, changedBy: r.changed_by, changedAt: r.changed_at }));
}
