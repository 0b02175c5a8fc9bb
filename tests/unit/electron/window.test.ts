import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electron } from './electron-mock.ts';

vi.mock('electron', async () => (await import('./electron-mock.ts')).installElectronMock());

const { createMainWindow, windowIconFile } = await import('../../../main/electron/window.ts');

const indexHtml = path.resolve('/opt/mawjaz/renderer/index.html');
const preload = path.resolve('/opt/mawjaz/preload.cjs');

function open() {
  createMainWindow({ preload, indexHtml, title: 'Mawjaz — موجز' });
  const win = electron().windows.at(-1);
  if (!win) throw new Error('no window was created');
  return win;
}

beforeEach(() => {
  vi.clearAllMocks();
  electron().windows.length = 0;
  electron().app.isPackaged = false;
});

describe('the main window', () => {
  it('is built hardened: isolated, sandboxed, no Node anywhere, no webview, the preload given', () => {
    const { webPreferences } = open().options;
    expect(webPreferences).toMatchObject({
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('shows the app icon, a file that exists beside the page in the source tree', () => {
    expect(open().options['icon']).toBe(path.resolve('/opt/mawjaz/renderer/assets/icons/256x256.png'));
    expect(existsSync(windowIconFile(path.join(process.cwd(), 'renderer', 'index.html')))).toBe(true);
  });

  it('has developer tools only while not packaged', () => {
    expect(open().options.webPreferences?.['devTools']).toBe(true);
    electron().app.isPackaged = true;
    expect(open().options.webPreferences?.['devTools']).toBe(false);
  });

  it('loads the app page and shows itself once ready, not before', () => {
    const win = open();
    expect(win.options).toMatchObject({ title: 'Mawjaz — موجز', show: false });
    expect(win.loadFile).toHaveBeenCalledWith(indexHtml);
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledTimes(1);
  });
});

describe('navigation and new windows', () => {
  it('stays on the app page: any other navigation, every redirect and every webview is refused', () => {
    const contents = open().webContents;
    expect(contents.fire('will-navigate', pathToFileURL(indexHtml).href).defaultPrevented).toBe(false);
    for (const url of ['https://example.org/', pathToFileURL(path.resolve('/etc/passwd')).href, `${pathToFileURL(indexHtml).href}?x=1`, 'javascript:alert(1)']) {
      expect(contents.fire('will-navigate', url).defaultPrevented, url).toBe(true);
    }
    expect(contents.fire('will-redirect', pathToFileURL(indexHtml).href).defaultPrevented).toBe(true);
    expect(contents.fire('will-attach-webview', {}, {}).defaultPrevented).toBe(true);
  });

  it('denies every new window; an http(s) link goes to the system browser, nothing else does', () => {
    const contents = open().webContents;
    const handler = contents.windowOpenHandler;
    expect(handler).not.toBeNull();
    expect(handler?.({ url: 'https://example.org/a b' })).toEqual({ action: 'deny' });
    expect(electron().shell.openExternal).toHaveBeenCalledWith('https://example.org/a%20b');
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', pathToFileURL(indexHtml).href, '']) {
      expect(handler?.({ url }), url).toEqual({ action: 'deny' });
    }
    expect(electron().shell.openExternal).toHaveBeenCalledTimes(1);
  });
});
