// The Electron entry: lifecycle and wiring only. Everything else lives in plain Node modules under main/.
import { app, Menu, dialog, session, type BrowserWindow } from 'electron';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importSamplesOnFirstStart } from '../api/sample-articles.ts';
import { startApiProcess, type ApiProcess } from './api-process.ts';
import { defaultWorkspacePath, exportsDirFor } from '../library/workspace-path.ts';
import { recentWorkspaces, rememberWorkspace } from './recent-workspaces.ts';
import { buildMenu, type MenuCommand, type UiLanguage } from './menu.ts';
import { registerIpc } from './ipc.ts';
import { registerAppIpc } from './app-ipc.ts';
import { sendAppEvent } from './app-events.ts';
import { ImportReport } from '../api/import-report.ts';
import { backupFromMenu } from './backup-menu.ts';
import type { FlushGate } from './flush-gate.ts';
import { createMainWindow } from './window.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
if (app.isPackaged) process.env.MAWJAZ_RESOURCES = process.resourcesPath;
const indexHtml = path.join(here, 'renderer', 'index.html');
const preload = path.join(here, 'preload.cjs');

let language: UiLanguage = 'ar';
let api: ApiProcess | null = null;
let window: BrowserWindow | null = null;
let unregister: (() => void) | null = null;
let flushGate: FlushGate | null = null;
// Workspace switches run one after the other: a second one asked meanwhile waits for the first to finish.
let switching: Promise<void> = Promise.resolve();

app.enableSandbox();

/** Opens a workspace once the switch under way, if any, is done. */
function openWorkspace(file: string): Promise<void> {
  const run = switching.then(() => switchWorkspace(file));
  switching = run.catch(() => undefined);
  return run;
}

/**
 * Switches to a workspace: the new API process starts first and replaces the old one only once it has opened the
 * file, so a damaged or unwritable workspace leaves the current one working and says why in a dialog.
 */
async function switchWorkspace(file: string): Promise<void> {
  const firstStart = !existsSync(file);
  let next: ApiProcess;
  try {
    next = await startApiProcess(path.join(here, 'api-worker.js'), file, exportsDirFor(file));
  } catch (e) {
    dialog.showErrorBox(language === 'ar' ? 'تعذّر فتح مساحة العمل' : 'The workspace could not be opened', e instanceof Error ? e.message : String(e));
    return;
  }
  // Before the workspace changes, the page saves its pending draft edits and says whether they are saved.
  const saved = window && api && flushGate ? await flushGate.request() : true;
  if (!saved && !confirmLosingEdits('switch')) {
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
    // The file's name only: no absolute path reaches the page.
    sendAppEvent(window, { type: 'workspace-changed', name: path.basename(file) });
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
      const result = await api.call('articles:import', { paths: r.filePaths });
      // The page is sent the report itself (the event's schema says so); a failed import is said in a native box.
      if (result.ok) sendAppEvent(window, { type: 'imported', report: ImportReport.parse(result.value) });
      else dialog.showErrorBox('Mawjaz', result.error.message);
      return;
    }
    case 'backup-workspace':
      await backupFromMenu(window, api, language);
      return;
    case 'export-pdf':
    case 'export-docx':
    case 'switch-language':
      // The renderer owns the draft and the UI language: it runs these itself.
      sendAppEvent(window, { type: 'menu', command });
      return;
  }
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
  flushGate = registerAppIpc({
    indexHtml,
    window: () => window,
    exportsDir: () => (api ? exportsDirFor(api.workspace) : null),
    language: () => language,
    setLanguage: (value) => {
      language = value;
      refreshMenu();
    },
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
