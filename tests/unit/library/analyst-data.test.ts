import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempStore } from './helpers.ts';

describe('analyst data', () => {
  it('saves, replaces, lists and deletes brief drafts', async () => {
    const { store } = tempStore();
    const first = await store.saveBrief({ id: 'b1', title: 'موجز أول', json: { points: ['أ'] } });
    await store.saveBrief({ id: 'b2', title: 'موجز ثان', json: { points: [] } });
    const replaced = await store.saveBrief({ id: 'b1', title: 'موجز أول (معدل)', json: { points: ['أ', 'ب'] } });
    expect(replaced.updatedAt > first.updatedAt).toBe(true);
    const { history: _history, ...savedDraft } = replaced;
    expect(await store.getBrief('b1')).toEqual(savedDraft);
    expect((await store.listBriefs()).map((b) => b.id)).toEqual(['b1', 'b2']);
    expect(await store.deleteBrief('b2')).toBe(true);
    expect(await store.getBrief('b2')).toBeNull();
    await expect(store.saveBrief({ id: '', title: 'x', json: {} })).rejects.toThrow();
    await store.close();
  });

  it('keeps actor corrections in the order they were made', async () => {
    const { store } = tempStore();
    const merge = await store.addActorCorrection({ kind: 'merge', into: 'أحمد الشرع', from: ['الشرع'] });
    await store.addActorCorrection({ kind: 'reject-merge', a: 'حميد الشطري', b: 'الشطري' });
    expect((await store.listActorCorrections()).map((c) => c.rule.kind)).toEqual(['merge', 'reject-merge']);
    expect((await store.listActorCorrections())[0]?.rule).toEqual({ kind: 'merge', into: 'أحمد الشرع', from: ['الشرع'] });
    expect(await store.deleteActorCorrection(merge.id)).toBe(true);
    expect((await store.listActorCorrections()).map((c) => c.rule.kind)).toEqual(['reject-merge']);
    await expect(store.addActorCorrection({ kind: 'explode' } as never)).rejects.toThrow();
    await expect(store.addActorCorrection({ kind: 'rename', from: 'الشرع', to: '' })).rejects.toThrow();
    await store.close();
  });

  it('loads the rows earlier versions stored (kind in its column, the rest as JSON) and skips rows that never fitted', async () => {
    const { store, file } = tempStore();
    const db = new Database(file);
    const insert = db.prepare('INSERT INTO actor_corrections (kind, rule, created_at) VALUES (?, ?, ?)');
    insert.run('rename', JSON.stringify({ from: 'الشرع', to: 'أحمد الشرع' }), '2025-04-01T00:00:00.000Z');
    insert.run('merge', JSON.stringify({ actors: ['أحمد الشرع', 'الشرع'] }), '2025-04-02T00:00:00.000Z');
    insert.run('explode', JSON.stringify({}), '2025-04-03T00:00:00.000Z');
    insert.run('type', JSON.stringify({ name: 'الخضراء', type: 'place' }), '2025-04-04T00:00:00.000Z');
    db.close();
    expect((await store.listActorCorrections()).map((c) => c.rule)).toEqual([
      { kind: 'rename', from: 'الشرع', to: 'أحمد الشرع' },
      { kind: 'type', name: 'الخضراء', type: 'place' },
    ]);
    expect((await store.listActorCorrections())[0]?.createdAt).toBe('2025-04-01T00:00:00.000Z');
    await store.close();
  });

  it('keys gazetteer entries the way the analysis reads names («عبد الله» = «عبدالله»)', async () => {
    const { store, file } = tempStore();
    const a = await store.upsertGazetteerEntry({ name: 'عبد الله الثاني', type: 'person', aliases: [] });
    const b = await store.upsertGazetteerEntry({ name: 'عبدالله الثاني', type: 'person', aliases: ['ملك الأردن'] });
    expect(b.id).toBe(a.id);
    expect((await store.listGazetteerEntries('person')).map((e) => e.name)).toEqual(['عبدالله الثاني']);
    // An entry written under the old key (the bare matching key) is found and rekeyed, not duplicated.
    const db = new Database(file);
    db.prepare("INSERT INTO gazetteer_entries (name, name_key, type, aliases, created_at) VALUES ('أبو ظبي', 'ابو ظبي', 'place', '[]', '2025-01-01')").run();
    db.close();
    const c = await store.upsertGazetteerEntry({ name: 'أبوظبي', type: 'place', aliases: ['Abu Dhabi'] });
    expect((await store.listGazetteerEntries('place')).map((e) => [e.id, e.name, e.aliases])).toEqual([[c.id, 'أبوظبي', ['Abu Dhabi']]]);
    await store.close();
  });

  it('upserts gazetteer entries by normalised name and type', async () => {
    const { store } = tempStore();
    const a = await store.upsertGazetteerEntry({ name: 'الأمم المتحدة', type: 'organization', aliases: ['الامم المتحدة'] });
    const b = await store.upsertGazetteerEntry({ name: 'الامم المتحده', type: 'organization', aliases: ['UN', 'UN'] });
    expect(b.id).toBe(a.id);
    expect(b.aliases).toEqual(['UN']);
    await store.upsertGazetteerEntry({ name: 'البوكمال', type: 'place', aliases: [] });
    expect((await store.listGazetteerEntries()).map((e) => e.type)).toEqual(['organization', 'place']);
    expect((await store.listGazetteerEntries('place')).map((e) => e.name)).toEqual(['البوكمال']);
    expect(await store.deleteGazetteerEntry(a.id)).toBe(true);
    expect(await store.listGazetteerEntries('organization')).toEqual([]);
    await store.close();
  });
});
