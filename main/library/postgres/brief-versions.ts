import { BriefChange, RefusedSave, type BriefVersions, type BriefVersionStore } from '../brief-versions.ts';
import type { Connection } from './connection.ts';

/** A brief's versions in the team library (brief-versions.ts says what they are); null for a brief it does not hold. */
async function versionsOf(conn: Connection, id: string): Promise<BriefVersions | null> {
  const brief = await conn.row<{ version: number }>('SELECT version FROM briefs WHERE id = $1', [id]);
  if (brief === null) return null;
  const changes = await conn.rows<{ version: number; kind: string; title: string; changed_by: string; changed_at: string; openable: boolean }>(
    'SELECT version, kind, title, changed_by, changed_at, json IS NOT NULL AS openable FROM brief_changes WHERE brief_id = $1 ORDER BY seq',
    [id],
  );
  const refused = await conn.rows<{ id: number; base_version: number; current_version: number; title: string; refused_by: string; refused_at: string; kept_as: string | null }>(
    'SELECT id, base_version, current_version, title, refused_by, refused_at, kept_as FROM brief_conflicts WHERE brief_id = $1 ORDER BY id DESC',
    [id],
  );
  return {
    version: brief.version,
    changes: changes.map((c) => ({
      ...BriefChange.parse({ version: c.version, kind: c.kind, title: c.title, changedBy: c.changed_by, changedAt: c.changed_at }),
      openable: c.openable,
    })),
    refused: refused.map((r) =>
      RefusedSave.parse({
        id: r.id, baseVersion: r.base_version, currentVersion: r.current_version, title: r.title, refusedBy: r.refused_by, refusedAt: r.refused_at, keptAs: r.kept_as,
      }),
    ),
  };
}

/** The team library's BriefVersionStore on `conn`. */
export function briefVersionsPg(conn: Connection): BriefVersionStore {
  return {
    versionsOf: (id) => versionsOf(conn, id),
    async contentAt(id, version) {
      // The newest change that made this version with its content (a refused save logs the version it met, without one).
      const row = await conn.row<{ title: string; json: string }>(
        "SELECT title, json FROM brief_changes WHERE brief_id = $1 AND version = $2 AND json IS NOT NULL AND kind IN ('save', 'undo', 'redo') ORDER BY seq DESC LIMIT 1",
        [id, version],
      );
      return row === null ? null : { title: row.title, json: JSON.parse(row.json) as unknown };
    },
    // Locked until the transaction it is read in ends (brief:keepBoth), so it is kept as one brief only.
    async refusedDraft(id, refusedId) {
      const row = await conn.row<{ title: string; json: string; kept_as: string | null }>('SELECT title, json, kept_as FROM brief_conflicts WHERE brief_id = $1 AND id = $2 FOR UPDATE', [id, refusedId]);
      return row === null ? null : { title: row.title, json: JSON.parse(row.json) as unknown, keptAs: row.kept_as };
    },
    async markKept(refusedId, keptAs) {
      await conn.run('UPDATE brief_conflicts SET kept_as = $1 WHERE id = $2', [keptAs, refusedId]);
    },
  };
}
