import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type AppApi } from '../../../main/api/handlers/create-api.ts';
import type { Method, Response } from '../../../main/api/contract.ts';
import { callOk } from '../../helpers/api-ok.ts';

const seedsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'seeds');
let dir: string;
let exportsDir: string;
let api: AppApi;
const opened: string[] = [];

function ok<M extends Method>(method: M, request: unknown): Promise<Response<M>> {
  return callOk(api, method, request);
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mawjaz-exports-api-'));
  exportsDir = path.join(dir, 'exports');
  api = await createApi({
    workspace: path.join(dir, 'w.mawjaz'),
    exportsDir,
    now: () => '2026-12-02T09:00:00.000Z',
    openPath: (file) => {
      opened.push(file);
      return Promise.resolve(true);
    },
    exportHref: (name) => `/api/exports/${encodeURIComponent(name)}`,
  });
  const seed = readdirSync(seedsDir)[0] ?? '';
  await ok('articles:importFiles', { files: [{ name: seed, base64: readFileSync(path.join(seedsDir, seed)).toString('base64') }] });
});

afterAll(() => {
  api.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('exports never overwrite each other', () => {
  it('gives two briefs of the same title on one day, and titles without letters, names of their own', async () => {
    const ids = (await ok('articles:list', {})).items.map((a) => a.id);
    const brief = await ok('brief:assemble', { selection: { articleIds: ids, topics: [] } });
    const names: string[] = [];
    const answers: string[] = [];
    for (const title of ['موجز اليوم', 'موجز اليوم', '', '...', '---']) {
      const r = await ok('brief:export', { brief: { ...brief, title }, format: 'docx', template: 'flash' });
      names.push(r.fileName);
      answers.push(JSON.stringify(r));
    }
    expect(names).toEqual([
      'موجز-اليوم-2026-12-02.docx',
      'موجز-اليوم-2026-12-02-2.docx',
      'brief-2026-12-02.docx',
      'brief-2026-12-02-2.docx',
      'brief-2026-12-02-3.docx',
    ]);
    expect(readdirSync(exportsDir).sort()).toEqual([...names].sort());
    // No absolute path reaches the page: a plain file name only.
    for (const answer of answers) expect(answer).not.toContain(dir);
    const listed = await ok('exports:list', {});
    expect(listed.files.map((f) => f.name).sort()).toEqual([...names].sort());
    expect(listed.files.every((f) => f.bytes > 1000)).toBe(true);
    expect(JSON.stringify(listed)).not.toContain(dir);
  }, 60_000);
});

describe('files:open opens only an existing export', () => {
  it('opens an export by its name, with its real path', async () => {
    const [file] = (await ok('exports:list', {})).files;
    const r = await ok('files:open', { name: file?.name ?? '' });
    expect(r).toEqual({ opened: true, href: `/api/exports/${encodeURIComponent(file?.name ?? '')}` });
    expect(opened.at(-1)).toBe(path.join(exportsDir, file?.name ?? ''));
  });

  it('refuses missing names, paths, links, NUL, shell characters and other extensions without opening anything', async () => {
    const secret = path.join(dir, 'secret.pdf');
    writeFileSync(secret, 'secret');
    symlinkSync(secret, path.join(exportsDir, 'link.pdf'));
    writeFileSync(path.join(exportsDir, 'run.sh'), 'echo hi');
    const before = opened.length;
    for (const name of ['missing.pdf', secret, '../secret.pdf', 'link.pdf', 'a.pdf\0', 'x" & calc & ".pdf', '$(touch pwned).pdf', 'run.sh']) {
      const r = await api.call('files:open', { name });
      expect(r.ok, name).toBe(false);
      if (!r.ok) expect(['not-found', 'invalid-request']).toContain(r.error.code);
    }
    // The old request shape (an absolute path) is refused by the schema.
    expect(await api.call('files:open', { path: secret })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(opened.length).toBe(before);
    expect(existsSync(path.join(process.cwd(), 'pwned'))).toBe(false);
  });
});

describe('exports:view gives the page an export to show', () => {
  it('a PDF as its bytes, and a Word file as its page count, said to be estimated', async () => {
    const ids = (await ok('articles:list', {})).items.map((a) => a.id);
    const brief = await ok('brief:assemble', { selection: { articleIds: ids, topics: [] } });
    const pdf = await ok('brief:export', { brief, format: 'pdf', template: 'standard' });
    const shown = await ok('exports:view', { name: pdf.fileName });
    expect(shown.format).toBe('pdf');
    if (shown.format === 'pdf') expect(Buffer.from(shown.base64, 'base64')).toEqual(readFileSync(path.join(exportsDir, pdf.fileName)));
    const docx = await ok('brief:export', { brief, format: 'docx', template: 'standard' });
    const word = await ok('exports:view', { name: docx.fileName });
    expect(word).toMatchObject({ format: 'docx', basis: 'estimate' });
    if (word.format === 'docx') expect(word.pages).toBeGreaterThan(0);
  });

  it('refuses what files:open refuses: missing names, paths, links, other extensions', async () => {
    for (const name of ['missing.pdf', path.join(dir, 'secret.pdf'), '../secret.pdf', 'link.pdf', 'run.sh']) {
      const r = await api.call('exports:view', { name });
      expect(r.ok, name).toBe(false);
    }
  });
});

describe('no absolute path reaches the page', () => {
  it('workspace:info names the workspace file only', async () => {
    const info = await ok('workspace:info', {});
    expect(info.name).toBe('w.mawjaz');
    expect(JSON.stringify(info)).not.toContain(dir);
  });
});

describe('workspace:backup', () => {
  it('copies the open workspace, which keeps answering', async () => {
    const to = path.join(dir, 'backup.mawjaz');
    expect((await ok('workspace:backup', { to })).bytes).toBeGreaterThan(0);
    expect(readFileSync(to).subarray(0, 15).toString()).toBe('SQLite format 3');
    expect((await ok('workspace:info', {})).articles).toBe(1);
  });
});

describe('brief:assemble', () => {
  it('refuses an empty selection with a clear error instead of an empty brief', async () => {
    expect(await api.call('brief:assemble', { selection: { articleIds: [], topics: [] } })).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: 'nothing is selected: pick articles or topics to brief' },
    });
    await ok('topics:create', { name: 'موضوع فارغ' });
    expect(await api.call('brief:assemble', { selection: { topics: ['موضوع فارغ'] } })).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: 'the selected topics hold no article: «موضوع فارغ»' },
    });
  });
});
