import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Progress } from '../../../main/api/contract.ts';
import { PAGE_METHODS } from '../../../main/api/methods.ts';
import { electron } from './electron-mock.ts';

vi.mock('electron', async () => (await import('./electron-mock.ts')).installElectronMock());

const { registerIpc } = await import('../../../main/electron/ipc.ts');

const indexHtml = path.resolve('/opt/mawjaz/renderer/index.html');
const top = { url: pathToFileURL(indexHtml).href, parent: null };
const refused = {
  'our page in a subframe': { url: pathToFileURL(indexHtml).href, parent: top },
  'a remote page': { url: 'https://evil.example/', parent: null },
  'another file of ours': { url: pathToFileURL(path.resolve('/opt/mawjaz/renderer/other.html')).href, parent: null },
  'a frame already gone': null,
};

function setUp() {
  const call = vi.fn((method: string, request: unknown) => Promise.resolve({ ok: true as const, value: { method, request } }));
  let listener: ((p: Progress) => void) | null = null;
  const onProgress = vi.fn((l: (p: Progress) => void) => {
    listener = l;
    return () => (listener = null);
  });
  const window = new (electron().BrowserWindow)({});
  const off = registerIpc({ call, onProgress }, window as never, indexHtml);
  return { call, off, window, progress: (p: Progress) => listener?.(p), listening: () => listener !== null };
}

beforeEach(() => {
  electron().handlers.clear();
  vi.clearAllMocks();
});

describe('the api:* channels', () => {
  it('registers one handler per page call, and only those', () => {
    const { off } = setUp();
    expect([...electron().handlers.keys()].sort()).toEqual(PAGE_METHODS.map((m) => `api:${m}`).sort());
    off();
  });

  it('hands the app\'s top frame\'s request to the API as it came, and answers the API\'s result', async () => {
    const { call, off } = setUp();
    for (const method of PAGE_METHODS) {
      expect(await electron().invoke(`api:${method}`, top, { any: 'thing' })).toEqual({ ok: true, value: { method, request: { any: 'thing' } } });
    }
    expect(call).toHaveBeenCalledTimes(PAGE_METHODS.length);
    off();
  });

  it('refuses a sender that is not the app\'s own top frame, before the API sees anything', async () => {
    const { call, off } = setUp();
    for (const [who, frame] of Object.entries(refused)) {
      const answer = await electron().invoke('api:articles:list', frame, {});
      expect(answer, who).toEqual({ ok: false, error: { code: 'invalid-request', message: 'refused: the request did not come from the app' } });
    }
    expect(call).not.toHaveBeenCalled();
    off();
  });

  it('sends progress to the window while it lives, and stops everything when unregistered', () => {
    const { off, window, progress, listening } = setUp();
    const p: Progress = { task: 'import', done: 1, total: 2, label: 'a.txt' };
    progress(p);
    expect(window.webContents.send).toHaveBeenCalledWith('api:progress', p);
    window.destroyed = true;
    progress(p);
    expect(window.webContents.send).toHaveBeenCalledTimes(1);
    off();
    expect(listening()).toBe(false);
    expect(electron().handlers.size).toBe(0);
    // A workspace switch registers afresh: no "second handler" error.
    setUp().off();
  });
});
