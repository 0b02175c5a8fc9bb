// The Electron entry: lifecycle and wiring only. Everything else lives in plain Node modules under main/.
import { app, Menu, dialog, session, ipcMain, type BrowserWindow } from 'electron';
import { existsSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importSamplesOnFirstStart } from '../api/sample-articles.ts';
import { startApiProcess, type ApiProcess } from './api-process.ts';
import { defaultWorkspacePath } from '../library/workspace-path.ts';
import { recentWorkspaces, rememberWorkspace } from './recent-workspaces.ts';
import { buildMenu, type MenuCommand, type UiLanguage } from './menu.ts';
import { registerIpc } from './ipc.ts';
import { createMainWindow, isAppFrame } from './window.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
if (app.isPackaged) process.env.MAWJAZ_RESOURCES = process.resourcesPath;
const indexHtml = path.join(here, 'renderer', 'index.html');
const preload = path.join(here, 'preload.cjs');

let language: UiLanguage = 'ar';
let api: ApiProcess | null = null;
let window: BrowserWindow | null = null;
let unregister: (() => void) | null = null;

app.enableSandbox();

async function openWorkspace(file: string): Promise<void> {
  unregister?.();
  api?.close();
  const firstStart = !existsSync(file);
  api = await startApiProcess(path.join(here, 'api-worker.js'), file, path.join(path.dirname(file), 'exports'));
  rememberWorkspace(app.getPath('userData'), file);
  const problem = await importSamplesOnFirstStart(api, { firstStart, defaultWorkspace: file === defaultWorkspacePath() });
  if (problem !== null) console.error(`Mawjaz: ${problem}`);
  if (window) {
    unregister = registerIpc(api, window, indexHtml);
    window.setTitle(`Mawjaz — ${path.basename(file)}`);
    window.webContents.send('app:event', { type: 'workspace-changed', path: file });
  }
  refreshMenu();
}

async function runMenu(command: MenuCommand, arg?: string): Promise<void> {
  if (!window || !api) return;
  switch (command) {
    case 'new-workspace': {
      const r = await dialog.showSaveDialog(window, { defaultPath: 'workspace.mawjaz', filters: [{ name: 'Mawjaz', extensions: ['mawjaz'] }] });
      if (!r.canceled && r.filePath) await openWorkspace(r.filePath);
      return;
    }
    case 'open-workspace': {
      if (arg) return openWorkspace(arg);
      const r = await dialog.showOpenDialog(window, { properties: ['openFile'], filters: [{ name: 'Mawjaz', extensions: ['mawjaz'] }] });
      if (!r.canceled && r.filePaths[0]) await openWorkspace(r.filePaths[0]);
      return;
    }
    case 'import-files':
    case 'import-folder': {
      const r = await dialog.showOpenDialog(window, { properties: command === 'import-files' ? ['openFile', 'multiSelections'] : ['openDirectory'] });
      if (r.canceled || r.filePaths.length === 0) return;
      const report = await api.call('articles:import', { paths: r.filePaths });
      window.webContents.send('app:event', { type: 'imported', report });
      return;
    }
    case 'export-pdf':
    case 'export-docx':
    case 'switch-language':
      // The renderer owns the draft and the UI language: it runs these itself.
      window.webContents.send('app:event', { type: 'menu', command });
      return;
  }
}

function refreshMenu(): void {
  Menu.setApplicationMenu(buildMenu(language, recentWorkspaces(app.getPath('userData')), (c, a) => void runMenu(c, a)));
}

void app.whenReady().then(async () => {
  // Offline for real: deny every permission and every request that is not the app's own files.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.setSpellCheckerEnabled(false);
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !/^(file|devtools):/.test(details.url) });
  });
  // Copies an exported file where the analyst chooses: the page names only a file in the exports folder, the
  // destination comes from the native dialog, never from the page.
  ipcMain.handle('app:saveExportAs', async (event, file: unknown) => {
    if (!window || !api || typeof file !== 'string' || !isAppFrame(event.senderFrame?.url, indexHtml)) return null;
    const exportsDir = path.join(path.dirname(api.workspace), 'exports');
    if (path.dirname(path.resolve(file)) !== path.resolve(exportsDir)) return null;
    const r = await dialog.showSaveDialog(window, { defaultPath: path.basename(file) });
    if (r.canceled || !r.filePath) return null;
    await copyFile(file, r.filePath);
    return r.filePath;
  });
  ipcMain.handle('app:setLanguage', (_event, value: unknown) => {
    if (value === 'ar' || value === 'en') language = value;
    refreshMenu();
  });
  window = createMainWindow({ preload, indexHtml, title: 'Mawjaz — موجز' });
  await openWorkspace(process.env.MAWJAZ_WORKSPACE ?? defaultWorkspacePath());
});

app.on('window-all-closed', () => {
  api?.close();
  app.quit();
});
