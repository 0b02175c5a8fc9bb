import { BrowserWindow, shell, type WebContents } from 'electron';
import path from 'node:path';

/**
 * The one window factory: every window Mawjaz opens is built here, secure by construction
 * (https://www.electronjs.org/docs/latest/tutorial/security).
 */
export function createMainWindow(options: { preload: string; indexHtml: string; title: string }): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    title: options.title,
    show: false,
    backgroundColor: '#f7f5f0',
    webPreferences: {
      preload: options.preload,
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
      spellcheck: false,
      // A middle click must not open links in new windows (electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
      devTools: !process.env.MAWJAZ_PRODUCTION,
    },
  });
  lockDown(win.webContents, options.indexHtml);
  win.once('ready-to-show', () => win.show());
  void win.loadFile(options.indexHtml);
  return win;
}

function lockDown(contents: WebContents, indexHtml: string): void {
  const appUrl = new URL(`file://${path.resolve(indexHtml)}`).href;
  // No navigation away from the app and no new windows; http(s) links the analyst clicks open in the system browser.
  contents.on('will-navigate', (event, url) => {
    if (url !== appUrl) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//i.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** Is `frameUrl` our own page? IPC handlers answer only the app's own top frame. */
export function isAppFrame(frameUrl: string | undefined, indexHtml: string): boolean {
  if (frameUrl === undefined) return false;
  try {
    const url = new URL(frameUrl);
    return url.protocol === 'file:' && path.resolve(decodeURIComponent(url.pathname)) === path.resolve(indexHtml);
  } catch {
    return false;
  }
}
