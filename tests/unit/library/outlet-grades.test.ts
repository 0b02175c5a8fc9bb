import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../main/library/migrations.ts';
import { openWorkspace } from '../../../main/library/open-workspace.ts';
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
});
