import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type AppApi } from '../../../../main/api/handlers/create-api.ts';
import type { Method, Response } from '../../../../main/api/contract.ts';
import { callOk } from '../../../helpers/api-ok.ts';
import { seedsGoldenBrief } from '../../../helpers/seeds-golden-brief.ts';
import { migrations } from '../../../../main/library/migrations.ts';
import { openWorkspace } from '../../../../main/library/open-workspace.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const seedsDir = path.join(here, '..', '..', '..', 'fixtures', 'seeds');
const OLD_DRAFTS = [readFileSync(path.join(here, '..', '..', '..', 'fixtures', 'briefs', 'sample.json'), 'utf8'), seedsGoldenBrief()];
const REWRITTEN = 'نقطة أعاد المحلل كتابتها';

let dir: string;
let api: AppApi;

function open(): Promise<AppApi> {
  return createApi({ workspace: path.join(dir, 'w.mawjaz'), exportsDir: path.join(dir, 'exports'), now: () => new Date().toISOString() });
}

function ok<M extends Method>(method: M, request: unknown): Promise<Response<M>> {
  return callOk(api, method, request);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mawjaz-briefs-'));
  // A workspace of the schema before briefs had a history, holding drafts saved then: they must keep opening.
  const old = openWorkspace(path.join(dir, 'w.mawjaz'), { migrations: migrations.filter((m) => m.version <= 2) });
  expect(old.schemaVersion).toBe(2);
  await old.close();
  // Written as that version wrote them: one row of JSON text per draft.
  const db = new Database(path.join(dir, 'w.mawjaz'));
  for (const [i, text] of OLD_DRAFTS.entries()) {
    db.prepare('INSERT INTO briefs (id, title, json, updated_at) VALUES (?, ?, ?, ?)').run(`old-${i}`, (JSON.parse(text) as { title: string }).title, text, '2025-04-10T09:00:00.000Z');
  }
  db.close();
  api = await open();
  const files = readdirSync(seedsDir).map((f) => ({ name: f, base64: readFileSync(path.join(seedsDir, f)).toString('base64') }));
  await ok('articles:importFiles', { files });
});

afterAll(async () => {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('briefs as documents', () => {
  it('opens drafts saved before briefs had a history, and edits them with undo', async () => {
    for (const [i, text] of OLD_DRAFTS.entries()) {
      const got = await ok('brief:get', { id: `old-${i}` });
      expect(got.brief).toEqual(JSON.parse(text));
      expect(got.history).toEqual({ undo: 0, redo: 0 });
    }
    const got = await ok('brief:get', { id: 'old-0' });
    const edited = { ...got.brief, summary: got.brief.summary.map((p, i) => (i === 0 ? { ...p, text: REWRITTEN, edited: true } : p)) };
    expect((await ok('brief:save', { id: 'old-0', brief: edited })).history).toEqual({ undo: 1, redo: 0 });
    expect((await ok('brief:undo', { id: 'old-0' })).brief).toEqual(got.brief);
  });

  it('re-assembles a draft keeping the analyst edits; undo goes back, across a restart', async () => {
    const ids = (await ok('articles:list', {})).items.map((a) => a.id);
    const assembled = await ok('brief:assemble', { selection: { articleIds: ids.slice(0, 4) }, title: 'موجز' });
    await ok('brief:save', { id: 'd1', brief: assembled });
    const [a, b, c] = assembled.summary;
    const edited = {
      ...assembled,
      summary: [{ ...b!, text: REWRITTEN, edited: true }, a!, { ...c!, included: false }, ...assembled.summary.slice(3)],
    };
    await ok('brief:save', { id: 'd1', brief: edited });
    const merged = await ok('brief:reassemble', { id: 'd1' });
    expect(merged.brief.summary.slice(0, 3)).toEqual(edited.summary.slice(0, 3));
    expect(merged.history).toEqual({ undo: 2, redo: 0 });
    expect((await ok('brief:get', { id: 'd1' })).brief).toEqual(merged.brief);

    await api.close();
    api = await open();
    const undone = await ok('brief:undo', { id: 'd1' });
    expect(undone.brief).toEqual(edited);
    expect(undone.history).toEqual({ undo: 1, redo: 1 });
    expect((await ok('brief:redo', { id: 'd1' })).brief).toEqual(merged.brief);
  });

  it('a new assembly is a new brief: lists, duplicates, renames, deletes and restores', async () => {
    const before = (await ok('brief:list', {})).briefs.length;
    const copy = await ok('brief:duplicate', { id: 'd1', title: 'نسخة من موجز' });
    expect(copy.id).not.toBe('d1');
    expect((await ok('brief:get', { id: copy.id })).history).toEqual({ undo: 0, redo: 0 });
    const renamed = await ok('brief:rename', { id: copy.id, title: 'موجز آخر' });
    expect(renamed.title).toBe('موجز آخر');
    expect((await ok('brief:get', { id: copy.id })).brief.title).toBe('موجز آخر');
    expect((await ok('brief:list', {})).briefs.map((x) => x.title)).toContain('موجز آخر');
    expect((await ok('brief:get', { id: 'd1' })).brief.title).toBe('موجز');

    expect((await ok('brief:delete', { id: copy.id })).deleted).toBe(true);
    expect((await ok('brief:list', {})).briefs).toHaveLength(before);
    expect(await api.call('brief:get', { id: copy.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect((await ok('brief:restore', { id: copy.id })).restored).toBe(true);
    expect((await ok('brief:get', { id: copy.id })).brief.title).toBe('موجز آخر');
    expect(await api.call('brief:rename', { id: copy.id, title: '  ' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await api.call('brief:reassemble', { id: 'nothing' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
