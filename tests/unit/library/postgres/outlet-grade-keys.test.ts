import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { outletKey } from '../../../../main/ingest/metadata/outlet-key.ts';
import { Connection } from '../../../../main/library/postgres/connection.ts';
import { openTeamLibrary } from '../../../../main/library/postgres/open-team-library.ts';
import { rekeyOutletGradesPg, rekeyStaleOutletGradesPg } from '../../../../main/library/postgres/outlet-grade-keys.ts';
import { outletKeyStamp } from '../../../../main/library/outlet-key-stamp.ts';
import { matchKey } from '../../../../main/text/arabic/index.ts';
import { useCluster } from '../../../helpers/pg-suite.ts';

async function query(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A connection that, once the rekey has read the grades it will write from (the read under its lock), lets `meanwhile`
 * start and gives it time to finish.
 */
class SlowAfterRead extends Connection {
  meanwhile: (() => Promise<void>) | null = null;
  started: Promise<void> | null = null;
  private locked = false;

  override async run(sql: string, params: readonly unknown[] = []): Promise<number> {
    if (/^LOCK TABLE outlet_grades\b/u.test(sql)) this.locked = true;
    return super.run(sql, params);
  }

  override async rows<R>(sql: string, params: readonly unknown[] = []): Promise<R[]> {
    const rows = await super.rows<R>(sql, params);
    if (this.meanwhile !== null && /FROM outlet_grades\b/u.test(sql) && (this.locked || /FOR UPDATE/u.test(sql))) {
      this.started = this.meanwhile();
      this.meanwhile = null;
      await sleep(300);
    }
    return rows;
  }
}

/** A connection that counts the grades' table locks taken and the reads of the grades. */
class Counting extends Connection {
  locks = 0;
  reads = 0;

  override async run(sql: string, params: readonly unknown[] = []): Promise<number> {
    if (/^LOCK TABLE outlet_grades\b/u.test(sql)) this.locks++;
    return super.run(sql, params);
  }

  override async rows<R>(sql: string, params: readonly unknown[] = []): Promise<R[]> {
    if (/FROM outlet_grades\b/u.test(sql)) this.reads++;
    return super.rows<R>(sql, params);
  }
}

/** The grades' rows and the stamp, as stored. */
async function grades(url: string): Promise<unknown> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return {
      grades: (await client.query('SELECT * FROM outlet_grades ORDER BY outlet_key COLLATE "C"')).rows,
      stamp: (await client.query('SELECT stamp FROM key_stamps')).rows,
    };
  } finally {
    await client.end();
  }
}

/**
 * A library graded «النخيل» D and Reuters A, then stamped and keyed by another build: Reuters under a key this build
 * does not give, and «جريدة النخيل», graded before, under a key of its own that this build folds into «النخيل»'s.
 * Answers the URL of a role `role` (its password its name) given `grants`.
 */
async function keyedByAnotherBuild(url: string, role: string, grants: string): Promise<string> {
  const lib = await openTeamLibrary(url);
  await lib.gradeOutlet({ outlet: 'النخيل', grade: 'D' });
  await lib.gradeOutlet({ outlet: 'Reuters', grade: 'A' });
  await lib.close();
  await query(url, `UPDATE outlet_grades SET outlet_key = '${matchKey('Reuters')}' WHERE outlet = 'Reuters'`);
  await query(url, `INSERT INTO outlet_grades VALUES ('${matchKey('جريدة النخيل')}', 'جريدة النخيل', 'B', '2025-01-05T10:00:00.000Z')`);
  await query(url, "UPDATE key_stamps SET stamp = 'another build' WHERE name = 'outlet-key'");
  await query(url, `CREATE ROLE ${role} LOGIN PASSWORD '${role}'; ${grants}`);
  const asRole = new URL(url);
  asRole.username = role;
  asRole.password = role;
  return asRole.toString();
}

describe("the team library's rekey of outlet grades", () => {
  const cluster = useCluster();

  it('loses no grade given while it runs', async () => {
    const url = await cluster().createDatabase('rekey_race');
    const other = await openTeamLibrary(url);
    try {
      await other.gradeOutlet({ outlet: 'Reuters', grade: 'A' });
      // A key the function no longer gives: the rekey has something to write.
      await query(url, `UPDATE outlet_grades SET outlet_key = '${matchKey('Reuters')}'`);
      const conn = new SlowAfterRead(url, 'test');
      conn.meanwhile = () => other.gradeOutlet({ outlet: 'صحيفة النخيل', grade: 'C' });
      try {
        await conn.transaction(() => rekeyOutletGradesPg(conn));
      } finally {
        await conn.close();
      }
      await conn.started;
      expect((await other.listOutletGrades()).map((g) => [g.outlet, g.grade]).sort()).toEqual([['Reuters', 'A'], ['صحيفة النخيل', 'C']]);
      expect(outletKey('Reuters')).not.toBe(matchKey('Reuters'));
    } finally {
      await other.close();
    }
  });

  it('opening with nothing to rekey waits for no analyst grading meanwhile', async () => {
    const url = await cluster().createDatabase('rekey_no_wait');
    const lib = await openTeamLibrary(url);
    await lib.gradeOutlet({ outlet: 'Reuters', grade: 'A' });
    await lib.close();
    const grading = new pg.Client({ connectionString: url });
    await grading.connect();
    try {
      // An analyst's regrade, not yet committed: it holds the row and the table's ROW EXCLUSIVE lock.
      await grading.query('BEGIN');
      await grading.query("UPDATE outlet_grades SET grade = 'B'");
      const opened = openTeamLibrary(url).then(async (l) => {
        await l.close();
        return 'opened';
      });
      expect(await Promise.race([opened, sleep(3000).then(() => 'waited')])).toBe('opened');
      await grading.query('COMMIT');
      await opened;
    } finally {
      await grading.end();
    }
  });
  it('a stale stamp locks the grades once and plans once, under the lock', async () => {
    const url = await cluster().createDatabase('rekey_once');
    const lib = await openTeamLibrary(url);
    await lib.gradeOutlet({ outlet: 'Reuters', grade: 'A' });
    await lib.close();
    await query(url, `UPDATE outlet_grades SET outlet_key = '${matchKey('Reuters')}'`);
    await query(url, "UPDATE key_stamps SET stamp = 'another build' WHERE name = 'outlet-key'");
    const conn = new Counting(url, 'test');
    try {
      expect(await rekeyStaleOutletGradesPg(conn)).toBe(false);
    } finally {
      await conn.close();
    }
    expect([conn.locks, conn.reads]).toEqual([1, 1]);
    expect(await grades(url)).toEqual({ grades: [expect.objectContaining({ outlet_key: outletKey('Reuters') })], stamp: [{ stamp: outletKeyStamp() }] });
  });

  it('a role that may only read opens a library another build keyed, and reads its grades under this build\'s keys', async () => {
    const url = await cluster().createDatabase('rekey_read_only');
    const asReader = await keyedByAnotherBuild(url, 'reader', 'GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader');
    const before = await grades(url);
    const reading = await openTeamLibrary(asReader);
    try {
      expect((await reading.listOutletGrades()).map((g) => [g.outlet, g.grade]).sort()).toEqual([['Reuters', 'A'], ['النخيل', 'D']]);
      // Grading is a write the role may not make: refused by the server, nothing written.
      await expect(reading.gradeOutlet({ outlet: 'Reuters', grade: 'B' })).rejects.toThrow(/permission denied/u);
    } finally {
      await reading.close();
    }
    expect(await grades(url)).toEqual(before);
  });

  it('a role that may write the grades but not rekey them (outlet_grades only) is refused a grade and an ungrade, nothing written', async () => {
    const url = await cluster().createDatabase('grade_without_rekey');
    // The rekey it may not write folds a grade, so it writes outlet_grades_folded and key_stamps, not only outlet_grades.
    const asGrader = await keyedByAnotherBuild(url, 'grader', 'GRANT SELECT ON ALL TABLES IN SCHEMA public TO grader; GRANT INSERT, UPDATE, DELETE ON outlet_grades TO grader');
    const before = await grades(url);
    const grading = await openTeamLibrary(asGrader);
    try {
      await expect(grading.gradeOutlet({ outlet: 'Reuters', grade: 'B' })).rejects.toThrow(/permission denied to rewrite the outlet grades' keys/u);
      await expect(grading.gradeOutlet({ outlet: 'Reuters', grade: null })).rejects.toThrow(/nothing was graded/u);
      expect((await grading.listOutletGrades()).map((g) => [g.outlet, g.grade]).sort()).toEqual([['Reuters', 'A'], ['النخيل', 'D']]);
    } finally {
      await grading.close();
    }
    expect(await grades(url)).toEqual(before);
  });

  it('a grade given after another build stamped the library rekeys and stamps it as this build\'s', async () => {
    const url = await cluster().createDatabase('grade_restamps');
    const lib = await openTeamLibrary(url);
    try {
      await lib.gradeOutlet({ outlet: 'Reuters', grade: 'A' });
      // Another build opened the library since: its stamp, and a grade under a key this build does not give.
      await query(url, `UPDATE outlet_grades SET outlet_key = '${matchKey('Reuters')}'`);
      await query(url, "UPDATE key_stamps SET stamp = 'another build' WHERE name = 'outlet-key'");
      await lib.gradeOutlet({ outlet: 'الجزيرة', grade: 'B' });
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const keys = (await client.query<{ outlet_key: string }>('SELECT outlet_key FROM outlet_grades ORDER BY outlet_key')).rows.map((r) => r.outlet_key);
        expect(keys).toEqual([outletKey('Reuters'), outletKey('الجزيرة')].sort());
        const stamp = (await client.query<{ stamp: string }>("SELECT stamp FROM key_stamps WHERE name = 'outlet-key'")).rows[0]?.stamp;
        expect(stamp).toBe(outletKeyStamp());
      } finally {
        await client.end();
      }
    } finally {
      await lib.close();
    }
  });
});
