import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { electron } from './electron-mock.ts';

vi.mock('electron', async () => (await import('./electron-mock.ts')).installElectronMock());

const { startApiProcess } = await import('../../../main/electron/api-process.ts');

let dir: string;
let exportsDir: string;
beforeEach(() => {
  vi.clearAllMocks();
  electron().children.length = 0;
  dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), 'mawjaz-api-process-')));
  exportsDir = path.join(dir, 'exports');
  mkdirSync(exportsDir);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The utility process the last start forked, and what the main process posted to it. */
function child() {
  const c = electron().children.at(-1);
  if (!c) throw new Error('no utility process was forked');
  return { process: c, posted: () => c.postMessage.mock.calls.map(([m]) => m as Record<string, unknown>) };
}

/** Starts the API process and answers its open request as the worker does. */
async function started() {
  const starting = startApiProcess('/app/api-worker.js', path.join(dir, 'w.mawjaz'), exportsDir);
  const c = child();
  expect(c.posted()).toEqual([{ type: 'open', id: 1, workspace: path.join(dir, 'w.mawjaz'), exportsDir }]);
  c.process.emit('message', { type: 'opened', id: 1, workspace: path.join(dir, 'w.mawjaz') });
  return { api: await starting, ...c };
}

describe('the API utility process, seen from the main process', () => {
  it('forks the worker file and opens the workspace there first', async () => {
    const { api } = await started();
    expect(electron().utilityProcess.fork).toHaveBeenCalledWith('/app/api-worker.js', [], expect.objectContaining({ serviceName: 'Mawjaz API' }));
    expect(api.workspace).toBe(path.join(dir, 'w.mawjaz'));
  });

  it('fails to start with the worker\'s reason, and stops the process', async () => {
    const starting = startApiProcess('/app/api-worker.js', path.join(dir, 'w.mawjaz'), exportsDir);
    child().process.emit('message', { type: 'open-failed', id: 1, message: '/x/w.mawjaz: not a Mawjaz workspace' });
    await expect(starting).rejects.toThrow('/x/w.mawjaz: not a Mawjaz workspace');
    expect(child().process.kill).toHaveBeenCalled();
  });

  it('matches each answer to its call by id, whatever the order they come back in', async () => {
    const { api, process, posted } = await started();
    const first = api.call('articles:list', { page: 1 });
    const second = api.call('topics:list', {});
    expect(posted().slice(1)).toEqual([
      { type: 'call', id: 2, method: 'articles:list', request: { page: 1 } },
      { type: 'call', id: 3, method: 'topics:list', request: {} },
    ]);
    process.emit('message', { type: 'result', id: 3, result: { ok: true, value: 'topics' } });
    process.emit('message', { type: 'result', id: 2, result: { ok: true, value: 'articles' } });
    expect(await first).toEqual({ ok: true, value: 'articles' });
    expect(await second).toEqual({ ok: true, value: 'topics' });
  });

  it('passes progress to its listeners until they unsubscribe', async () => {
    const { api, process } = await started();
    const seen: unknown[] = [];
    const off = api.onProgress((p) => seen.push(p));
    const p = { task: 'import', done: 1, total: 3, label: 'a.txt' };
    process.emit('message', { type: 'progress', progress: p });
    off();
    process.emit('message', { type: 'progress', progress: p });
    expect(seen).toEqual([p]);
  });

  it('answers pending and later calls with an error once the process has died, instead of hanging', async () => {
    const { api, process, posted } = await started();
    const pending = api.call('brief:assemble', {});
    process.emit('exit', 1);
    expect(await pending).toMatchObject({ ok: false, error: { code: 'internal' } });
    const sentBefore = posted().length;
    expect(await api.call('articles:list', {})).toEqual({ ok: false, error: { code: 'internal', message: 'the API process stopped; restart Mawjaz' } });
    api.close();
    expect(posted()).toHaveLength(sentBefore);
  });

  it('asks the worker to close while it lives', async () => {
    const { api, posted } = await started();
    api.close();
    expect(posted().at(-1)).toEqual({ type: 'close' });
  });
});

describe('opening a file with the system viewer', () => {
  async function askToOpen(file: string, id: number) {
    const { process, posted } = await started();
    process.emit('message', { type: 'open-path', id, path: file });
    await vi.waitFor(() => expect(posted().some((m) => m['type'] === 'open-path-done')).toBe(true));
    return posted().find((m) => m['type'] === 'open-path-done');
  }

  it('hands an existing export of this workspace to the shell', async () => {
    writeFileSync(path.join(exportsDir, 'brief-2025-04-10.pdf'), '%PDF');
    expect(await askToOpen(path.join(exportsDir, 'brief-2025-04-10.pdf'), 7)).toEqual({ type: 'open-path-done', id: 7, opened: true });
    expect(electron().shell.openPath).toHaveBeenCalledWith(path.join(exportsDir, 'brief-2025-04-10.pdf'));
  });

  it('refuses anything else the worker names: a file elsewhere, a link, a missing file, a folder', async () => {
    writeFileSync(path.join(dir, 'secret.pdf'), 'secret');
    symlinkSync(path.join(dir, 'secret.pdf'), path.join(exportsDir, 'link.pdf'));
    mkdirSync(path.join(exportsDir, 'folder.pdf'));
    const names = [path.join(dir, 'secret.pdf'), path.join(exportsDir, 'link.pdf'), path.join(exportsDir, 'missing.pdf'), path.join(exportsDir, 'folder.pdf'), '/usr/bin/sh'];
    for (const [i, file] of names.entries()) {
      expect(await askToOpen(file, i + 1), file).toEqual({ type: 'open-path-done', id: i + 1, opened: false });
    }
    expect(electron().shell.openPath).not.toHaveBeenCalled();
  });

  it('says when the shell could not open the file', async () => {
    writeFileSync(path.join(exportsDir, 'b.docx'), 'PK');
    electron().shell.openPath.mockResolvedValueOnce('no application is associated with this file');
    expect(await askToOpen(path.join(exportsDir, 'b.docx'), 4)).toEqual({ type: 'open-path-done', id: 4, opened: false });
  });
});
