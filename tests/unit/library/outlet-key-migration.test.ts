import { readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { migrations, OUTLET_KEYS_VERSION } from '../../../main/library/migrations.ts';
import { openWorkspace } from '../../../main/library/open-workspace.ts';
import { outletKey } from '../../../main/ingest/metadata/outlet-key.ts';
import { outletKeyStamp } from '../../../main/library/outlet-key-stamp.ts';
import { withOutletGrades } from '../../../main/briefing/outlet-grades.ts';
import { Brief } from '../../../main/model/brief.ts';
import { matchKey } from '../../../main/text/arabic/index.ts';
import { tempDir } from './helpers.ts';

// A workspace written by the Mawjaz before one key per outlet: its grades under the outlet's matching key, as that
// version's gradeOutlet wrote them (the SQL below is its statement), and an exchange origin of one of them.

const SAMPLE_BRIEF = Brief.parse(JSON.parse(readFileSync(path.join(import.meta.dirname, '..', '..', 'fixtures', 'briefs', 'sample.json'), 'utf8')));
const LIBRARY = 'postgres://desk@db.example:5432/news';

async function oldWorkspaceFile(): Promise<string> {
  const file = path.join(tempDir(), 'old.mawjaz');
  await openWorkspace(file, { migrations: migrations.filter((m) => m.version < OUTLET_KEYS_VERSION) }).close();
  const raw = new Database(file);
  const grade = raw.prepare('INSERT INTO outlet_grades (outlet_key, outlet, grade, graded_at) VALUES (?, ?, ?, ?)');
  for (const [outlet, g, at] of [
    ['جريدة النخيل', 'B', '2025-01-05T10:00:00.000Z'],
    ['النخيل', 'D', '2025-03-01T08:00:00.000Z'],
    ['وكالة سنبلة للأنباء', 'A', '2025-02-01T08:00:00.000Z'],
    ['Reuters', 'C', '2025-02-02T08:00:00.000Z'],
  ] as const) grade.run(matchKey(outlet), outlet, g, at);
  const origin = raw.prepare(
    `INSERT INTO library_origins (library, kind, remote_key, local_key, remote_stamp, local_stamp, refused_stamp, recorded_at) VALUES (?, 'outlet-grade', ?, ?, 'b', 'b', NULL, ?)`,
  );
  origin.run(LIBRARY, matchKey('جريدة النخيل'), matchKey('جريدة النخيل'), '2025-01-05T10:00:00.000Z');
  origin.run(LIBRARY, matchKey('النخيل'), matchKey('النخيل'), '2025-03-01T08:00:00.000Z');
  raw.close();
  return file;
}

function dump(file: string): unknown {
  const db = new Database(file, { readonly: true });
  try {
    return {
      version: db.pragma('user_version', { simple: true }),
      grades: db.prepare('SELECT * FROM outlet_grades ORDER BY outlet_key').all(),
      folded: db.prepare("SELECT * FROM sqlite_master WHERE name = 'outlet_grades_folded'").get() === undefined ? null : db.prepare('SELECT * FROM outlet_grades_folded ORDER BY outlet_key').all(),
      origins: db.prepare('SELECT kind, remote_key, local_key, remote_stamp FROM library_origins ORDER BY remote_key').all(),
    };
  } finally {
    db.close();
  }
}

describe('the workspace migration to one key per outlet', () => {
  it('rekeys the grades, keeps the later of two that fold into one and the other aside, and moves the origins with them', async () => {
    const file = await oldWorkspaceFile();
    const store = openWorkspace(file);
    expect(store.schemaVersion).toBe(migrations.at(-1)?.version);
    expect((await store.listOutletGrades()).map((g) => [g.outlet, g.grade])).toEqual(
      [['النخيل', 'D'], ['وكالة سنبلة للأنباء', 'A'], ['Reuters', 'C']].sort((a, b) => (outletKey(a[0] ?? '') < outletKey(b[0] ?? '') ? -1 : 1)),
    );
    await store.close();
    const after = dump(file) as { grades: { outlet_key: string }[]; folded: unknown[]; origins: unknown[] };
    expect(after.grades.map((g) => g.outlet_key).sort()).toEqual([outletKey('النخيل'), outletKey('وكالة سنبلة'), outletKey('Reuters')].sort());
    expect(after.folded).toEqual([{ outlet_key: matchKey('جريدة النخيل'), outlet: 'جريدة النخيل', grade: 'B', graded_at: '2025-01-05T10:00:00.000Z', folded_into: outletKey('النخيل') }]);
    // One origin per key: the kept grade's.
    expect(after.origins).toEqual([{ kind: 'outlet-grade', remote_key: outletKey('النخيل'), local_key: outletKey('النخيل'), remote_stamp: 'b' }]);
  });

  it('is idempotent: opening the migrated file again changes nothing', async () => {
    const file = await oldWorkspaceFile();
    await openWorkspace(file).close();
    const once = dump(file);
    await openWorkspace(file).close();
    expect(dump(file)).toEqual(once);
  });

  it('is one transaction: a failure half-way leaves the grades, their keys and the schema version as they were', async () => {
    const file = await oldWorkspaceFile();
    const raw = new Database(file);
    // The rewrite has deleted the old rows when this insert fails: nothing of it may stay.
    raw.exec(`CREATE TRIGGER full_disk BEFORE INSERT ON outlet_grades WHEN NEW.outlet = 'Reuters' BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    raw.close();
    const before = dump(file);
    expect(() => openWorkspace(file)).toThrow(/disk full/);
    expect(dump(file)).toEqual(before);
    expect((before as { version: number }).version).toBe(OUTLET_KEYS_VERSION - 1);
  });

  it('ungrades from any form once migrated, and a brief citing either form carries the one grade', async () => {
    const file = await oldWorkspaceFile();
    const store = openWorkspace(file);
    try {
      const grades = await store.listOutletGrades();
      const brief = { ...SAMPLE_BRIEF, sources: SAMPLE_BRIEF.sources.slice(0, 2).map((s, i) => ({ ...s, outlet: i === 0 ? 'جريدة النخيل' : '«النخيل»' })) };
      expect(withOutletGrades(brief, grades).sources.map((s) => s.reliability)).toEqual(['D', 'D']);
      await store.gradeOutlet({ outlet: 'جريدة النخيل', grade: null });
      await store.gradeOutlet({ outlet: 'وكالة سنبلة', grade: null });
      expect((await store.listOutletGrades()).map((g) => g.outlet)).toEqual(['Reuters']);
      expect(withOutletGrades(brief, await store.listOutletGrades()).sources.some((s) => s.reliability !== undefined)).toBe(false);
    } finally {
      await store.close();
    }
  });
});

describe('opening a workspace of the current schema', () => {
  it('rekeys a grade stored under a key the function no longer gives (the outlet list learnt a form since), and only then', async () => {
    const file = await gradedWorkspace('Reuters', 'A');
    const raw = new Database(file);
    // As a list that did not know the name left it: under the name's own matching key.
    raw.prepare('UPDATE outlet_grades SET outlet_key = ?').run(matchKey('Reuters'));
    raw.close();
    expect(outletKey('Reuters')).not.toBe(matchKey('Reuters'));
    // The stamp is this build's: the key function has not changed since, and opening reads no grade.
    await openWorkspace(file).close();
    expect((dump(file) as { grades: { outlet_key: string }[] }).grades.map((g) => g.outlet_key)).toEqual([matchKey('Reuters')]);
    // An older build's stamp: the keys are rewritten, and the stamp with them.
    setStamp(file, 'an older list');
    await openWorkspace(file).close();
    const after = dump(file) as { grades: { outlet_key: string }[]; folded: unknown[] };
    expect(after.grades.map((g) => g.outlet_key)).toEqual([outletKey('Reuters')]);
    expect(after.folded).toEqual([]);
    expect(stampOf(file)).toBe(outletKeyStamp());
  });

  it('keeps the key of an origin whose grade was deleted here: it records no name to key afresh', async () => {
    const file = path.join(tempDir(), 'w.mawjaz');
    await openWorkspace(file).close();
    const raw = new Database(file);
    const deleted = matchKey('وكالة سنبلة للأنباء');
    expect(outletKey(deleted)).not.toBe(deleted);
    raw.prepare(
      `INSERT INTO library_origins (library, kind, remote_key, local_key, remote_stamp, local_stamp, refused_stamp, recorded_at) VALUES (?, 'outlet-grade', ?, ?, 'b', 'b', NULL, ?)`,
    ).run(LIBRARY, deleted, deleted, '2025-01-05T10:00:00.000Z');
    raw.close();
    setStamp(file, 'an older list');
    await openWorkspace(file).close();
    expect((dump(file) as { origins: unknown[] }).origins).toEqual([{ kind: 'outlet-grade', remote_key: deleted, local_key: deleted, remote_stamp: 'b' }]);
  });

  it('gives a folded grade back when the key tells it apart again from the grade it was folded into', async () => {
    const file = await gradedWorkspace('النخيل', 'D');
    const raw = new Database(file);
    // Folded by an older list that took «سنبلة» for «النخيل»; no grade holds «سنبلة»'s key now.
    raw.prepare('INSERT INTO outlet_grades_folded (outlet_key, outlet, grade, graded_at, folded_into) VALUES (?, ?, ?, ?, ?)').run(
      matchKey('سنبلة'), 'سنبلة', 'B', '2025-01-01T00:00:00.000Z', outletKey('النخيل'),
    );
    raw.close();
    setStamp(file, 'an older list');
    const again = openWorkspace(file);
    try {
      expect((await again.listOutletGrades()).map((g) => [g.outlet, g.grade]).sort()).toEqual([['النخيل', 'D'], ['سنبلة', 'B']]);
    } finally {
      await again.close();
    }
    expect((dump(file) as { folded: unknown[] }).folded).toEqual([]);
  });

  it('ungrading an outlet takes its folded grades with it: a later key gives none back, and another outlet keeps its own', async () => {
    const file = await gradedWorkspace('سنبلة', 'D');
    const store = openWorkspace(file);
    await store.gradeOutlet({ outlet: 'Reuters', grade: 'A' });
    await store.close();
    const raw = new Database(file);
    // Folded by older lists into outlets the key now tells apart from them: each held back by its outlet's grade.
    const fold = raw.prepare('INSERT INTO outlet_grades_folded (outlet_key, outlet, grade, graded_at, folded_into) VALUES (?, ?, ?, ?, ?)');
    fold.run(matchKey('سنبلة'), 'سنبلة', 'B', '2025-01-01T00:00:00.000Z', 'an older key');
    fold.run(matchKey('Reuters'), 'Reuters', 'C', '2025-01-01T00:00:00.000Z', 'another older key');
    raw.close();
    const ungrading = openWorkspace(file);
    await ungrading.gradeOutlet({ outlet: '«سنبلة»', grade: null });
    await ungrading.close();
    setStamp(file, 'an older list');
    const again = openWorkspace(file);
    try {
      expect((await again.listOutletGrades()).map((g) => [g.outlet, g.grade])).toEqual([['Reuters', 'A']]);
    } finally {
      await again.close();
    }
    expect((dump(file) as { folded: { outlet: string }[] }).folded.map((f) => f.outlet)).toEqual(['Reuters']);
  });
});

/** A workspace of the current schema holding one grade. */
async function gradedWorkspace(outlet: string, grade: 'A' | 'B' | 'C' | 'D' | 'E' | 'F'): Promise<string> {
  const file = path.join(tempDir(), 'w.mawjaz');
  const store = openWorkspace(file);
  await store.gradeOutlet({ outlet, grade });
  await store.close();
  return file;
}

function setStamp(file: string, stamp: string): void {
  const raw = new Database(file);
  raw.prepare("UPDATE key_stamps SET stamp = ? WHERE name = 'outlet-key'").run(stamp);
  raw.close();
}

function stampOf(file: string): string | undefined {
  const raw = new Database(file, { readonly: true });
  try {
    return (raw.prepare("SELECT stamp FROM key_stamps WHERE name = 'outlet-key'").get() as { stamp: string } | undefined)?.stamp;
  } finally {
    raw.close();
  }
}

describe('opening a workspace whose outlet key stamp is this build\'s', () => {
  it('builds nothing of the outlet list', async () => {
    const file = await gradedWorkspace('Reuters', 'A');
    // A fresh module graph, as a new `mawjaz list` process has: the outlet list's validation is its first use.
    vi.resetModules();
    const known = await import('../../../main/ingest/metadata/known-outlets.ts');
    const fresh = await import('../../../main/library/open-workspace.ts');
    const built = vi.spyOn(known.KnownOutlet, 'array');
    await fresh.openWorkspace(file).close();
    expect(built).not.toHaveBeenCalled();
    built.mockRestore();
  });
});

describe('a workspace holding no grade', () => {
  it('is not stamped by an opening, and its first grade stamps it', async () => {
    const file = path.join(tempDir(), 'w.mawjaz');
    await openWorkspace(file).close();
    expect(stampOf(file)).toBeUndefined();
    const store = openWorkspace(file);
    await store.gradeOutlet({ outlet: 'Reuters', grade: 'B' });
    await store.close();
    expect(stampOf(file)).toBe(outletKeyStamp());
  });

  it('is stamped as this build\'s by its first grade when another build stamped it', async () => {
    // Another build stamped the workspace and its grades were all taken away since: the opening leaves it as it is.
    const file = await gradedWorkspace('Reuters', 'A');
    const raw = new Database(file);
    raw.prepare('DELETE FROM outlet_grades').run();
    raw.close();
    setStamp(file, 'another build');
    await openWorkspace(file).close();
    expect(stampOf(file)).toBe('another build');
    // This build's grade is keyed as this build keys: the stamp must say so, or that build would never rekey it.
    const store = openWorkspace(file);
    await store.gradeOutlet({ outlet: 'الجزيرة', grade: 'A' });
    await store.close();
    expect((dump(file) as { grades: { outlet_key: string }[] }).grades.map((g) => g.outlet_key)).toEqual([outletKey('الجزيرة')]);
    expect(stampOf(file)).toBe(outletKeyStamp());
  });
});
