import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ElectronMock } from './electron-mock.ts';

const mocked = vi.hoisted(() => ({ electron: null as ElectronMock | null }));
vi.mock('electron', async () => {
  const { electronMock } = await import('./electron-mock.ts');
  mocked.electron = electronMock();
  return mocked.electron;
});

const { registerAppIpc } = await import('../../../main/electron/app-ipc.ts');
const { registerIpc } = await import('../../../main/electron/ipc.ts');
const electron = (): ElectronMock => {
  if (!mocked.electron) throw new Error('electron is not mocked');
  return mocked.electron;
};

const indexHtml = path.resolve('/opt/mawjaz/renderer/index.html');
const top = { url: pathToFileURL(indexHtml).href, parent: null };
// Our own page loaded in a subframe (of a page that should never be there): not the top frame.
const subframe = { url: pathToFileURL(indexHtml).href, parent: top };
const elsewhere = { url: 'https://evil.example/', parent: null };

let dir: string;
let exportsDir: string;
const sent: unknown[] = [];
const fakeWindow = { webContents: { send: (_channel: string, e: unknown) => sent.push(e) }, isDestroyed: () => false };
let language: 'ar' | 'en';
// What the team library calls asked of the main process (the password included: it is for the main process alone).
const switches: unknown[] = [];

function register() {
  return registerAppIpc({
    indexHtml,
    window: () => fakeWindow as never,
    exportsDir: () => exportsDir,
    workspace: () => path.join(dir, 'desk.mawjaz'),
    language: () => language,
    setLanguage: (value) => (language = value),
    teamLibrary: () => ({ location: 'postgres://ana@db.desk/stories', passwordSaved: true }),
    useTeamLibrary: (location, password) => {
      switches.push({ location, password });
      return Promise.resolve(location.includes('down') ? { ok: false, message: 'The team library at down:5432/x cannot be used: the connection was refused.' } : { ok: true });
    },
    useLocalWorkspace: () => {
      switches.push('local');
      return Promise.resolve({ ok: true });
    },
    checkTeamLibrary: (location) => {
      switches.push({ check: location });
      return Promise.resolve({ ok: true, value: { server: 'db.desk:5432/stories', articles: 3, briefs: 1 } });
    },
    exchangeTeamLibrary: (request) => {
      switches.push({ exchange: request });
      return Promise.resolve({ ok: false, error: { code: 'internal', message: 'the library is down', library: { problem: 'connection-refused', about: 'db.desk:5432/stories' } } });
    },
  });
}

beforeEach(() => {
  electron().handlers.clear();
  vi.clearAllMocks();
  sent.length = 0;
  language = 'ar';
  dir = mkdtempSync(path.join(os.tmpdir(), 'mawjaz-app-ipc-'));
  exportsDir = path.join(dir, 'exports');
  mkdirSync(exportsDir);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('app:* handlers answer only the app\'s top frame', () => {
  it('ignores a subframe, another page and a frame already gone, as the api:* handlers do', async () => {
    register();
    writeFileSync(path.join(exportsDir, 'a.pdf'), '%PDF');
    for (const frame of [subframe, elsewhere, null]) {
      await electron().invoke('app:setLanguage', frame, 'en');
      expect(await electron().invoke('app:saveExportAs', frame, 'a.pdf')).toBeNull();
    }
    expect(language).toBe('ar');
    expect(electron().dialog.showSaveDialog).not.toHaveBeenCalled();
    await electron().invoke('app:setLanguage', top, 'en');
    expect(language).toBe('en');
  });

  it('api:* handlers keep refusing a subframe', async () => {
    const call = vi.fn(() => Promise.resolve({ ok: true as const, value: {} }));
    const off = registerIpc({ call, onProgress: () => () => undefined }, fakeWindow as never, indexHtml);
    try {
      expect(await electron().invoke('api:workspace:info', subframe, {})).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
      expect(call).not.toHaveBeenCalled();
      expect(await electron().invoke('api:workspace:info', top, {})).toEqual({ ok: true, value: {} });
    } finally {
      off();
    }
  });
});

describe('overlapping workspace switches', () => {
  it('share one flush question: no second app:flushed handler, and the page\'s answer settles both', async () => {
    const gate = register();
    const first = gate.request();
    const second = gate.request();
    expect(sent).toEqual([{ type: 'flush' }]);
    // An answer from a subframe is not the page's answer.
    await electron().invoke('app:flushed', subframe, true);
    await electron().invoke('app:flushed', top, false);
    expect(await first).toBe(false);
    expect(await second).toBe(false);
    // The next switch asks again, through the same handler.
    const third = gate.request();
    await electron().invoke('app:flushed', top, true);
    expect(await third).toBe(true);
    expect(electron().ipcMain.handle.mock.calls.filter(([channel]) => channel === 'app:flushed')).toHaveLength(1);
  });

  it('does not wait for a page that never answers', async () => {
    vi.useFakeTimers();
    try {
      const pending = register().request();
      vi.advanceTimersByTime(3000);
      expect(await pending).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('open folder', () => {
  it('shows an export in its folder, and nothing that is not an export of this workspace', async () => {
    register();
    writeFileSync(path.join(exportsDir, 'موجز-2026-12-03.pdf'), '%PDF');
    expect(await electron().invoke('app:showExport', top, 'موجز-2026-12-03.pdf')).toBe(true);
    expect(electron().shell.showItemInFolder).toHaveBeenLastCalledWith(realpathSync(path.join(exportsDir, 'موجز-2026-12-03.pdf')));
    electron().shell.showItemInFolder.mockClear();
    for (const name of ['../secret.pdf', 'missing.pdf']) expect(await electron().invoke('app:showExport', top, name)).toBe(false);
    expect(await electron().invoke('app:showExport', subframe, 'موجز-2026-12-03.pdf')).toBe(false);
    expect(electron().shell.showItemInFolder).not.toHaveBeenCalled();
  });
});

describe('save a copy as', () => {
  it('refuses a link in the exports folder without opening a dialog', async () => {
    register();
    writeFileSync(path.join(dir, 'secret.pdf'), 'secret');
    symlinkSync(path.join(dir, 'secret.pdf'), path.join(exportsDir, 'link.pdf'));
    for (const name of ['link.pdf', '../secret.pdf', path.join(dir, 'secret.pdf'), 'missing.pdf']) {
      expect(await electron().invoke('app:saveExportAs', top, name)).toBeNull();
    }
    expect(electron().dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('asks before replacing a file: cancel keeps it, keep both saves beside it, replace replaces it', async () => {
    register();
    writeFileSync(path.join(exportsDir, 'brief-2026-12-02.pdf'), '%PDF new');
    const target = path.join(dir, 'chosen.pdf');
    writeFileSync(target, 'old copy');
    electron().dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });

    electron().dialog.showMessageBox.mockResolvedValueOnce({ response: 0 });
    expect(await electron().invoke('app:saveExportAs', top, 'brief-2026-12-02.pdf')).toBeNull();
    expect(readFileSync(target, 'utf8')).toBe('old copy');
    expect(electron().dialog.showMessageBox.mock.calls[0]?.[1]).toMatchObject({ buttons: ['إلغاء', 'استبدال', 'الإبقاء على الاثنين'], cancelId: 0 });

    electron().dialog.showMessageBox.mockResolvedValueOnce({ response: 2 });
    expect(await electron().invoke('app:saveExportAs', top, 'brief-2026-12-02.pdf')).toBe(path.join(dir, 'chosen-2.pdf'));
    expect(readFileSync(target, 'utf8')).toBe('old copy');
    expect(readFileSync(path.join(dir, 'chosen-2.pdf'), 'utf8')).toBe('%PDF new');

    electron().dialog.showMessageBox.mockResolvedValueOnce({ response: 1 });
    expect(await electron().invoke('app:saveExportAs', top, 'brief-2026-12-02.pdf')).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe('%PDF new');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('never replaces the open workspace or one of its exports, saying so; a file beside them is replaced when asked', async () => {
    register();
    writeFileSync(path.join(exportsDir, 'b.pdf'), '%PDF new');
    writeFileSync(path.join(dir, 'desk.mawjaz'), 'SQLite format 3');
    writeFileSync(path.join(dir, 'desk.mawjaz-wal'), 'wal');
    symlinkSync(path.join(dir, 'desk.mawjaz'), path.join(dir, 'link.mawjaz'));
    for (const target of [path.join(dir, 'desk.mawjaz'), path.join(dir, 'link.mawjaz'), path.join(dir, 'desk.mawjaz-wal'), path.join(exportsDir, 'b.pdf')]) {
      electron().dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
      electron().dialog.showMessageBox.mockResolvedValueOnce({ response: 1 });
      expect(await electron().invoke('app:saveExportAs', top, 'b.pdf')).toBeNull();
      expect(electron().dialog.showMessageBox.mock.lastCall?.[1]).toMatchObject({ message: `لا يمكن الحفظ فوق «${path.basename(target)}»: إنه من ملفات مساحة العمل المفتوحة.` });
    }
    expect(readFileSync(path.join(dir, 'desk.mawjaz'), 'utf8')).toBe('SQLite format 3');
    expect(readFileSync(path.join(dir, 'desk.mawjaz-wal'), 'utf8')).toBe('wal');
    const beside = path.join(dir, 'desk.pdf');
    writeFileSync(beside, 'old');
    electron().dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: beside });
    electron().dialog.showMessageBox.mockResolvedValueOnce({ response: 1 });
    expect(await electron().invoke('app:saveExportAs', top, 'b.pdf')).toBe(beside);
    expect(readFileSync(beside, 'utf8')).toBe('%PDF new');
  });

  it('writes a new file without asking when nothing is there', async () => {
    register();
    writeFileSync(path.join(exportsDir, 'b.docx'), 'PK');
    const target = path.join(dir, 'new.docx');
    electron().dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    expect(await electron().invoke('app:saveExportAs', top, 'b.docx')).toBe(target);
    expect(electron().dialog.showMessageBox).not.toHaveBeenCalled();
    expect(existsSync(target)).toBe(true);
  });
});

describe('the team library calls', () => {
  beforeEach(() => {
    switches.length = 0;
  });

  it('answer the library in use and whether a password is saved, never the password', async () => {
    register();
    expect(await electron().invoke('app:teamLibrary', top, {})).toEqual({ location: 'postgres://ana@db.desk/stories', passwordSaved: true });
    expect(await electron().invoke('app:teamLibrary', subframe, {})).toEqual({ location: null, passwordSaved: false });
  });

  it('switch to a library with the typed password, say why not in one sentence, and switch back', async () => {
    register();
    expect(await electron().invoke('app:useTeamLibrary', top, { location: ' postgres://ana@db.desk/stories ', password: 'pw' })).toEqual({ ok: true });
    expect(await electron().invoke('app:useTeamLibrary', top, { location: 'postgres://ana@down/x' })).toEqual({
      ok: false,
      message: 'The team library at down:5432/x cannot be used: the connection was refused.',
    });
    expect(await electron().invoke('app:useLocalWorkspace', top, {})).toEqual({ ok: true });
    expect(switches).toEqual([{ location: 'postgres://ana@db.desk/stories', password: 'pw' }, { location: 'postgres://ana@down/x', password: undefined }, 'local']);
  });

  it('try a library with its saved password for the top frame only, taking no password from the page', async () => {
    register();
    expect(await electron().invoke('app:checkTeamLibrary', top, { location: 'postgres://ana@db.desk/stories' })).toEqual({
      ok: true,
      value: { server: 'db.desk:5432/stories', articles: 3, briefs: 1 },
    });
    const refused = { ok: false, error: { code: 'invalid-request', message: 'the request was refused' } };
    expect(await electron().invoke('app:checkTeamLibrary', subframe, { location: 'postgres://ana@db.desk/stories' })).toEqual(refused);
    expect(await electron().invoke('app:checkTeamLibrary', top, { location: 'postgres://ana@db.desk/stories', password: 'pw' })).toEqual(refused);
    expect(await electron().invoke('app:checkTeamLibrary', top, { location: '/home/ana/w.mawjaz' })).toEqual(refused);
    expect(switches).toEqual([{ check: 'postgres://ana@db.desk/stories' }]);
  });

  it('copy and send with the typed or saved password for the top frame only, parsing the request and the answer', async () => {
    register();
    const location = 'postgres://ana@db.desk/stories';
    const answer = await electron().invoke('app:exchangeTeamLibrary', top, { direction: 'copy', location, topics: ['الحدود'] });
    expect(answer).toEqual({ ok: false, error: { code: 'internal', message: 'the library is down', library: { problem: 'connection-refused', about: 'db.desk:5432/stories' } } });
    await electron().invoke('app:exchangeTeamLibrary', top, { direction: 'send', location, password: 'pw' });
    const refused = { ok: false, error: { code: 'invalid-request', message: 'the request was refused' } };
    expect(await electron().invoke('app:exchangeTeamLibrary', subframe, { direction: 'send', location })).toEqual(refused);
    expect(await electron().invoke('app:exchangeTeamLibrary', top, { direction: 'both', location })).toEqual(refused);
    expect(await electron().invoke('app:exchangeTeamLibrary', top, { direction: 'send', location, password: '' })).toEqual(refused);
    expect(await electron().invoke('app:exchangeTeamLibrary', top, { direction: 'send', location: '/home/ana/w.mawjaz' })).toEqual(refused);
    expect(switches).toEqual([{ exchange: { direction: 'copy', location, topics: ['الحدود'] } }, { exchange: { direction: 'send', location, password: 'pw' } }]);
  });

  it('refuse what is not a postgres:// location, an empty password, other fields and other frames, switching nothing', async () => {
    register();
    const refused = { ok: false, failure: { problem: 'request-refused' } };
    expect(await electron().invoke('app:useTeamLibrary', top, { location: '/home/ana/w.mawjaz' })).toEqual(refused);
    // postgres:// and then no URL: refused here, not thrown by the main process reading it as one (the password's key).
    for (const location of ['postgres://[db/x', 'postgres://ana@db:99999/x', 'postgres://ana@d b/x']) {
      expect(await electron().invoke('app:useTeamLibrary', top, { location })).toEqual(refused);
    }
    expect(await electron().invoke('app:useTeamLibrary', top, { location: 'postgres://ana@db/x', password: '' })).toEqual(refused);
    expect(await electron().invoke('app:useTeamLibrary', top, { location: 'postgres://ana@db/x', user: 'x' })).toEqual(refused);
    expect(await electron().invoke('app:useTeamLibrary', subframe, { location: 'postgres://ana@db/x' })).toEqual(refused);
    expect(await electron().invoke('app:useLocalWorkspace', elsewhere, {})).toEqual(refused);
    expect(switches).toEqual([]);
  });
});
