import { app, BrowserWindow, shell, type WebContents } from 'electron';
import path from 'node:path';
import { appPageUrl, externalLink } from './url-policy.ts';

/** The window's icon (Linux and Windows title bars and task bars; macOS takes the bundle's) is the app icon's 256-pixel PNG. */
export function windowIconFile(indexHtml: string): string {
  return path.join(path.dirname(indexHtml), 'assets', 'icons', '256x256.png');
}

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
    icon: windowIconFile(options.indexHtml),
    show: false,
    backgroundColor: '#f7f5f0',
    webPreferences: {
      // Reviewed: the preload exposes named API functions only, never ipcRenderer, Node or Electron (docs/security.md).
      preload: options.preload, // eng-disable PRELOAD_JS_CHECK
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
      // A packaged app has no developer tools.
      devTools: !app.isPackaged,
    },
  });
  lockDown(win.webContents, options.indexHtml);
  win.once('ready-to-show', () => win.show());
  void win.loadFile(options.indexHtml);
  return win;
}

function lockDown(contents: WebContents, indexHtml: string): void {
  const appUrl = appPageUrl(indexHtml);
  // No navigation away from the app and no new windows; http(s) links the analyst clicks open in the system browser.
  contents.on('will-navigate', (event, url) => {
    if (url !== appUrl) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalLink(url);
    // Reviewed: only an http(s) URL, re-serialised by the URL parser, reaches the system browser (docs/security.md).
    if (external !== null) void shell.openExternal(external); // eng-disable OPEN_EXTERNAL_JS_CHECK
    return { action: 'deny' };
  });
}
