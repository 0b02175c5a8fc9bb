import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type AppApi } from '../../../../main/api/handlers/create-api.ts';
import type { Method, Progress, Response } from '../../../../main/api/contract.ts';
import { callOk } from '../../../helpers/api-ok.ts';
import { STORAGE_PROBLEM_TEXT, storageProblemOf } from '../../../../main/library/storage-problem.ts';

const seedsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'fixtures', 'seeds');
let dir: string;
let api: AppApi;
const events: Progress[] = [];

function ok<M extends Method>(method: M, request: unknown): Promise<Response<M>> {
  return callOk(api, method, request);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mawjaz-api-'));
  api = await createApi({ workspace: path.join(dir, 'w.mawjaz'), exportsDir: path.join(dir, 'exports'), now: () => '2025-04-10T09:00:00.000Z' });
  api.onProgress((p) => events.push(p));
});

afterAll(() => {
  api.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the API', () => {
  it('imports files sent as bytes, reporting bad ones by name and keeping the rest', async () => {
    const files = readdirSync(seedsDir).map((f) => ({ name: f, base64: readFileSync(path.join(seedsDir, f)).toString('base64') }));
    files.push({ name: 'photo.txt', base64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]).toString('base64') });
    const report = await ok('articles:importFiles', { files });
    expect(report.totals.imported).toBe(5);
    expect(report.entries.find((e) => e.file === 'photo.txt')).toMatchObject({ status: 'failed' });
    expect(report.entries.every((e) => !e.file.includes(os.tmpdir()))).toBe(true);
    expect(events.some((e) => e.task.startsWith('import'))).toBe(true);
    expect((await ok('workspace:info', {})).articles).toBe(5);
  });

  it('searches with Arabic folding and lists with filters', async () => {
    const found = await ok('articles:search', { query: 'الحشد' });
    expect(found.hits.length).toBeGreaterThan(0);
    // Opened from the search, the article says where the words searched for stand in its text.
    const hit = found.hits[0]?.article.id ?? '';
    const opened = await ok('articles:get', { id: hit, query: 'الحشد' });
    expect(opened.highlights?.length).toBeGreaterThan(0);
    for (const r of opened.highlights ?? []) expect(opened.body.slice(r.start, r.end)).toContain('حشد');
    expect((await ok('articles:get', { id: hit })).highlights).toBeUndefined();
    const list = await ok('articles:list', { sort: 'published-desc' });
    expect(list.total).toBe(5);
    expect(list.outlets.length).toBeGreaterThan(0);
  });

  it('curates topics, assembles, saves and exports a brief', async () => {
    const list = await ok('articles:list', {});
    const topic = await ok('topics:create', { name: 'العراق وسوريا', keywords: ['الحشد', 'الحدود'] });
    const assigned = await ok('topics:assign', { id: topic.id, articleIds: list.items.slice(0, 3).map((a) => a.id) });
    expect(assigned.articles).toBe(3);
    const brief = await ok('brief:assemble', { selection: { topics: ['العراق وسوريا'], articleIds: [list.items[4]?.id ?? ''] } });
    expect(brief.sources).toHaveLength(4);
    expect(brief.topics).toEqual(['العراق وسوريا']);
    expect(brief.generatedAt).toBe('2025-04-10T09:00:00.000Z');
    await ok('brief:save', { id: 'draft', brief });
    expect((await ok('brief:get', { id: 'draft' })).brief).toEqual(brief);
    const pdf = await ok('brief:export', { brief, format: 'pdf' });
    expect(readFileSync(path.join(dir, 'exports', pdf.fileName)).subarray(0, 5).toString()).toBe('%PDF-');
    const docx = await ok('brief:export', { brief, format: 'docx', template: 'flash' });
    expect(readFileSync(path.join(dir, 'exports', docx.fileName)).subarray(0, 2).toString()).toBe('PK');
  });

  it('puts a removed line back into the story and takes it out again, surviving a re-import', async () => {
    const list = await ok('articles:list', {});
    const details = await Promise.all(list.items.map((a) => ok('articles:get', { id: a.id })));
    const article = details.find((d) => d.removed.length > 0);
    const line = article?.removed[0];
    if (article === undefined || line === undefined) throw new Error('the seeds have no removed line');
    const restored = await ok('articles:setLine', { id: article.id, line: line.line, inStory: true });
    expect(restored.body.split('\n\n')).toContain(line.text);
    expect(restored.movedLines).toEqual([line.line]);
    const files = readdirSync(seedsDir).map((f) => ({ name: f, base64: readFileSync(path.join(seedsDir, f)).toString('base64') }));
    expect((await ok('articles:importFiles', { files })).totals.imported).toBe(0);
    expect((await ok('articles:get', { id: article.id })).body.split('\n\n')).toContain(line.text);
    const back = await ok('articles:setLine', { id: article.id, line: line.line, inStory: false });
    expect(back.body).toBe(article.body);
    expect(await api.call('articles:setLine', { id: article.id, line: -1, inStory: true })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await api.call('articles:setLine', { id: article.id, line: 99999, inStory: true })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('reverts a metadata correction: the value read at import comes back, other corrections stay', async () => {
    const [first] = (await ok('articles:list', {})).items;
    if (first === undefined) throw new Error('no article');
    const read = await ok('articles:get', { id: first.id });
    const corrected = await ok('articles:correct', { id: first.id, fields: { title: 'عنوان صححه المحلل', author: 'كاتب صححه المحلل' } });
    expect(corrected.corrected.slice().sort()).toEqual(['author', 'title']);
    const reverted = await ok('articles:revert', { id: first.id, fields: ['title'] });
    expect(reverted.title).toBe(read.title);
    expect(reverted).toMatchObject({ author: 'كاتب صححه المحلل', corrected: ['author'] });
    expect(await ok('articles:revert', { id: first.id })).toMatchObject({ author: read.author, corrected: [] });
    expect(await api.call('articles:revert', { id: 'nosuch' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('deletes an article all or nothing, a brief citing it keeps its quotes, and the deletion can be undone', async () => {
    const items = (await ok('articles:list', {})).items;
    const gone = items[0];
    if (gone === undefined) throw new Error('no article');
    const brief = await ok('brief:assemble', { selection: { topics: [], articleIds: items.map((a) => a.id) } });
    await ok('brief:save', { id: 'cites-all', brief });
    const quotes = brief.summary.flatMap((p) => p.sources).filter((c) => c.sourceId === gone.id);
    expect(quotes.length).toBeGreaterThan(0);
    expect(await ok('articles:delete', { id: gone.id })).toEqual({ deleted: true });
    expect(await ok('articles:delete', { id: gone.id })).toEqual({ deleted: false });
    expect(await api.call('articles:get', { id: gone.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect((await ok('workspace:info', {})).articles).toBe(items.length - 1);
    const kept = (await ok('brief:get', { id: 'cites-all' })).brief;
    expect(kept.summary.flatMap((p) => p.sources).filter((c) => c.sourceId === gone.id)).toEqual(quotes);
    expect(await ok('articles:restore', { id: gone.id })).toEqual({ restored: true });
    expect((await ok('articles:get', { id: gone.id })).title).toBe(gone.title);
    expect((await ok('workspace:info', {})).articles).toBe(items.length);
  });

  it('tells the app’s version and gives the notices that ship: libraries, the model’s data, each font', async () => {
    const about = await ok('about:info', {});
    const pkg = JSON.parse(readFileSync(path.join(seedsDir, '..', '..', '..', 'package.json'), 'utf8')) as { version: string };
    expect(about.version).toBe(pkg.version);
    expect(about.notices.find((n) => n.kind === 'notices')?.text).toContain('lit-html');
    expect(about.notices.find((n) => n.kind === 'data')?.text).toMatch(/ANERcorp/);
    expect(about.notices.filter((n) => n.kind === 'font').map((n) => n.name)).toEqual(['Amiri-LICENSE.txt', 'Noto-LICENSE.txt']);
    expect(about.notices.every((n) => !n.name.includes(path.sep))).toBe(true);
  });

  it('reads dates as the analyst types them and says stored ones in words', async () => {
    const { dates } = await ok('dates:read', { texts: ['--08-26', '٢٦ آب ٢٠٢٤', 'غداً'] });
    expect(dates[0]).toMatchObject({ value: '--08-26', days: null, ar: '26 أغسطس، السنة غير معروفة' });
    expect(dates[1]).toMatchObject({ value: '2024-08-26', en: '26 August 2024', hijri: { ar: '22 صفر 1446 هـ' } });
    expect(dates[2]).toBeNull();
    expect(await api.call('dates:read', { texts: [] })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('gives each removed line its reason as a code the UI translates, the analyst’s own removals included', async () => {
    const list = await ok('articles:list', {});
    const details = await Promise.all(list.items.map((a) => ok('articles:get', { id: a.id })));
    const removed = details.flatMap((d) => d.removed);
    expect(removed.length).toBeGreaterThan(5);
    for (const line of removed) expect(line.code, line.reason).toBe(line.reason);
    const article = details.find((d) => (d.storyLines?.length ?? 0) > 1);
    const storyLine = article?.storyLines?.[1];
    if (article === undefined || storyLine === undefined) throw new Error('the seeds have no story line');
    const out = await ok('articles:setLine', { id: article.id, line: storyLine, inStory: false });
    expect(out.removed.find((l) => l.line === storyLine)).toMatchObject({ reason: 'analyst', code: 'analyst' });
    await ok('articles:setLine', { id: article.id, line: storyLine, inStory: true });
  });

  it('keeps actor corrections and applies them to the next assembly', async () => {
    const list = await ok('articles:list', {});
    const before = await ok('brief:assemble', { selection: { articleIds: list.items.map((a) => a.id), topics: [] } });
    const actor = before.actors.find((a) => a.type === 'person');
    expect(actor).toBeDefined();
    await ok('actors:correct', { rule: { kind: 'rename', from: actor?.name ?? '', to: 'اسم صححه المحلل' } });
    const after = await ok('brief:assemble', { selection: { articleIds: list.items.map((a) => a.id), topics: [] } });
    expect(after.actors.map((a) => a.name)).toContain('اسم صححه المحلل');
    expect((await ok('actors:corrections', {})).rules).toHaveLength(1);
  });

  it('learns names the analyst adds to the gazetteer', async () => {
    const list = await ok('articles:list', {});
    const selection = { selection: { articleIds: list.items.map((a) => a.id), topics: [] } };
    expect((await ok('brief:assemble', selection)).actors.map((a) => a.name)).not.toContain('حجي عسكر');
    const added = await ok('gazetteer:add', { name: 'حجي عسكر', type: 'person', aliases: [] });
    expect(added.entries.map((e) => e.name)).toEqual(['حجي عسكر']);
    const actor = (await ok('brief:assemble', selection)).actors.find((a) => a.name === 'حجي عسكر');
    expect(actor?.type).toBe('person');
    expect(actor?.sources[0]?.quote).toContain('حجي عسكر');
    expect((await ok('gazetteer:delete', { id: added.entries[0]?.id ?? -1 })).entries).toEqual([]);
  });

  it('answers bad requests with a code and the field, never a stack trace', async () => {
    const bad = await api.call('topics:create', { name: 42 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    if (!bad.ok) expect(bad.error.message).toMatch(/^name:/);
    const hidden = await api.call('topics:create', { name: '\u202E' });
    expect(hidden).toMatchObject({ ok: false, error: { code: 'invalid-request', message: 'name: this topic name cannot be used: it holds the control or format character U+202E' } });
    expect(await api.call('articles:get', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await api.call('brief:get', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('never lets a request name a file to read or a place to write', async () => {
    const list = await ok('articles:list', {});
    const brief = await ok('brief:assemble', { selection: { articleIds: [list.items[0]?.id ?? ''], topics: [] } });
    const asPath = await api.call('brief:export', { brief, format: 'pdf', template: '/etc/passwd' });
    expect(asPath).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    if (!asPath.ok) expect(asPath.error.message).not.toContain('root');
    const escaping = await api.call('brief:export', { brief: { ...brief, generatedAt: 'x/../../ 2025-04-10' }, format: 'pdf' });
    expect(escaping).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await api.call('brief:export', { brief, format: 'pdf', template: 'nonexistent' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('refuses a workspace it cannot write, naming the file', async () => {
    const blocker = path.join(dir, 'a-file');
    writeFileSync(blocker, 'x');
    await expect(createApi({ workspace: path.join(blocker, 'w.mawjaz'), exportsDir: dir })).rejects.toMatchObject({
      file: path.join(blocker, 'w.mawjaz'),
      problem: 'file-in-the-way',
      message: `${path.join(blocker, 'w.mawjaz')}: cannot create the workspace: a file stands where its folder should be`,
    });
  });

  it('parses a listing once, where it leaves the API: a row damaged in the file is refused, not passed on', async () => {
    const { items } = await ok('articles:list', { sort: 'imported-asc' });
    const victim = items[0];
    if (victim === undefined) throw new Error('no article to damage');
    const other = new Database(api.workspace);
    try {
      other.prepare("UPDATE articles SET format = 'exe' WHERE id = ?").run(victim.id);
      const listed = await api.call('articles:list', {});
      expect(listed.ok ? 'listed' : listed.error.code).toBe('invalid-request');
      expect(listed.ok ? '' : listed.error.message).toMatch(/format/u);
    } finally {
      other.prepare('UPDATE articles SET format = ? WHERE id = ?').run(victim.format, victim.id);
      other.close();
    }
    expect((await ok('articles:list', { sort: 'imported-asc' })).items).toEqual(items);
  });

  it('says what stops a write while working (another program holds the workspace), and saves once it is free', async () => {
    const brief = await ok('brief:assemble', { selection: { articleIds: (await ok('articles:list', {})).items.slice(0, 1).map((a) => a.id) } });
    const other = new Database(api.workspace);
    try {
      other.exec('BEGIN IMMEDIATE'); // a second Mawjaz in the middle of a write
      const r = await api.call('brief:save', { id: 'while-busy', brief });
      expect(r).toEqual({
        ok: false,
        error: { code: 'unwritable', message: `${api.workspace}: the workspace is busy: another Mawjaz is writing to it`, file: api.workspace, problem: 'busy' },
      });
      expect((await api.call('workspace:info', {})).ok).toBe(true); // reading goes on
      other.exec('ROLLBACK');
      expect((await api.call('brief:save', { id: 'while-busy', brief })).ok).toBe(true);
    } finally {
      other.close();
    }
  }, 20_000);
});

describe('storage problems in the analyst\'s words', () => {
  it('names each failure by its code, extended SQLite codes by their primary one', () => {
    const err = (code: string) => Object.assign(new Error('x'), { code });
    expect(storageProblemOf(err('SQLITE_FULL'))).toBe('disk-full');
    expect(storageProblemOf(err('ENOSPC'))).toBe('disk-full');
    expect(storageProblemOf(err('SQLITE_IOERR_WRITE'))).toBe('io-error');
    expect(storageProblemOf(err('SQLITE_READONLY_DIRECTORY'))).toBe('read-only-file');
    expect(storageProblemOf(err('SQLITE_READONLY_DBMOVED'))).toBe('moved');
    expect(storageProblemOf(err('SQLITE_BUSY_SNAPSHOT'))).toBe('busy');
    expect(storageProblemOf(err('EROFS'))).toBe('read-only-file-system');
    expect(storageProblemOf(err('SQLITE_CONSTRAINT_UNIQUE'))).toBeNull();
    expect(storageProblemOf(new Error('plain'))).toBeNull();
    expect(STORAGE_PROBLEM_TEXT['disk-full']).toBe('the disk is full');
  });
});
