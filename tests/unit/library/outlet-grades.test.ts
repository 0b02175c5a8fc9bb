import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../main/library/migrations.ts';
import { openWorkspace } from '../../../main/library/open-workspace.ts';
import { gradeOutlet, listOutletGrades } from '../../../main/library/outlet-grades.ts';
import type { Store } from '../../../main/library/store.ts';
import { tempDir, tempStore } from './helpers.ts';

let open: Store[] = [];
afterEach(async () => {
  for (const s of open) await s.close();
  open = [];
});

function store(): Store {
  const s = tempStore().store;
  open.push(s);
  return s;
}

describe('outlet grades', () => {
  it('keeps one grade per outlet, the latest, under the outlet as last written', async () => {
    const s = store();
    await s.gradeOutlet({ outlet: 'وكالة الأنباء', grade: 'B' });
    await s.gradeOutlet({ outlet: 'Wire Desk', grade: 'C' });
    // Another spelling of the same outlet (hamza seat, case) regrades it rather than adding a second outlet.
    await s.gradeOutlet({ outlet: 'وكالة الانباء', grade: 'A' });
    await s.gradeOutlet({ outlet: 'wire desk', grade: 'D' });
    expect((await s.listOutletGrades()).map((g) => [g.outlet, g.grade])).toEqual([
      ['wire desk', 'D'],
      ['وكالة الانباء', 'A'],
    ]);
  });

  it('a null grade makes the outlet ungraded again', async () => {
    const s = store();
    await s.gradeOutlet({ outlet: 'صحيفة المساء', grade: 'E' });
    await s.gradeOutlet({ outlet: 'صحيفة المساء', grade: null });
    expect(await s.listOutletGrades()).toEqual([]);
  });

  it('refuses a grade outside A–F and an empty outlet', async () => {
    const s = store();
    await expect(s.gradeOutlet({ outlet: 'X', grade: 'G' as never })).rejects.toThrow();
    await expect(s.gradeOutlet({ outlet: '  ', grade: 'A' })).rejects.toThrow();
    expect(await s.listOutletGrades()).toEqual([]);
  });

  it('survives closing the workspace, and a workspace of the previous schema gains the table', async () => {
    const file = path.join(tempDir(), 'w.mawjaz');
    await openWorkspace(file, { migrations: migrations.slice(0, 4) }).close();
    const db = new Database(file);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'outlet_grades'").pluck().get()).toBe(0);
    db.close();
    const first = openWorkspace(file);
    await first.gradeOutlet({ outlet: 'وكالة الأنباء', grade: 'F' });
    await first.close();
    const again = openWorkspace(file);
    open.push(again);
    expect((await again.listOutletGrades()).map((g) => g.grade)).toEqual(['F']);
  });

  it("reads an ungraded outlet's folded grades inside the transaction that deletes them", async () => {
    const file = path.join(tempDir(), 'w.mawjaz');
    await openWorkspace(file).close();
    const db = new Database(file);
    try {
      // The connection as gradeOutlet sees it, noting whether a transaction was open at each read of the folded names.
      const reads: boolean[] = [];
      const bound = (target: object, key: string | symbol): unknown => {
        const value: unknown = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      };
      const watched = new Proxy(db, {
        get(target, key) {
          if (key !== 'prepare') return bound(target, key);
          return (sql: string) => {
            const prepared = target.prepare(sql);
            if (!/^SELECT DISTINCT outlet FROM outlet_grades_folded/u.test(sql)) return prepared;
            return new Proxy(prepared, {
              get: (st, k) => (k === 'all' ? (...args: unknown[]) => (reads.push(target.inTransaction), st.all(...args)) : bound(st, k)),
            });
          };
        },
      });
      gradeOutlet(watched, { outlet: 'صحيفة المساء', grade: 'E' }, new Date('2025-01-01T00:00:00Z'));
      gradeOutlet(watched, { outlet: 'صحيفة المساء', grade: null }, new Date('2025-01-02T00:00:00Z'));
      expect(reads).toEqual([true]);
      expect(listOutletGrades(db)).toEqual([]);
    } finally {
      db.close();
    }
  });
});

