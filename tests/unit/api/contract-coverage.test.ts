// The contract is the one door: every path into Mawjaz — the IPC channels the Electron main process registers, the
// browser host's HTTP routes and the CLI's command table — is read here from the code that serves it and compared
// with the contract's method list (and the app:* table). A path the contract lacks, or a method no path reaches,
// fails. Nothing here is a hand-written list of methods.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiCaller } from '../../../main/api/api-caller.ts';
import type { ElectronMock } from '../electron/electron-mock.ts';

const mocked = vi.hoisted(() => ({ electron: null as ElectronMock | null }));
vi.mock('electron', async () => {
  const { electronMock } = await import('../electron/electron-mock.ts');
  mocked.electron = electronMock();
  return mocked.electron;
});

const { contract } = await import('../../../main/api/contract.ts');
const { appContract } = await import('../../../main/api/app-contract.ts');
const { INTERNAL_METHODS } = await import('../../../main/api/methods.ts');
const { registerIpc } = await import('../../../main/electron/ipc.ts');
const { registerAppIpc } = await import('../../../main/electron/app-ipc.ts');
const { backupFromMenu } = await import('../../../main/electron/backup-menu.ts');
const { startWebHost } = await import('../../../main/web/server.ts');
const { commands } = await import('../../../main/cli/commands.ts');

const electron = (): ElectronMock => {
  if (!mocked.electron) throw new Error('electron is not mocked');
  return mocked.electron;
};

const contractMethods = Object.keys(contract);
const appMethods = Object.keys(appContract);

/** An API that records which methods reached it and answers every call with an empty success. */
function recordingApi(): ApiCaller & { called: Set<string> } {
  const called = new Set<string>();
  return {
    called,
    call: (method) => {
      called.add(method);
      return Promise.resolve({ ok: true, value: {} });
    },
    onProgress: () => () => undefined,
  };
}

/** The channels the main process registers: the API's (one per call) and the desktop shell's own. */
function ipcChannels(): string[] {
  const indexHtml = path.resolve('/opt/mawjaz/renderer/index.html');
  const window = { isDestroyed: () => false, webContents: { send: () => undefined } };
  registerIpc(recordingApi(), window as never, indexHtml);
  registerAppIpc({
    indexHtml,
    window: () => null,
    exportsDir: () => null,
    workspace: () => null,
    language: () => 'en',
    setLanguage: () => undefined,
    teamLibrary: () => ({ location: null, passwordSaved: false }),
    useTeamLibrary: () => Promise.resolve({ ok: true }),
    useLocalWorkspace: () => Promise.resolve({ ok: true }),
    checkTeamLibrary: () => Promise.resolve({ ok: true, value: { server: 'h:5432/d', articles: 0, briefs: 0 } }),
    exchangeTeamLibrary: () => Promise.resolve({ ok: false, error: { code: 'internal', message: 'not here' } }),
  });
  return [...electron().handlers.keys()];
}

let ipc: string[] = [];
let http: string[] = [];
let cli: string[] = [];

beforeAll(async () => {
  ipc = ipcChannels();
  // The browser host, asked for every name any path knows (and one no path does): the routes are those it hands on.
  const api = recordingApi();
  const host = await startWebHost(api, { rendererDir: '/nonexistent', fontsDir: '/nonexistent', bundle: () => Promise.resolve('') });
  const names = new Set([...contractMethods, ...appMethods, ...ipc.map((c) => c.replace(/^api:/u, '')), 'files:delete']);
  for (const name of names) {
    await fetch(`http://127.0.0.1:${String(host.port)}/api/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'x-mawjaz-token': host.token, 'content-type': 'application/json' },
      body: '{}',
    });
  }
  await host.close();
  http = [...api.called];
  cli = [...new Set(commands.flatMap((c) => c.calls))];
});

afterAll(() => {
  for (const channel of [...electron().handlers.keys()]) electron().ipcMain.removeHandler(channel);
});

describe('the contract covers every IPC, HTTP and CLI path', () => {
  it('finds paths to read (the probes themselves work)', () => {
    expect(ipc.length).toBeGreaterThan(10);
    expect(http.length).toBeGreaterThan(10);
    expect(cli.length).toBeGreaterThan(5);
  });

  it('registers no IPC channel the contract lacks', () => {
    const unknown = ipc.filter((c) => !(c.startsWith('api:') ? contractMethods.includes(c.slice(4)) : appMethods.includes(c)));
    expect(unknown).toEqual([]);
  });

  it('routes no HTTP call the contract lacks, and no app:* call (those are the desktop shell\'s)', () => {
    expect(http.filter((m) => !contractMethods.includes(m))).toEqual([]);
  });

  it('has no CLI command calling a method the contract lacks', () => {
    expect(cli.filter((m) => !contractMethods.includes(m))).toEqual([]);
  });

  it('gives every method the page may call both an IPC channel and an HTTP route, and every internal one neither', () => {
    for (const method of contractMethods) {
      const internal = INTERNAL_METHODS.includes(method as never);
      expect({ method, ipc: ipc.includes(`api:${method}`), http: http.includes(method) }).toEqual({ method, ipc: !internal, http: !internal });
    }
  });

  it('registers an IPC handler for every app:* call of the contract', () => {
    expect(appMethods.filter((m) => !ipc.includes(m))).toEqual([]);
  });

  it('reaches every internal method from the CLI or the desktop menu', async () => {
    // The menu's backup, run with its dialog answering a path: the call it makes is read, not listed.
    const api = { ...recordingApi(), workspace: '/tmp/w.mawjaz' };
    electron().dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/tmp/copy.mawjaz' });
    electron().dialog.showMessageBox.mockResolvedValue({ response: 0 });
    await backupFromMenu({} as never, api, 'en');
    const reached = new Set([...cli, ...api.called]);
    expect(INTERNAL_METHODS.filter((m) => !reached.has(m))).toEqual([]);
  });
});
