import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { HISTORY_LIMITS, recordStep, historyCounts } from '../../../main/library/brief-history.ts';
import { migrations } from '../../../main/library/migrations.ts';
import { openWorkspace } from '../../../main/library/open-workspace.ts';
import { tempDir } from './helpers.ts';

const doc = (points: string[], title = 'موجز') => ({ title, points });

describe('brief undo history in the workspace', () => {
  it('undoes and redoes saved edits, across a restart', async () => {
    const file = path.join(tempDir(), 'w.mawjaz');
    let store = openWorkspace(file);
    expect((await store.saveBrief({ id: 'b1', title: 'موجز', json: doc(['أ']) })).history).toEqual({ undo: 0, redo: 0 });
    await store.saveBrief({ id: 'b1', title: 'موجز', json: doc(['أ', 'ب']) });
    // Saving the same content again is no step.
    expect((await store.saveBrief({ id: 'b1', title: 'موجز', json: doc(['أ', 'ب']) })).history).toEqual({ undo: 1, redo: 0 });
    expect((await store.saveBrief({ id: 'b1', title: 'موجز آخر', json: doc(['ج', 'ب'], 'موجز آخر') })).history).toEqual({ undo: 2, redo: 0 });
    await store.close();

    store = openWorkspace(file);
    expect(await store.stepBrief('b1', 'undo')).toEqual({ json: doc(['أ', 'ب']), history: { undo: 1, redo: 1 } });
    expect((await store.listBriefs())[0]?.title).toBe('موجز');
    await store.close();
    store = openWorkspace(file);
    expect((await store.getBrief('b1'))?.json).toEqual(doc(['أ', 'ب']));
    expect((await store.stepBrief('b1', 'undo'))?.json).toEqual(doc(['أ']));
    expect(await store.stepBrief('b1', 'undo')).toBeNull();
    expect((await store.stepBrief('b1', 'redo'))?.json).toEqual(doc(['أ', 'ب']));
    expect(await store.stepBrief('b1', 'redo')).toEqual({ json: doc(['ج', 'ب'], 'موجز آخر'), history: { undo: 2, redo: 0 } });
    // An edit after an undo drops what could be redone.
    await store.stepBrief('b1', 'undo');
    expect((await store.saveBrief({ id: 'b1', title: 'موجز', json: doc(['د']) })).history).toEqual({ undo: 2, redo: 0 });
    await store.close();
  });

  it('keeps each step as a change, not a copy, and at most 100 steps', async () => {
    const store = openWorkspace(path.join(tempDir(), 'w.mawjaz'));
    const big = Array.from({ length: 140 }, (_, i) => `نقطة طويلة رقم ${i} `.repeat(10));
    for (let i = 0; i < 130; i++) await store.saveBrief({ id: 'b', title: 'موجز', json: doc(big.map((p, j) => (j === i ? `${p} (معدلة)` : p))) });
    expect(await store.briefHistory('b')).toEqual({ undo: HISTORY_LIMITS.steps, redo: 0 });
    let present = (await store.getBrief('b'))?.json;
    for (let i = 0; i < 100; i++) present = (await store.stepBrief('b', 'undo'))?.json ?? present;
    expect(await store.stepBrief('b', 'undo')).toBeNull();
    // The oldest steps went: the earliest version it goes back to is the 30th save.
    expect(present).toEqual(doc(big.map((p, j) => (j === 29 ? `${p} (معدلة)` : p))));
    await store.close();
  });

  it('keeps at most the byte budget per brief, dropping the oldest steps', () => {
    const db = new Database(':memory:');
    for (const m of migrations) m.up(db);
    db.prepare("INSERT INTO briefs (id, title, json, updated_at) VALUES ('b', 't', '{}', 'x')").run();
    const limits = { steps: 100, bytes: 10_000 };
    for (let i = 0; i < 20; i++) recordStep(db, 'b', { text: 'x'.repeat(1000) + String(i) }, { text: String(i) }, limits);
    const { n, bytes } = db.prepare("SELECT count(*) AS n, sum(bytes) AS bytes FROM brief_history WHERE brief_id = 'b'").get() as { n: number; bytes: number };
    expect(bytes).toBeLessThanOrEqual(10_000);
    expect(n).toBe(historyCounts(db, 'b').undo);
    expect(n).toBeGreaterThan(5);
    expect(db.prepare("SELECT min(seq) FROM brief_history WHERE brief_id = 'b'").pluck().get()).toBe(20 - n + 1);
  });

  it('deletes a brief so that it can be brought back, history and all', async () => {
    const store = openWorkspace(path.join(tempDir(), 'w.mawjaz'));
    await store.saveBrief({ id: 'b1', title: 'موجز', json: doc(['أ']) });
    await store.saveBrief({ id: 'b1', title: 'موجز', json: doc(['ب']) });
    expect(await store.deleteBrief('b1')).toBe(true);
    expect(await store.getBrief('b1')).toBeNull();
    expect(await store.listBriefs()).toEqual([]);
    expect((await store.counts()).briefs).toBe(0);
    expect(await store.deleteBrief('b1')).toBe(false);
    expect(await store.restoreBrief('b1')).toBe(true);
    expect((await store.getBrief('b1'))?.json).toEqual(doc(['ب']));
    expect((await store.stepBrief('b1', 'undo'))?.json).toEqual(doc(['أ']));
    await store.close();
  });

  it('removes for good, with its history, a brief deleted more than a day before the next deletion', async () => {
    let clock = new Date('2026-12-01T10:00:00Z');
    const file = path.join(tempDir(), 'w.mawjaz');
    const store = openWorkspace(file, { now: () => clock });
    await store.saveBrief({ id: 'old', title: 'قديم', json: doc(['أ']) });
    await store.saveBrief({ id: 'old', title: 'قديم', json: doc(['ب']) });
    await store.saveBrief({ id: 'new', title: 'جديد', json: doc(['أ']) });
    await store.deleteBrief('old');
    clock = new Date('2026-12-02T11:00:00Z');
    await store.deleteBrief('new');
    expect(await store.restoreBrief('old')).toBe(false);
    expect(await store.restoreBrief('new')).toBe(true);
    await store.close();
    const db = new Database(file);
    expect(db.prepare("SELECT count(*) FROM brief_history WHERE brief_id = 'old'").pluck().get()).toBe(0);
    db.close();
  });
});
