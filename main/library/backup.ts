import Database from 'better-sqlite3';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { migrations } from './migrations.ts';
import { WorkspaceError } from './workspace-error.ts';
import { inputWrittenOver } from '../files/output-file.ts';

/** The newest workspace schema this version of Mawjaz knows: a file above it is from a newer Mawjaz. */
export const LATEST_SCHEMA = migrations.reduce((max, m) => Math.max(max, m.version), 0);

// One step copies every page: a backup (or a restore) is one read of the source and one write transaction on the
// destination, so the destination is never left half-written.
const ALL_PAGES = 0x7fffffff;

function problem(file: string, text: string): WorkspaceError {
  return new WorkspaceError(file, new Error(text));
}

/**
 * Checks that an open file is a whole Mawjaz workspace this version can open: SQLite's integrity_check passes, its
 * schema is not newer than ours, and it holds the workspace's tables. Throws a WorkspaceError naming the file.
 */
function checkWorkspace(db: Database.Database, file: string): void {
  let verdict: unknown[];
  try {
    verdict = db.pragma('integrity_check', { simple: false }) as unknown[];
  } catch (e) {
    throw problem(file, `damaged or not a Mawjaz workspace (${e instanceof Error ? e.message : String(e)})`);
  }
  const rows = verdict.map((r) => Object.values(r as Record<string, unknown>)[0]);
  if (rows.length !== 1 || rows[0] !== 'ok') throw problem(file, `damaged: SQLite's integrity check failed (${String(rows[0])})`);
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > LATEST_SCHEMA) {
    throw problem(file, `written by a newer Mawjaz (schema ${String(version)}, this version knows up to ${String(LATEST_SCHEMA)}): update Mawjaz to restore it`);
  }
  const tables = db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name IN ('articles', 'topics')`).get() as { n: number };
  if (version < 1 || tables.n < 2) throw problem(file, 'not a Mawjaz workspace');
}

function openExisting(file: string): Database.Database {
  if (!existsSync(file)) throw problem(file, 'no such file');
  if (statSync(file).isDirectory()) throw problem(file, 'is a folder, not a workspace file');
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (e) {
    throw new WorkspaceError(file, e);
  }
}

/**
 * Copies the workspace `source` to `out` through SQLite's online backup: consistent even while the app writes to it
 * (https://www.sqlite.org/backup.html). The copy is written beside `out`, checked, switched to a single-file journal
 * and only then renamed to `out`, so `out` is either the whole checked copy or untouched. An existing `out` is
 * replaced only with `overwrite`.
 */
export async function backupWorkspace(source: string, out: string, options: { overwrite?: boolean } = {}): Promise<{ bytes: number }> {
  const from = path.resolve(source);
  const to = path.resolve(out);
  // Compared as files, not as paths: a symlink to the workspace or its journal, even with --force, is the workspace.
  if (from === to || (await inputWrittenOver(to, [from, `${from}-wal`, `${from}-shm`])) !== null) {
    throw problem(to, 'a backup cannot replace the workspace it copies');
  }
  if (existsSync(to) && !options.overwrite) throw problem(to, 'already exists: choose another name (or --force to replace it)');
  const db = openExisting(from);
  const temp = path.join(path.dirname(to), `.${path.basename(to)}.${process.pid}.${Date.now()}.tmp`);
  try {
    checkWorkspace(db, from);
    await db.backup(temp, { progress: () => ALL_PAGES });
    const copy = new Database(temp);
    try {
      copy.pragma('journal_mode = DELETE');
      checkWorkspace(copy, to);
    } finally {
      copy.close();
    }
    await rename(temp, to);
    return { bytes: statSync(to).size };
  } catch (e) {
    if (e instanceof WorkspaceError) throw e;
    throw new WorkspaceError(to, e);
  } finally {
    db.close();
    await rm(temp, { force: true });
  }
}

/**
 * Restores the workspace `target` from the backup file `backup`. The backup is refused if it is damaged (SQLite's
 * integrity_check), not a workspace, or from a newer Mawjaz. The current target, if any, is first backed up to
 * `safetyCopy`, so a restore never loses work; the restore itself is one SQLite write transaction on the target
 * (the online backup API), so a crash leaves the target as it was.
 */
export async function restoreWorkspace(backup: string, target: string, safetyCopy: string | null): Promise<{ safetyCopy: string | null }> {
  const from = path.resolve(backup);
  const to = path.resolve(target);
  if (from === to) throw problem(to, 'a workspace cannot be restored from itself');
  const db = openExisting(from);
  try {
    checkWorkspace(db, from);
    const kept = safetyCopy !== null && existsSync(to) ? safetyCopy : null;
    if (kept !== null) await backupWorkspace(to, kept);
    try {
      mkdirSync(path.dirname(to), { recursive: true });
      await db.backup(to, { progress: () => ALL_PAGES });
    } catch (e) {
      throw new WorkspaceError(to, e);
    }
    return { safetyCopy: kept };
  } finally {
    db.close();
  }
}
