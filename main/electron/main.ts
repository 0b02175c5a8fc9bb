// The Electron entry: lifecycle and wiring only. Everything else lives in plain Node modules under main/.
import { app, Menu, dialog, session, ipcMain, type BrowserWindow } from 'electron';
import { existsSync } from 'node:fs';
import { copyFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importSamplesOnFirstStart } from '../api/sample-articles.ts';
import { startApiProcess, type ApiProcess } from './api-process.ts';
import { defaultWorkspacePath, exportsDirFor } from '../library/workspace-path.ts';
import { recentWorkspaces, rememberWorkspace } from './recent-workspaces.ts';
import { buildMenu, type MenuCommand, type UiLanguage } from './menu.ts';
import { registerIpc } from './ipc.ts';
import { isAppFrame } from './url-policy.ts';
import { createMainWindow } from './window.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
if (app.isPackaged) process.env.MAWJAZ_RESOURCES = process.resourcesPath;
const indexHtml = path.join(here, 'renderer', 'index.html');
const preload = path.join(here, 'preload.cjs');

let language: UiLanguage = 'ar';
let api: ApiProcess | null = null;
let window: BrowserWindow | null = null;
let unregister: (() => void) | null = null;

app.enableSandbox();

/**
 * Opens a workspace: the new API process starts first and replaces the old one only once it has opened the file,
 * so a damaged or unwritable workspace leaves the current one working and says why in a dialog.
 */
async function openWorkspace(file: string): Promise<void> {
  const firstStart = !existsSync(file);
  let next: ApiProcess;
  try {
    next = await startApiProcess(path.join(here, 'api-worker.js'), file, exportsDirFor(file));
  } catch (e) {
    dialog.showErrorBox(language === 'ar' ? 'تعذّر فتح مساحة العمل' : 'The workspace could not be opened', e instanceof Error ? e.message : String(e));
    return;
  }
  if (!(await askPageToSave()) && !confirmLosingEdits('switch')) {
    // The analyst keeps the current workspace (and the edits it could not take) to save them elsewhere first.
    next.close();
    return;
  }
  unregister?.();
  api?.close();
  api = next;
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

/**
 * Before the workspace changes, the page saves its pending draft edits through the current workspace and answers
 * whether they are saved; a page that does not answer within a few seconds does not hold the switch up.
 */
function askPageToSave(): Promise<boolean> {
  const page = window;
  if (!page || !api) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (saved: boolean): void => {
      clearTimeout(timer);
      ipcMain.removeHandler('app:flushed');
      resolve(saved);
    };
    const timer = setTimeout(() => done(true), 3000);
    ipcMain.handle('app:flushed', (event, saved: unknown) => {
      if (isAppFrame(event.senderFrame?.url, indexHtml)) done(saved !== false);
    });
    page.webContents.send('app:event', { type: 'flush' });
  });
}

/**
 * The draft's latest edits could not be written to the workspace: asks whether to go on anyway (switching the
 * workspace, or closing the window) and lose them. True to go on.
 */
function confirmLosingEdits(action: 'switch' | 'close'): boolean {
  if (!window) return true;
  const ar = language === 'ar';
  const choice = dialog.showMessageBoxSync(window, {
    type: 'warning',
    title: 'Mawjaz',
    message: ar ? 'تعذّر حفظ آخر تعديلاتك على المسودة في مساحة العمل.' : 'Your latest edits to the draft could not be saved in the workspace.',
    detail: ar
      ? 'إن تابعت ضاعت هذه التعديلات. ابقَ لتصدير المسودة أو انتظار عودة الكتابة ممكنة.'
      : 'If you go on, these edits are lost. Stay to export the draft, or wait until the workspace can be written again.',
    buttons: ar ? ['البقاء', action === 'switch' ? 'التبديل دون حفظ' : 'الإغلاق دون حفظ'] : ['Stay', action === 'switch' ? 'Switch without saving' : 'Close without saving'],
    defaultId: 0,
    cancelId: 0,
  });
  return choice === 1;
}

/** Whatever goes wrong in a menu command is said in a dialog, never lost as an unhandled rejection. */
function showError(e: unknown): void {
  dialog.showErrorBox('Mawjaz', e instanceof Error ? e.message : String(e));
}

function refreshMenu(): void {
  Menu.setApplicationMenu(buildMenu(language, recentWorkspaces(app.getPath('userData')), (c, a) => void runMenu(c, a).catch(showError)));
}

void app.whenReady().then(async () => {
  // Offline for real: deny every permission and every request that is not the app's own files.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.setSpellCheckerEnabled(false);
  // Only the app's own folder may be loaded, even among file: URLs.
  const appFolder = pathToFileURL(path.dirname(indexHtml) + path.sep).href;
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !(details.url.startsWith(appFolder) || details.url.startsWith('devtools:')) });
  });
  // Copies an exported file where the analyst chooses: the page names only a file in the exports folder, the
  // destination comes from the native dialog, never from the page.
  ipcMain.handle('app:saveExportAs', async (event, file: unknown) => {
    if (!window || !api || typeof file !== 'string' || !isAppFrame(event.senderFrame?.url, indexHtml)) return null;
    if (path.dirname(path.resolve(file)) !== exportsDirFor(api.workspace)) return null;
    const r = await dialog.showSaveDialog(window, { defaultPath: path.basename(file) });
    if (r.canceled || !r.filePath) return null;
    // Copy beside the target, then rename: a failure never leaves half a file where the analyst's old one was.
    const temp = `${r.filePath}.${process.pid}.tmp`;
    try {
      await copyFile(file, temp);
      await rename(temp, r.filePath);
    } catch (e) {
      await rm(temp, { force: true });
      throw e;
    }
    return r.filePath;
  });
  ipcMain.handle('app:setLanguage', (event, value: unknown) => {
    if (!isAppFrame(event.senderFrame?.url, indexHtml)) return;
    if (value === 'ar' || value === 'en') language = value;
    refreshMenu();
  });
  window = createMainWindow({ preload, indexHtml, title: 'Mawjaz — موجز' });
  // The page holds its unload while saving its draft fails: the analyst decides.
  window.webContents.on('will-prevent-unload', (event) => {
    if (confirmLosingEdits('close')) event.preventDefault(); // ignore the page's objection and close
  });
  await openWorkspace(process.env.MAWJAZ_WORKSPACE ?? defaultWorkspacePath());
  if (!api) app.quit();
}).catch((e: unknown) => {
  showError(e);
  app.quit();
});

app.on('window-all-closed', () => {
  api?.close();
  app.quit();
});
