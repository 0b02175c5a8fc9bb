import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../main/library/migrations.ts';
import { openWorkspace } from '../../../main/library/open-workspace.ts';
import type { Store } from '../../../main/library/store.ts';
import { tempDir, tempStore } from './helpers.ts';

let open: Store[] = [];
afterEach(() => {
  for (const s of open) s.close();
  open = [];
});

function store(): Store {
  const s = tempStore().store;
  open.push(s);
  return s;
}

describe('outlet grades', () => {
  it('keeps one grade per outlet, the latest, under the outlet as last written', () => {
    const s = store();
    s.gradeOutlet({ outlet: 'وكالة الأنباء', grade: 'B' });
    s.gradeOutlet({ outlet: 'Wire Desk', grade: 'C' });
    // Another spelling of the same outlet (hamza seat, case) regrades it rather than adding a second outlet.
    s.gradeOutlet({ outlet: 'وكالة الانباء', grade: 'A' });
    s.gradeOutlet({ outlet: 'wire desk', grade: 'D' });
    expect(s.listOutletGrades().map((g) => [g.outlet, g.grade])).toEqual([
      ['wire desk', 'D'],
      ['وكالة الانباء', 'A'],
    ]);
  });

  it('a null grade makes the outlet ungraded again', () => {
    const s = store();
    s.gradeOutlet({ outlet: 'صحيفة المساء', grade: 'E' });
    s.gradeOutlet({ outlet: 'صحيفة المساء', grade: null });
    expect(s.listOutletGrades()).toEqual([]);
  });

  it('refuses a grade outside A–F and an empty outlet', () => {
    const s = store();
    expect(() => s.gradeOutlet({ outlet: 'X', grade: 'G' as never })).toThrow();
    expect(() => s.gradeOutlet({ outlet: '  ', grade: 'A' })).toThrow();
    expect(s.listOutletGrades()).toEqual([]);
  });

  it('survives closing the workspace, and a workspace of the previous schema gains the table', () => {
    const file = path.join(tempDir(), 'w.mawjaz');
    openWorkspace(file, { migrations: migrations.slice(0, 4) }).close();
    const db = new Database(file);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'outlet_grades'").pluck().get()).toBe(0);
    db.close();
    const first = openWorkspace(file);
    first.gradeOutlet({ outlet: 'وكالة الأنباء', grade: 'F' });
    first.close();
    const again = openWorkspace(file);
    open.push(again);
    expect(again.listOutletGrades().map((g) => g.grade)).toEqual(['F']);
  });
});
