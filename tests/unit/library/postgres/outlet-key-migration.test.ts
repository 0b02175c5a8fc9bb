import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { outletKey } from '../../../../main/ingest/metadata/outlet-key.ts';
import { outletKeyStamp } from '../../../../main/library/outlet-key-stamp.ts';
import { PG_OUTLET_KEYS_VERSION, pgMigrations } from '../../../../main/library/postgres/migrations.ts';
import { openTeamLibrary } from '../../../../main/library/postgres/open-team-library.ts';
import { matchKey } from '../../../../main/text/arabic/index.ts';
import { useCluster } from '../../../helpers/pg-suite.ts';

// A team library written by the Mawjaz before one key per outlet: its grades under the outlet's matching key, as that
// version's gradeOutletPg wrote them (the SQL below is its statement).

const OLD_GRADES = [
  ['جريدة النخيل', 'B', '2025-01-05T10:00:00.000Z'],
  ['النخيل', 'D', '2025-03-01T08:00:00.000Z'],
  ['وكالة سنبلة للأنباء', 'A', '2025-02-01T08:00:00.000Z'],
  ['Reuters', 'C', '2025-02-02T08:00:00.000Z'],
] as const;

async function query<R extends pg.QueryResultRow>(url: string, sql: string): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function oldLibrary(url: string): Promise<void> {
  await (await openTeamLibrary(url, { migrations: pgMigrations.filter((m) => m.version < PG_OUTLET_KEYS_VERSION) })).close();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const [outlet, grade, at] of OLD_GRADES) {
      await client.query('INSERT INTO outlet_grades (outlet_key, outlet, grade, graded_at) VALUES ($1, $2, $3, $4)', [matchKey(outlet), outlet, grade, at]);
    }
  } finally {
    await client.end();
  }
}

async function dump(url: string): Promise<unknown> {
  const folded = await query<{ t: string | null }>(url, "SELECT to_regclass('outlet_grades_folded')::text AS t");
  return {
    version: (await query<{ v: number }>(url, 'SELECT max(version) AS v FROM schema_migrations'))[0]?.v,
    grades: await query(url, 'SELECT * FROM outlet_grades ORDER BY outlet_key COLLATE "C"'),
    folded: folded[0]?.t === null ? null : await query(url, 'SELECT * FROM outlet_grades_folded ORDER BY outlet_key COLLATE "C"'),
  };
}

describe('the team library migration to one key per outlet', () => {
  const cluster = useCluster();

  it('rekeys the grades, keeps the later of two that fold into one and the other aside, and runs again without a change', async () => {
    const url = await cluster().createDatabase('outlet_keys');
    await oldLibrary(url);
    const lib = await openTeamLibrary(url);
    try {
      expect(lib.schemaVersion).toBe(pgMigrations.length);
      expect((await lib.listOutletGrades()).map((g) => [g.outlet, g.grade]).sort()).toEqual([['Reuters', 'C'], ['النخيل', 'D'], ['وكالة سنبلة للأنباء', 'A']].sort());
      // Ungrading from the other form: nothing of the outlet stays graded.
      await lib.gradeOutlet({ outlet: 'صحيفة النخيل', grade: null });
      expect((await lib.listOutletGrades()).map((g) => g.outlet).sort()).toEqual(['Reuters', 'وكالة سنبلة للأنباء']);
    } finally {
      await lib.close();
    }
    const after = (await dump(url)) as { grades: { outlet_key: string }[]; folded: unknown[] };
    expect(after.grades.map((g) => g.outlet_key).sort()).toEqual([outletKey('وكالة سنبلة'), outletKey('Reuters')].sort());
    // The grade folded into «النخيل»'s went with it: the analyst ungraded that outlet, and a later key telling
    // «جريدة النخيل» apart would otherwise give it back.
    expect(after.folded).toEqual([]);
    await (await openTeamLibrary(url)).close();
    expect(await dump(url)).toEqual(after);
  });

  it('is one transaction: a failure half-way leaves the grades and the schema version as they were', async () => {
    const url = await cluster().createDatabase('outlet_keys_failing');
    await oldLibrary(url);
    // The rewrite has deleted the old rows when this insert fails: nothing of it may stay.
    await query(url, `CREATE FUNCTION full_disk() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$`);
    await query(url, `CREATE TRIGGER full_disk BEFORE INSERT ON outlet_grades FOR EACH ROW WHEN (NEW.outlet = 'Reuters') EXECUTE FUNCTION full_disk()`);
    const before = await dump(url);
    await expect(openTeamLibrary(url)).rejects.toThrow(/disk full/);
    expect(await dump(url)).toEqual(before);
    expect((before as { version: number }).version).toBe(PG_OUTLET_KEYS_VERSION - 1);
  });

  it('rekeys at opening a grade stored under a key the function no longer gives (the outlet list learnt a form since)', async () => {
    const url = await cluster().createDatabase('outlet_keys_moved');
    const lib = await openTeamLibrary(url);
    await lib.gradeOutlet({ outlet: 'Reuters', grade: 'A' });
    await lib.close();
    await query(url, `UPDATE outlet_grades SET outlet_key = '${matchKey('Reuters')}'`);
    expect(outletKey('Reuters')).not.toBe(matchKey('Reuters'));
    // The stamp is this build's: nothing is rekeyed. An older build's: the keys are rewritten, and the stamp.
    await (await openTeamLibrary(url)).close();
    expect(await dump(url)).toMatchObject({ grades: [{ outlet_key: matchKey('Reuters') }] });
    await query(url, "UPDATE key_stamps SET stamp = 'an older list'");
    await (await openTeamLibrary(url)).close();
    expect(await query<{ stamp: string }>(url, 'SELECT stamp FROM key_stamps')).toEqual([{ stamp: outletKeyStamp() }]);
    expect(await dump(url)).toMatchObject({ grades: [{ outlet_key: outletKey('Reuters'), outlet: 'Reuters', grade: 'A' }], folded: [] });
  });

  it('gives a folded grade back when the key tells it apart again from the grade it was folded into', async () => {
    const url = await cluster().createDatabase('outlet_keys_unfold');
    const lib = await openTeamLibrary(url);
    await lib.gradeOutlet({ outlet: 'النخيل', grade: 'D' });
    await lib.close();
    await query(url, `INSERT INTO outlet_grades_folded VALUES ('${matchKey('سنبلة')}', 'سنبلة', 'B', '2025-01-01T00:00:00.000Z', '${outletKey('النخيل')}')`);
    await query(url, "UPDATE key_stamps SET stamp = 'an older list'");
    const again = await openTeamLibrary(url);
    try {
      expect((await again.listOutletGrades()).map((g) => [g.outlet, g.grade]).sort()).toEqual([['النخيل', 'D'], ['سنبلة', 'B']]);
    } finally {
      await again.close();
    }
    expect(await dump(url)).toMatchObject({ folded: [] });
  });

  it('ungrading an outlet takes its folded grades with it: a later key gives none back, and another outlet keeps its own', async () => {
    const url = await cluster().createDatabase('outlet_keys_ungrade');
    const lib = await openTeamLibrary(url);
    await lib.gradeOutlet({ outlet: 'سنبلة', grade: 'D' });
    await lib.gradeOutlet({ outlet: 'Reuters', grade: 'A' });
    // Folded by older lists into outlets the key now tells apart from them: each held back by its outlet's grade.
    await query(url, `INSERT INTO outlet_grades_folded VALUES ('${matchKey('سنبلة')}', 'سنبلة', 'B', '2025-01-01T00:00:00.000Z', 'an older key')`);
    await query(url, `INSERT INTO outlet_grades_folded VALUES ('${matchKey('Reuters')}', 'Reuters', 'C', '2025-01-01T00:00:00.000Z', 'another older key')`);
    await lib.gradeOutlet({ outlet: '«سنبلة»', grade: null });
    await lib.close();
    await query(url, "UPDATE key_stamps SET stamp = 'an older list'");
    const again = await openTeamLibrary(url);
    try {
      expect((await again.listOutletGrades()).map((g) => [g.outlet, g.grade])).toEqual([['Reuters', 'A']]);
    } finally {
      await again.close();
    }
    expect(((await dump(url)) as { folded: { outlet: string }[] }).folded.map((f) => f.outlet)).toEqual(['Reuters']);
  });
});
