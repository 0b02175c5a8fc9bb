import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../../../main/library/exchange/fingerprint.ts';
import { runExchange } from '../../../../main/library/exchange/run-exchange.ts';
import { migrations, OUTLET_KEYS_VERSION } from '../../../../main/library/migrations.ts';
import { openWorkspace } from '../../../../main/library/open-workspace.ts';
import { libraryIdentity } from '../../../../main/library/postgres/library-identity.ts';
import { PG_OUTLET_KEYS_VERSION, pgMigrations } from '../../../../main/library/postgres/migrations.ts';
import { openTeamLibrary } from '../../../../main/library/postgres/open-team-library.ts';
import { matchKey } from '../../../../main/text/arabic/index.ts';
import { useCluster } from '../../../helpers/pg-suite.ts';
import { tempDir } from '../helpers.ts';

// A desk's exchange across the change of outlet keys: the library and the laptop's workspace file were both written
// by the Mawjaz before it (grades and the copy's origins under the outlet's matching key, by that version's statements),
// then opened by this one. The grades must reach the same outlets, the common base must hold, and a new citation form
// of an outlet must find its grade.

const NOW = new Date(Date.UTC(2025, 3, 10, 12));

describe('exchanging outlet grades written under the old keys', () => {
  const cluster = useCluster();

  it('sends a grade changed on the laptop as an update of the library’s, under one key for every form of the outlet', async () => {
    const url = await cluster().createDatabase('old_outlet_keys');
    const libraryId = libraryIdentity(url) ?? '';
    // The library as the previous version left it: the outlet graded B under its old key.
    await (await openTeamLibrary(url, { migrations: pgMigrations.filter((m) => m.version < PG_OUTLET_KEYS_VERSION) })).close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('INSERT INTO outlet_grades (outlet_key, outlet, grade, graded_at) VALUES ($1, $2, $3, $4)', [matchKey('جريدة النخيل'), 'جريدة النخيل', 'B', '2025-01-05T10:00:00.000Z']);
    await client.end();

    // The laptop's file: copied from it (the origin agrees on B), then regraded C offline, and one outlet graded anew.
    const file = path.join(tempDir(), 'laptop.mawjaz');
    await openWorkspace(file, { migrations: migrations.filter((m) => m.version < OUTLET_KEYS_VERSION) }).close();
    const raw = new Database(file);
    const grade = raw.prepare('INSERT INTO outlet_grades (outlet_key, outlet, grade, graded_at) VALUES (?, ?, ?, ?)');
    grade.run(matchKey('جريدة النخيل'), 'جريدة النخيل', 'C', '2025-02-01T09:00:00.000Z');
    grade.run(matchKey('وكالة سنبلة للأنباء'), 'وكالة سنبلة للأنباء', 'A', '2025-02-02T09:00:00.000Z');
    raw
      .prepare(
        `INSERT INTO library_origins (library, kind, remote_key, local_key, remote_stamp, local_stamp, refused_stamp, recorded_at) VALUES (?, 'outlet-grade', ?, ?, ?, ?, NULL, ?)`,
      )
      .run(libraryId, matchKey('جريدة النخيل'), matchKey('جريدة النخيل'), fingerprint('B'), fingerprint('B'), '2025-01-06T10:00:00.000Z');
    raw.close();

    const lib = await openTeamLibrary(url, { now: () => NOW });
    const local = openWorkspace(file, { now: () => NOW });
    try {
      const sent = await runExchange({ direction: 'send', library: lib, workspace: local, libraryId, libraryName: 'library', topics: null });
      // An update, not a conflict: the common base the old file recorded was carried to the new key.
      expect(sent.counts['outlet-grade']).toMatchObject({ new: 1, updated: 1, conflicts: 0, skipped: 0 });
      expect((await lib.listOutletGrades()).map((g) => [g.outlet, g.grade]).sort()).toEqual([['جريدة النخيل', 'C'], ['وكالة سنبلة للأنباء', 'A']].sort());
      // A later import cites the paper without its kind word and the agency by its short self-name (with «وكالة»: an
      // unlisted name keeps every noun but a paper's, since mendA): ungrading them there ungrades the outlets, and the
      // next send does not bring them back (deleted in the library since).
      await lib.gradeOutlet({ outlet: 'النخيل', grade: null });
      await lib.gradeOutlet({ outlet: 'وكالة سنبلة', grade: null });
      expect(await lib.listOutletGrades()).toEqual([]);
      const again = await runExchange({ direction: 'send', library: lib, workspace: local, libraryId, libraryName: 'library', topics: null });
      expect(again.counts['outlet-grade']).toMatchObject({ new: 0, updated: 0, conflicts: 0 });
    } finally {
      await Promise.all([lib.close(), local.close()]);
    }
  });
});
