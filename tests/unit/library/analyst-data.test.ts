import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempStore } from './helpers.ts';

describe('analyst data', () => {
  it('saves, replaces, lists and deletes brief drafts', () => {
    const { store } = tempStore();
    const first = store.saveBrief({ id: 'b1', title: 'موجز أول', json: { points: ['أ'] } });
    store.saveBrief({ id: 'b2', title: 'موجز ثان', json: { points: [] } });
    const replaced = store.saveBrief({ id: 'b1', title: 'موجز أول (معدل)', json: { points: ['أ', 'ب'] } });
    expect(replaced.updatedAt > first.updatedAt).toBe(true);
    const { history: _history, ...savedDraft } = replaced;
    expect(store.getBrief('b1')).toEqual(savedDraft);
    expect(store.listBriefs().map((b) => b.id)).toEqual(['b1', 'b2']);
    expect(store.deleteBrief('b2')).toBe(true);
    expect(store.getBrief('b2')).toBeNull();
    expect(() => store.saveBrief({ id: '', title: 'x', json: {} })).toThrow();
    store.close();
  });

  it('keeps actor corrections in the order they were made', () => {
    const { store } = tempStore();
    const merge = store.addActorCorrection({ kind: 'merge', into: 'أحمد الشرع', from: ['الشرع'] });
    store.addActorCorrection({ kind: 'reject-merge', a: 'حميد الشطري', b: 'الشطري' });
    expect(store.listActorCorrections().map((c) => c.rule.kind)).toEqual(['merge', 'reject-merge']);
    expect(store.listActorCorrections()[0]?.rule).toEqual({ kind: 'merge', into: 'أحمد الشرع', from: ['الشرع'] });
    expect(store.deleteActorCorrection(merge.id)).toBe(true);
    expect(store.listActorCorrections().map((c) => c.rule.kind)).toEqual(['reject-merge']);
    expect(() => store.addActorCorrection({ kind: 'explode' } as never)).toThrow();
    expect(() => store.addActorCorrection({ kind: 'rename', from: 'الشرع', to: '' })).toThrow();
    store.close();
  });

  it('loads the rows earlier versions stored (kind in its column, the rest as JSON) and skips rows that never fitted', () => {
    const { store, file } = tempStore();
    const db = new Database(file);
    const insert = db.prepare('INSERT INTO actor_corrections (kind, rule, created_at) VALUES (?, ?, ?)');
    insert.run('rename', JSON.stringify({ from: 'الشرع', to: 'أحمد الشرع' }), '2025-04-01T00:00:00.000Z');
    insert.run('merge', JSON.stringify({ actors: ['أحمد الشرع', 'الشرع'] }), '2025-04-02T00:00:00.000Z');
    insert.run('explode', JSON.stringify({}), '2025-04-03T00:00:00.000Z');
    insert.run('type', JSON.stringify({ name: 'الخضراء', type: 'place' }), '2025-04-04T00:00:00.000Z');
    db.close();
    expect(store.listActorCorrections().map((c) => c.rule)).toEqual([
      { kind: 'rename', from: 'الشرع', to: 'أحمد الشرع' },
      { kind: 'type', name: 'الخضراء', type: 'place' },
    ]);
    expect(store.listActorCorrections()[0]?.createdAt).toBe('2025-04-01T00:00:00.000Z');
    store.close();
  });

  it('keys gazetteer entries the way the analysis reads names («عبد الله» = «عبدالله»)', () => {
    const { store, file } = tempStore();
    const a = store.upsertGazetteerEntry({ name: 'عبد الله الثاني', type: 'person', aliases: [] });
    const b = store.upsertGazetteerEntry({ name: 'عبدالله الثاني', type: 'person', aliases: ['ملك الأردن'] });
    expect(b.id).toBe(a.id);
    expect(store.listGazetteerEntries('person').map((e) => e.name)).toEqual(['عبدالله الثاني']);
    // An entry written under the old key (the bare matching key) is found and rekeyed, not duplicated.
    const db = new Database(file);
    db.prepare("INSERT INTO gazetteer_entries (name, name_key, type, aliases, created_at) VALUES ('أبو ظبي', 'ابو ظبي', 'place', '[]', '2025-01-01')").run();
    db.close();
    const c = store.upsertGazetteerEntry({ name: 'أبوظبي', type: 'place', aliases: ['Abu Dhabi'] });
    expect(store.listGazetteerEntries('place').map((e) => [e.id, e.name, e.aliases])).toEqual([[c.id, 'أبوظبي', ['Abu Dhabi']]]);
    store.close();
  });

  it('upserts gazetteer entries by normalised name and type', () => {
    const { store } = tempStore();
    const a = store.upsertGazetteerEntry({ name: 'الأمم المتحدة', type: 'organization', aliases: ['الامم المتحدة'] });
    const b = store.upsertGazetteerEntry({ name: 'الامم المتحده', type: 'organization', aliases: ['UN', 'UN'] });
    expect(b.id).toBe(a.id);
    expect(b.aliases).toEqual(['UN']);
    store.upsertGazetteerEntry({ name: 'البوكمال', type: 'place', aliases: [] });
    expect(store.listGazetteerEntries().map((e) => e.type)).toEqual(['organization', 'place']);
    expect(store.listGazetteerEntries('place').map((e) => e.name)).toEqual(['البوكمال']);
    expect(store.deleteGazetteerEntry(a.id)).toBe(true);
    expect(store.listGazetteerEntries('organization')).toEqual([]);
    store.close();
  });
});
