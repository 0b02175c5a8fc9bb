import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi, type AppApi } from '../../../../main/api/handlers/create-api.ts';
import { createFilesApi, type FilesApi } from '../../../../main/api/handlers/create-files-api.ts';
import type { Progress } from '../../../../main/api/contract.ts';
import { isReadBrief, readBrief } from '../../../../main/briefing/read-brief.ts';
import { Brief } from '../../../../main/model/brief.ts';
import { createInProcessWork } from '../../../../main/work-thread/in-process.ts';

// The API without a workspace (`mawjaz render`) answers `brief:exportTo` as the workspace's API does — the same
// parsing, the same bytes, the same Result errors — and refuses every call that needs a workspace.

const briefFile = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'fixtures', 'briefs', 'sample.json');
const brief = Brief.parse(JSON.parse(readFileSync(briefFile, 'utf8')));
let dir: string;
let files: FilesApi;
let api: AppApi;
const events: Progress[] = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mawjaz-files-api-'));
  files = createFilesApi({ work: createInProcessWork() });
  files.onProgress((p) => events.push(p));
  api = await createApi({ workspace: path.join(dir, 'w.mawjaz'), exportsDir: path.join(dir, 'exports'), work: createInProcessWork(), checkModel: false });
});

afterAll(async () => {
  await Promise.all([files.close(), api.close()]);
  rmSync(dir, { recursive: true, force: true });
});

describe('the API without a workspace', () => {
  it('writes the same PDF as the API on a new workspace, reporting progress', async () => {
    const mine = path.join(dir, 'files.pdf');
    const theirs = path.join(dir, 'workspace.pdf');
    const answer = await files.call('brief:exportTo', { brief, format: 'pdf', to: mine });
    expect(answer).toEqual({ ok: true, value: { bytes: readFileSync(mine).length } });
    expect(await api.call('brief:exportTo', { brief, format: 'pdf', to: theirs })).toMatchObject({ ok: true });
    expect(readFileSync(mine).equals(readFileSync(theirs))).toBe(true);
    expect(events.map((e) => [e.task, e.done])).toEqual([['export:pdf', 0], ['export:pdf', 1]]);
  }, 60_000);

  it('refuses a bad request and an unknown template with the errors the workspace API gives', async () => {
    const to = path.join(dir, 'never.pdf');
    for (const request of [{ brief: { ...brief, schemaVersion: 2 }, format: 'pdf', to }, { brief, format: 'pdf', to, template: 'nosuch' }, { brief, format: 'odt', to }]) {
      const mine = await files.call('brief:exportTo', request);
      expect(mine.ok).toBe(false);
      expect(mine).toEqual(await api.call('brief:exportTo', request));
    }
  });

  it('takes a brief readBrief gave back as parsed, writing the same PDF, and still parses the request\'s other fields', async () => {
    const read = await readBrief(briefFile);
    expect(isReadBrief(read)).toBe(true);
    expect(isReadBrief(brief)).toBe(false);
    expect(isReadBrief({ ...read })).toBe(false);
    const mine = path.join(dir, 'read.pdf');
    expect(await files.call('brief:exportTo', { brief: read, format: 'pdf', to: mine })).toMatchObject({ ok: true });
    expect(readFileSync(mine).equals(readFileSync(path.join(dir, 'files.pdf')))).toBe(true);
    const to = path.join(dir, 'never.pdf');
    for (const request of [{ brief: read, format: 'pdf', to, template: 'nosuch' }, { brief: read, format: 'odt', to }, { brief: read, format: 'pdf', to: '' }, { brief: read, format: 'pdf' }]) {
      const answer = await files.call('brief:exportTo', request);
      expect(answer.ok).toBe(false);
      expect(answer).toEqual(await api.call('brief:exportTo', request));
    }
  }, 60_000);

  it('gives back a brief that nothing can change, at any depth, which both exports still write from', async () => {
    const read = await readBrief(briefFile);
    const source = read.sources[0];
    const point = read.summary[0];
    if (source === undefined || point === undefined) throw new Error('the sample brief has a source and a point');
    expect(() => Object.assign(read, { title: 'changed' })).toThrow(TypeError);
    expect(() => (read.sources as unknown[]).push(source)).toThrow(TypeError);
    expect(() => Object.assign(source, { outlet: 'changed' })).toThrow(TypeError);
    expect(() => (point.sources as unknown[]).splice(0, 1)).toThrow(TypeError);
    expect(read).toEqual(brief);
    for (const format of ['pdf', 'docx'] as const) {
      expect(await files.call('brief:exportTo', { brief: read, format, to: path.join(dir, `frozen.${format}`) })).toMatchObject({ ok: true });
    }
  }, 60_000);

  it('names the export when writing it fails', async () => {
    const blocked = path.join(dir, 'files.pdf', 'inside.pdf');
    const mine = await files.call('brief:exportTo', { brief, format: 'pdf', to: blocked });
    // Named as the file it is, not as a workspace, by both hosts alike.
    expect(mine).toMatchObject({ ok: false, error: { code: 'unwritable', message: `${blocked}: a file stands where a folder of this path should be`, file: blocked } });
    expect(mine).toEqual(await api.call('brief:exportTo', { brief, format: 'pdf', to: blocked }));
  }, 60_000);

  it('answers a cancel, and refuses the calls that need a workspace', async () => {
    expect(await files.call('brief:exportCancel', {})).toEqual({ ok: true, value: { cancelled: false } });
    expect(await files.call('articles:list', {})).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await files.call('workspace:info', {})).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
