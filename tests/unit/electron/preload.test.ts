import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { PAGE_METHODS } from '../../../main/api/methods.ts';
import { electron } from './electron-mock.ts';

vi.mock('electron', async () => (await import('./electron-mock.ts')).installElectronMock());


interface Exposed {
  api: Record<string, (request: unknown) => Promise<unknown>>;
  onProgress: (listener: (p: unknown) => void) => () => void;
  onAppEvent: (listener: (e: unknown) => void) => () => void;
  setLanguage: (language: unknown) => void;
  flushed: (saved: unknown) => void;
  saveExportAs: (name: string) => Promise<string | null>;
  teamLibrary: () => Promise<unknown>;
  useTeamLibrary: (request: unknown) => Promise<unknown>;
  useLocalWorkspace: () => Promise<unknown>;
}

let page: Exposed;
beforeAll(async () => {
  // The preload runs for its effect: it hands the page's world one object through the context bridge.
  await import('../../../main/electron/preload.ts');
  expect(electron().contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  expect([...electron().exposed.keys()]).toEqual(['mawjaz']);
  page = electron().exposed.get('mawjaz') as Exposed;
});
beforeEach(() => electron().ipcRenderer.invoke.mockClear());

describe('what the preload gives the page', () => {
  it('is named functions only: no ipcRenderer, no Node, no Electron object', () => {
    expect(Object.keys(page).sort()).toEqual(['api', 'checkTeamLibrary', 'exchangeTeamLibrary', 'flushed', 'onAppEvent', 'onProgress', 'saveExportAs', 'setLanguage', 'showExport', 'teamLibrary', 'useLocalWorkspace', 'useTeamLibrary']);
    for (const [key, value] of Object.entries(page)) if (key !== 'api') expect(typeof value, key).toBe('function');
    const values = [...Object.values(page), ...Object.values(page.api)];
    for (const forbidden of [electron().ipcRenderer, electron().ipcRenderer.invoke, electron().ipcRenderer.on, electron().contextBridge]) {
      expect(values).not.toContain(forbidden);
    }
  });

  it('has one frozen function per page call of the API, each invoking its own channel and nothing else', async () => {
    expect(Object.isFrozen(page.api)).toBe(true);
    expect(Object.keys(page.api).sort()).toEqual([...PAGE_METHODS].sort());
    for (const method of PAGE_METHODS) {
      electron().ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: method });
      expect(await page.api[method]?.({ n: 1 })).toEqual({ ok: true, value: method });
      expect(electron().ipcRenderer.invoke).toHaveBeenLastCalledWith(`api:${method}`, { n: 1 });
    }
    expect(electron().ipcRenderer.invoke).toHaveBeenCalledTimes(PAGE_METHODS.length);
  });

  it('passes progress and app events to the page without the IPC event, and unsubscribes', () => {
    for (const [subscribe, channel] of [[page.onProgress, 'api:progress'], [page.onAppEvent, 'app:event']] as const) {
      const seen: unknown[] = [];
      const off = subscribe((p) => seen.push(p));
      electron().rendererEvents.emit(channel, { sender: 'the IPC event' }, { type: 'x' });
      expect(seen).toEqual([{ type: 'x' }]);
      off();
      electron().rendererEvents.emit(channel, {}, { type: 'y' });
      expect(seen).toHaveLength(1);
      expect(electron().rendererEvents.listenerCount(channel)).toBe(0);
    }
  });

  it('asks the desktop shell for the menu language, the flush answer and a saved copy on the app:* channels', async () => {
    page.setLanguage('en');
    expect(electron().ipcRenderer.invoke).toHaveBeenLastCalledWith('app:setLanguage', 'en');
    // Only a real `true` says the draft is saved.
    page.flushed(true);
    expect(electron().ipcRenderer.invoke).toHaveBeenLastCalledWith('app:flushed', true);
    page.flushed('yes');
    expect(electron().ipcRenderer.invoke).toHaveBeenLastCalledWith('app:flushed', false);
    electron().ipcRenderer.invoke.mockResolvedValueOnce('/home/a/copy.pdf');
    expect(await page.saveExportAs('brief.pdf')).toBe('/home/a/copy.pdf');
    expect(electron().ipcRenderer.invoke).toHaveBeenLastCalledWith('app:saveExportAs', 'brief.pdf');
  });

  it('asks the desktop shell for the team library on its own app:* channels', async () => {
    await page.teamLibrary();
    expect(electron().ipcRenderer.invoke).toHaveBeenLastCalledWith('app:teamLibrary', {});
    await page.useTeamLibrary({ location: 'postgres://ana@db/x', password: 'pw' });
    expect(electron().ipcRenderer.invoke).toHaveBeenLastCalledWith('app:useTeamLibrary', { location: 'postgres://ana@db/x', password: 'pw' });
    await page.useLocalWorkspace();
    expect(electron().ipcRenderer.invoke).toHaveBeenLastCalledWith('app:useLocalWorkspace', {});
  });
});
