import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { PAGE_METHODS } from '../../../main/api/methods.ts';
import { resources } from '../../../main/resources.ts';
import { exportsDirFor, exportsDirForLocation } from '../../../main/library/workspace-path.ts';
import { electron } from './electron-mock.ts';

// The Electron entry runs for its effects: it is imported once, against a mocked Electron and a stand-in for the
// API's utility process, and the tests below follow one app's life in order (start, menu, switches, close).

interface FakeApi {
  workspace: string;
  call: ReturnType<typeof vi.fn<(method: string, request: unknown) => Promise<unknown>>>;
  onProgress: () => () => void;
  close: ReturnType<typeof vi.fn<() => void>>;
}

const mocked = vi.hoisted(() => ({
  apis: [] as FakeApi[],
  /** What the next start of the API process does: open the workspace, or fail with this message. */
  failNext: null as string | null,
  /** A team library's problem the next failure carries, as the API process reports one. */
  failLibrary: undefined as { problem: 'password-refused'; about: string } | undefined,
}));
vi.mock('electron', async () => (await import('./electron-mock.ts')).installElectronMock());
vi.mock('../../../main/electron/api-process.ts', async () => {
  const { OpenFailedError } = await import('../../../main/electron/open-failed-error.ts');
  return { startApiProcess: vi.fn((_worker: string, workspace: string) => {
    if (mocked.failNext !== null) {
      const failure = new OpenFailedError(mocked.failNext, mocked.failLibrary);
      mocked.failNext = null;
      mocked.failLibrary = undefined;
      return Promise.reject(failure);
    }
    const api: FakeApi = {
      workspace,
      // A fresh workspace has no article yet: a first start imports the samples.
      call: vi.fn((method: string) => Promise.resolve({ ok: true, value: fakeAnswers[method] ?? { method } })),
      onProgress: () => () => undefined,
      close: vi.fn(),
    };
    mocked.apis.push(api);
    return Promise.resolve(api);
  }) };
});

const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'main', 'electron');
const indexHtml = path.join(here, 'renderer', 'index.html');
const top = { url: pathToFileURL(indexHtml).href, parent: null };

/** What the page asks of the desktop shell on its app:* channels (the one place to adapt if they move). */
/** What the fake API answers, where the shell parses the answer: a fresh workspace is empty, and an import reports. */
const importReport = { entries: [], totals: { files: 2, imported: 2, duplicate: 0, 'near-duplicate': 0, failed: 0 } };
const fakeAnswers: Record<string, unknown> = {
  'workspace:info': { articles: 0 },
  'articles:import': importReport,
  'library:check': { server: 'db.desk:5432/stories', articles: 3, briefs: 1 },
  'library:send': {
    direction: 'send', library: 'db.desk:5432/stories', workspace: 'w.mawjaz', membershipsAdded: 0, conflicts: [], skipped: [], deleted: [],
    counts: Object.fromEntries(['article', 'topic', 'actor-correction', 'gazetteer', 'outlet-grade', 'brief'].map((k) => [k, { new: 0, updated: 0, alreadyThere: 0, conflicts: 0, skipped: 0, deleted: 0 }])),
  },
};

const pageSays = {
  language: (frame: { url: string; parent: unknown }, language: string) => electron().invoke('app:setLanguage', frame, language),
  flushed: (saved: boolean) => electron().invoke('app:flushed', top, saved),
};

interface Item {
  label?: string;
  click?: () => void;
  submenu?: Item[];
}

/** The application menu as last set, and a way to click an item by its label. */
function menu(): { labels: string[]; click: (label: string) => void } {
  const last = electron().Menu.setApplicationMenu.mock.calls.at(-1)?.[0] as { template: Item[] } | undefined;
  if (!last) throw new Error('no application menu');
  const all = (items: Item[]): Item[] => items.flatMap((i) => [i, ...all(i.submenu ?? [])]);
  const items = all(last.template);
  return {
    labels: last.template.map((i) => i.label ?? ''),
    click: (label) => {
      const item = items.find((i) => i.label === label);
      if (!item?.click) throw new Error(`no menu item ${label}`);
      item.click();
    },
  };
}

const window = () => {
  const w = electron().windows[0];
  if (!w) throw new Error('no window');
  return w;
};
const sentEvents = (): unknown[] => window().webContents.send.mock.calls.filter(([channel]) => channel === 'app:event').map(([, e]) => e);
const currentApi = (): FakeApi => {
  const api = mocked.apis.at(-1);
  if (!api) throw new Error('no API process');
  return api;
};

let dir: string;
let workspace: string;
/** The API process the app works with after the switches. */
let live: FakeApi | null = null;
const savedEnv = process.env['MAWJAZ_WORKSPACE'];

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'mawjaz-electron-main-'));
  workspace = path.join(dir, 'w.mawjaz');
  process.env['MAWJAZ_WORKSPACE'] = workspace;
  await import('../../../main/electron/main.ts');
  electron().app.getPath.mockImplementation(() => dir);
});
afterAll(() => {
  if (savedEnv === undefined) delete process.env['MAWJAZ_WORKSPACE'];
  else process.env['MAWJAZ_WORKSPACE'] = savedEnv;
  rmSync(dir, { recursive: true, force: true });
});

describe('the Electron entry, before the app is ready', () => {
  it('turns the sandbox on for every renderer and opens nothing yet', () => {
    expect(electron().app.enableSandbox).toHaveBeenCalledTimes(1);
    expect(electron().windows).toHaveLength(0);
  });
});

describe('once the app is ready', () => {
  beforeAll(async () => {
    electron().ready();
    await vi.waitFor(() => expect(electron().Menu.setApplicationMenu).toHaveBeenCalled());
  });
  beforeEach(() => electron().dialog.showErrorBox.mockClear());

  it('denies every permission and the spell checker\'s downloads', () => {
    const session = electron().session.defaultSession;
    const answers: boolean[] = [];
    session.setPermissionRequestHandler.mock.calls[0]?.[0]({}, 'media', (granted) => answers.push(granted));
    session.setPermissionRequestHandler.mock.calls[0]?.[0]({}, 'notifications', (granted) => answers.push(granted));
    expect(answers).toEqual([false, false]);
    expect(session.setPermissionCheckHandler.mock.calls[0]?.[0]()).toBe(false);
    expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
  });

  it('cancels every request that is not for the app\'s own folder', () => {
    const filter = electron().session.defaultSession.webRequest.onBeforeRequest.mock.calls[0]?.[0];
    const cancelled = (url: string): boolean | undefined => {
      let answer: boolean | undefined;
      filter?.({ url }, ({ cancel }) => (answer = cancel));
      return answer;
    };
    expect(cancelled(pathToFileURL(indexHtml).href)).toBe(false);
    expect(cancelled(pathToFileURL(path.join(here, 'renderer', 'assets', 'styles.css')).href)).toBe(false);
    expect(cancelled('devtools://devtools/bundled/inspector.html')).toBe(false);
    for (const url of ['https://example.org/', 'http://127.0.0.1:8080/', 'file:///etc/passwd', pathToFileURL(`${path.join(here, 'renderer')}-evil/x.js`).href, 'data:text/html,x']) {
      expect(cancelled(url), url).toBe(true);
    }
  });

  it('opens one hardened window on the app page, with the bundled preload', () => {
    expect(electron().windows).toHaveLength(1);
    expect(window().options.webPreferences).toMatchObject({ preload: path.join(here, 'preload.cjs'), contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(window().loadFile).toHaveBeenCalledWith(indexHtml);
  });

  it('opens the workspace in the API process, imports the samples on a first start and tells the page its name only', async () => {
    const { startApiProcess } = await import('../../../main/electron/api-process.ts');
    expect(startApiProcess).toHaveBeenCalledWith(path.join(here, 'api-worker.js'), workspace, exportsDirFor(workspace), undefined);
    expect(currentApi().call).toHaveBeenCalledWith('articles:import', { paths: [resources.sampleArticlesDir] });
    expect(window().setTitle).toHaveBeenCalledWith('Mawjaz — w.mawjaz');
    expect(sentEvents()).toContainEqual({ type: 'workspace-changed', name: 'w.mawjaz' });
    expect(JSON.parse(readFileSync(path.join(dir, 'recent-workspaces.json'), 'utf8'))).toEqual([workspace]);
    // The page's calls reach this API, from the app's top frame only.
    for (const method of PAGE_METHODS) expect(electron().handlers.has(`api:${method}`), method).toBe(true);
    expect(await electron().invoke('api:articles:list', top, {})).toEqual({ ok: true, value: { method: 'articles:list' } });
  });

  it('shows the menu in Arabic, and in English once the page says so', async () => {
    expect(menu().labels).toEqual(['ملف', 'تحرير', 'عرض', 'مساعدة']);
    await pageSays.language({ ...top, parent: {} }, 'en');
    expect(menu().labels).toEqual(['ملف', 'تحرير', 'عرض', 'مساعدة']);
    await pageSays.language(top, 'en');
    expect(menu().labels).toEqual(['File', 'Edit', 'View', 'Help']);
  });

  it('leaves export and language switching to the page, which owns the draft and the UI', async () => {
    for (const [label, command] of [['Export PDF…', 'export-pdf'], ['Export Word…', 'export-docx'], ['العربية', 'switch-language']]) {
      menu().click(label ?? '');
      await vi.waitFor(() => expect(sentEvents()).toContainEqual({ type: 'menu', command }));
    }
  });

  it('imports the files the analyst picks and tells the page the report', async () => {
    electron().dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/home/a/x.txt', '/home/a/y.html'] });
    menu().click('Import files…');
    await vi.waitFor(() => expect(sentEvents()).toContainEqual({ type: 'imported', report: { ...importReport, cancelled: false } }));
    expect(electron().dialog.showOpenDialog.mock.calls.at(-1)?.[1]).toMatchObject({ properties: ['openFile', 'multiSelections'] });
    expect(currentApi().call).toHaveBeenLastCalledWith('articles:import', { paths: ['/home/a/x.txt', '/home/a/y.html'] });
  });

  it('says in a dialog what went wrong in a menu command', async () => {
    electron().dialog.showOpenDialog.mockRejectedValueOnce(new Error('the folder is gone'));
    menu().click('Import folder…');
    await vi.waitFor(() => expect(electron().dialog.showErrorBox).toHaveBeenCalledWith('Mawjaz', 'the folder is gone'));
  });

  it('keeps the current workspace when another cannot be opened, and says why', async () => {
    const before = currentApi();
    mocked.failNext = '/x/bad.mawjaz: not a Mawjaz workspace';
    electron().dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/x/bad.mawjaz'] });
    menu().click('Open workspace…');
    await vi.waitFor(() => expect(electron().dialog.showErrorBox).toHaveBeenCalledWith('The workspace could not be opened', '/x/bad.mawjaz: not a Mawjaz workspace'));
    expect(currentApi()).toBe(before);
    expect(before.close).not.toHaveBeenCalled();
  });

  it('says why a team library cannot be opened in the settings view’s words, not the API’s English sentence', async () => {
    mocked.failNext = 'The team library at db.desk:5432/stories cannot be used: the password was refused.';
    mocked.failLibrary = { problem: 'password-refused', about: 'db.desk:5432/stories' };
    electron().dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: ['/x/other.mawjaz'] });
    menu().click('Open workspace…');
    await vi.waitFor(() =>
      expect(electron().dialog.showErrorBox).toHaveBeenCalledWith('The workspace could not be opened', 'The team library at \u2066db.desk:5432/stories\u2069 refused the password.'),
    );
  });

  it('switches workspace once the page has saved its draft, closing the old API process', async () => {
    const before = currentApi();
    const other = path.join(dir, 'other.mawjaz');
    window().webContents.send.mockClear();
    menu().click(workspace); // the recent-workspaces submenu
    await vi.waitFor(() => expect(sentEvents()).toEqual([{ type: 'flush' }]));
    await pageSays.flushed(true);
    await vi.waitFor(() => expect(sentEvents()).toContainEqual({ type: 'workspace-changed', name: 'w.mawjaz' }));
    expect(before.close).toHaveBeenCalledTimes(1);
    expect(currentApi()).not.toBe(before);

    // The draft could not be saved: the analyst is asked, and staying keeps the current workspace.
    const current = currentApi();
    electron().dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: other });
    electron().dialog.showMessageBoxSync.mockReturnValueOnce(0);
    menu().click('New workspace…');
    await vi.waitFor(() => expect(sentEvents().filter((e) => (e as { type: string }).type === 'flush')).toHaveLength(2));
    await pageSays.flushed(false);
    await vi.waitFor(() => expect(electron().dialog.showMessageBoxSync).toHaveBeenCalled());
    expect(electron().dialog.showMessageBoxSync.mock.calls[0]?.[1]).toMatchObject({ buttons: ['Stay', 'Switch without saving'], cancelId: 0 });
    // The API process started for the other workspace is closed; the current one still answers.
    const started = currentApi();
    expect(started.workspace).toBe(other);
    await vi.waitFor(() => expect(started.close).toHaveBeenCalled());
    expect(current.close).not.toHaveBeenCalled();
    live = current;
    expect(await electron().invoke('api:articles:list', top, {})).toEqual({ ok: true, value: { method: 'articles:list' } });
    expect(current.call).toHaveBeenLastCalledWith('articles:list', {});
  });

  it('switches to a team library from the settings view, keeps its password encrypted, and back to the workspace file', async () => {
    const { startApiProcess } = await import('../../../main/electron/api-process.ts');
    const before = currentApi();
    const library = 'postgres://ana@db.desk/stories';
    const passwordFile = path.join(dir, 'library-passwords.json');
    // A refused password: the view gets its code and server (to say in its language), no dialog, the workspace in
    // use stays, nothing is saved.
    mocked.failNext = 'The team library at db.desk:5432/stories cannot be used: the password was refused.';
    mocked.failLibrary = { problem: 'password-refused', about: 'db.desk:5432/stories' };
    electron().dialog.showErrorBox.mockClear();
    expect(await electron().invoke('app:useTeamLibrary', top, { location: library, password: 'wrong-pw' })).toEqual({
      ok: false,
      failure: { problem: 'password-refused', about: 'db.desk:5432/stories' },
    });
    expect(electron().dialog.showErrorBox).not.toHaveBeenCalled();
    expect(currentApi()).toBe(before);
    expect(existsSync(passwordFile)).toBe(false);

    // A library typed without a password, none saved for it and not the one the app was started on: opened with no
    // password at all, never the environment's (a hostile server would ask for it in clear text).
    const elsewhere = 'postgres://ana@elsewhere.example/desk';
    mocked.failNext = 'The team library at elsewhere.example:5432/desk cannot be used: the password was refused.';
    await electron().invoke('app:useTeamLibrary', top, { location: elsewhere });
    expect(startApiProcess).toHaveBeenLastCalledWith(path.join(here, 'api-worker.js'), elsewhere, exportsDirForLocation(elsewhere), null);

    // The right one: the page saves its draft first, the library opens with it, and only then is it kept, encrypted.
    window().webContents.send.mockClear();
    const switching = electron().invoke('app:useTeamLibrary', top, { location: library, password: 'right-pw' });
    await vi.waitFor(() => expect(sentEvents()).toEqual([{ type: 'flush' }]));
    await pageSays.flushed(true);
    expect(await switching).toEqual({ ok: true });
    expect(startApiProcess).toHaveBeenLastCalledWith(path.join(here, 'api-worker.js'), library, exportsDirForLocation(library), 'right-pw');
    expect(before.close).toHaveBeenCalledTimes(1);
    expect(window().setTitle).toHaveBeenLastCalledWith('Mawjaz — db.desk:5432/stories');
    expect(sentEvents()).toContainEqual({ type: 'workspace-changed', name: 'db.desk:5432/stories' });
    expect(statSync(passwordFile).mode & 0o777).toBe(0o600);
    expect(readFileSync(passwordFile, 'utf8')).not.toContain('right-pw');
    expect(await electron().invoke('app:teamLibrary', top, {})).toEqual({ location: library, passwordSaved: true });

    // Back to the workspace file last used; the library's next opening finds its password saved.
    const onLibrary = currentApi();
    const back = electron().invoke('app:useLocalWorkspace', top, {});
    await vi.waitFor(() => expect(sentEvents().filter((e) => (e as { type: string }).type === 'flush')).toHaveLength(2));
    await pageSays.flushed(true);
    expect(await back).toEqual({ ok: true });
    expect(currentApi().workspace).toBe(workspace);
    expect(onLibrary.close).toHaveBeenCalledTimes(1);
    expect(await electron().invoke('app:teamLibrary', top, {})).toEqual({ location: null, passwordSaved: false });

    // "Test the connection" with the field empty: the saved password goes to the API process, not to the page.
    const checked = await electron().invoke('app:checkTeamLibrary', top, { location: library });
    expect(currentApi().call).toHaveBeenLastCalledWith('library:check', { location: library, password: 'right-pw' });
    expect(checked).toEqual({ ok: true, value: fakeAnswers['library:check'] });
    expect(JSON.stringify(checked)).not.toContain('right-pw');
    // Sending the file's work back with the field empty: the same saved password, added by the main process.
    const sent = await electron().invoke('app:exchangeTeamLibrary', top, { direction: 'send', location: library });
    expect(currentApi().call).toHaveBeenLastCalledWith('library:send', { location: library, password: 'right-pw' });
    expect(sent).toEqual({ ok: true, value: fakeAnswers['library:send'] });
    // A library without a saved password is tried without one.
    await electron().invoke('app:checkTeamLibrary', top, { location: 'postgres://ana@elsewhere/desk' });
    expect(currentApi().call).toHaveBeenLastCalledWith('library:check', { location: 'postgres://ana@elsewhere/desk' });
    live = currentApi();
  });

  it('switches to a library on a system without a keychain, and says its password was not kept', async () => {
    const other = 'postgres://ana@db.desk/archive';
    electron().safeStorage.isEncryptionAvailable.mockReturnValue(false);
    try {
      const switching = electron().invoke('app:useTeamLibrary', top, { location: other, password: 'typed-pw' });
      await vi.waitFor(() => expect(sentEvents().filter((e) => (e as { type: string }).type === 'flush')).toHaveLength(3));
      await pageSays.flushed(true);
      const answer = (await switching) as { ok: boolean; message?: string };
      expect(answer.ok).toBe(true);
      expect(answer.message).toMatch(/no keychain to encrypt the password with, so it is not saved/);
      expect(currentApi().workspace).toBe(other);
      expect(readFileSync(path.join(dir, 'library-passwords.json'), 'utf8')).not.toContain('archive');
      // On the Arabic UI the sentence is Arabic.
      await pageSays.language(top, 'ar');
      const again = electron().invoke('app:useTeamLibrary', top, { location: other, password: 'typed-pw' });
      await vi.waitFor(() => expect(sentEvents().filter((e) => (e as { type: string }).type === 'flush')).toHaveLength(4));
      await pageSays.flushed(true);
      const inArabic = (await again) as { ok: boolean; message?: string };
      expect(inArabic.ok).toBe(true);
      expect(inArabic.message).toMatch(/^لا يوفّر هذا الحاسوب سلسلة مفاتيح/);
      expect(inArabic.message).not.toMatch(/[a-z]{3,} [a-z]{3,}/);
    } finally {
      await pageSays.language(top, 'en');
      electron().safeStorage.isEncryptionAvailable.mockReturnValue(true);
    }
    const back = electron().invoke('app:useLocalWorkspace', top, {});
    await vi.waitFor(() => expect(sentEvents().filter((e) => (e as { type: string }).type === 'flush')).toHaveLength(5));
    await pageSays.flushed(true);
    expect(await back).toEqual({ ok: true });
    live = currentApi();
  });

  it('closes the window despite the page\'s objection only when the analyst says so', () => {
    electron().dialog.showMessageBoxSync.mockReset();
    electron().dialog.showMessageBoxSync.mockReturnValueOnce(0);
    expect(window().webContents.fire('will-prevent-unload').defaultPrevented).toBe(false);
    expect(electron().dialog.showMessageBoxSync.mock.calls[0]?.[1]).toMatchObject({ type: 'warning', buttons: ['Stay', 'Close without saving'], defaultId: 0 });
    electron().dialog.showMessageBoxSync.mockReturnValueOnce(1);
    expect(window().webContents.fire('will-prevent-unload').defaultPrevented).toBe(true);
  });

  it('closes the API process and quits when the window is closed', () => {
    expect(live?.close).not.toHaveBeenCalled();
    electron().appEvents.emit('window-all-closed');
    expect(electron().app.quit).toHaveBeenCalled();
    expect(live?.close).toHaveBeenCalledTimes(1);
  });
});
