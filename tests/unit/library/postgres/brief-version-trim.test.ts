import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { KEPT_VERSIONS } from '../../../../main/library/postgres/briefs.ts';
import { pgMigrations } from '../../../../main/library/postgres/migrations.ts';
import { openTeamLibrary } from '../../../../main/library/postgres/open-team-library.ts';
import { useCluster } from '../../../helpers/pg-suite.ts';

// A brief's change log keeps the whole brief only for its newest KEPT_VERSIONS versions: every autosave is a version,
// and an unbounded log grows by the whole brief each time. Refused saves keep their content apart.

async function versionsWithContent(url: string, id: string): Promise<number[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query<{ version: number }>('SELECT version FROM brief_changes WHERE brief_id = $1 AND json IS NOT NULL ORDER BY version', [id]);
    return r.rows.map((row) => row.version);
  } finally {
    await client.end();
  }
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('the content a team library keeps of a brief’s versions', () => {
  const cluster = useCluster();

  it('keeps it for the newest versions only, saves and undos alike, and the refused save’s own content', async () => {
    const url = await cluster().createDatabase('trim');
    const lib = await openTeamLibrary(url);
    try {
      for (let n = 1; n <= KEPT_VERSIONS + 4; n++) await lib.saveBrief({ id: 'desk', title: `v${String(n)}`, json: { n } });
      expect(await versionsWithContent(url, 'desk')).toEqual(range(5, KEPT_VERSIONS + 4));
      await lib.stepBrief('desk', 'undo');
      expect(await versionsWithContent(url, 'desk')).toEqual(range(6, KEPT_VERSIONS + 5));
      const refused = await lib.saveBrief({ id: 'desk', title: 'late', json: { n: 0 }, baseVersion: 1 });
      expect(refused.conflict).toBeDefined();
      const versions = await lib.briefVersions?.versionsOf('desk');
      expect(versions?.refused.map((r) => r.title)).toEqual(['late']);
      expect(await lib.briefVersions?.refusedDraft('desk', versions?.refused[0]?.id ?? 0)).toMatchObject({ title: 'late' });
    } finally {
      await lib.close();
    }
  });

  it('trims a library written before the limit when it is migrated, and only what is over it', async () => {
    const url = await cluster().createDatabase('trim_migration');
    const before = await openTeamLibrary(url, { migrations: pgMigrations.filter((m) => m.version <= 4) });
    try {
      for (let n = 1; n <= 53; n++) await before.saveBrief({ id: 'long', title: `v${String(n)}`, json: { n } });
      for (let n = 1; n <= 3; n++) await before.saveBrief({ id: 'short', title: `v${String(n)}`, json: { n } });
      // As a Mawjaz before the limit left it: every version with its content.
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`UPDATE brief_changes SET json = '{"old":true}' WHERE json IS NULL AND kind = 'save'`);
      await client.end();
      expect(await versionsWithContent(url, 'long')).toEqual(range(1, 53));
    } finally {
      await before.close();
    }
    const after = await openTeamLibrary(url);
    try {
      expect(after.schemaVersion).toBe(pgMigrations.length);
      expect(await versionsWithContent(url, 'long')).toEqual(range(4, 53));
      expect(await versionsWithContent(url, 'short')).toEqual([1, 2, 3]);
    } finally {
      await after.close();
    }
  });
});
