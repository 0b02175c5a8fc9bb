// The Electron entry: lifecycle and wiring only. Everything else lives in plain Node modules under main/.
import { app, Menu, dialog, safeStorage, session, type BrowserWindow } from 'electron';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importSamplesOnFirstStart } from '../api/sample-articles.ts';
import { startApiProcess, type ApiProcess } from './api-process.ts';
import { OpenFailedError } from './open-failed-error.ts';
import { openFailedText } from './open-failed-text.ts';
import type { AppResponse } from '../api/app-contract.ts';
import type { LibraryFailure } from '../api/result.ts';
import { defaultWorkspacePath, exportsDirForLocation } from '../library/workspace-path.ts';
import { isTeamLibraryLocation } from '../library/workspace-location.ts';
import { sameLibrary } from '../library/postgres/library-identity.ts';
import { libraryPasswords, PasswordStorageError, type LibraryPasswords } from './library-passwords.ts';
import { exchangeWithSavedPassword } from './saved-password-exchange.ts';
import { lastLocalWorkspace, workspaceName } from './workspace-choice.ts';
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
let passwords: LibraryPasswords | null = null;
// Workspace switches run one after the other: a second one asked meanwhile waits for the first to finish.
let switching: Promise<unknown> = Promise.resolve();

app.enableSandbox();

interface SwitchOptions {
  /** A team library's password typed in the settings view: saved (encrypted) once it opened the library. */
  password?: string;
  /** Where a failure is said: a dialog (the menu, the start) or the settings view's answer. */
  quiet?: boolean;
}

/** What a switch answers the settings view: whether the app now works on the workspace, and anything to say. */
interface Switched {
  switched: boolean;
  message?: string;
  /** A team library's problem, which the page says in its own language (the message is the dialog's). */
  failure?: LibraryFailure;
}

// PasswordStorageError's sentence for the Arabic UI.
const NO_KEYCHAIN_AR =
  'لا يوفّر هذا الحاسوب سلسلة مفاتيح تُشفَّر بها كلمة المرور، فلم تُحفظ: اكتبها في MAWJAZ_LIBRARY_PASSWORD أو في ملف يسمّيه MAWJAZ_LIBRARY_PASSWORD_FILE (بصلاحيات 600).';

/** Opens a workspace once the switch under way, if any, is done. */
function openWorkspace(file: string, options: SwitchOptions = {}): Promise<Switched> {
  const run = switching.then(() => switchWorkspace(file, options));
  switching = run.catch(() => undefined);
  return run;
}

/**
 * Switches to a workspace: the new API process starts first and replaces the old one only once it has opened the
 * file or the team library, so a damaged workspace or a library that cannot be reached leaves the current one
 * working and says why (in a dialog, or to the settings view).
 */
async function switchWorkspace(file: string, options: SwitchOptions): Promise<Switched> {
  const team = isTeamLibraryLocation(file);
  const firstStart = !team && !existsSync(file);
  // A library's password: the one typed, else the one saved for it, else the environment's (the API process reads it)
  // but only for the library the app was started on: another address, perhaps a hostile server asking for the
  // password in clear text, must not receive the team's.
  const own = process.env.MAWJAZ_WORKSPACE !== undefined && sameLibrary(file, process.env.MAWJAZ_WORKSPACE);
  const password = team ? (options.password ?? passwords?.get(file) ?? (own ? undefined : null)) : undefined;
  let next: ApiProcess;
  try {
    next = await startApiProcess(path.join(here, 'api-worker.js'), file, exportsDirForLocation(file), password);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (!options.quiet) dialog.showErrorBox(language === 'ar' ? 'تعذّر فتح مساحة العمل' : 'The workspace could not be opened', openFailedText(e, language));
    return e instanceof OpenFailedError && e.library !== undefined ? { switched: false, message, failure: e.library } : { switched: false, message };
  }
  // Before the workspace changes, the page saves its pending draft edits and says whether they are saved.
  const saved = window && api && flushGate ? await flushGate.request() : true;
  if (!saved && !confirmLosingEdits('switch')) {
    // The analyst keeps the current workspace (and the edits it could not take) to save them elsewhere first.
    next.close();
    return { switched: false, message: language === 'ar' ? 'بقيت مساحة العمل الحالية مفتوحة.' : 'The current workspace stays open.' };
  }
  unregister?.();
  api?.close();
  api = next;
  rememberWorkspace(app.getPath('userData'), file);
  const problem = await importSamplesOnFirstStart(api, { firstStart, defaultWorkspace: file === defaultWorkspacePath() });
  if (problem !== null) console.error(`Mawjaz: ${problem}`);
  if (window) {
    unregister = registerIpc(api, window, indexHtml);
    window.setTitle(`Mawjaz — ${workspaceName(file)}`);
    // The file's name or the library's server only: no absolute path, user or password reaches the page.
    sendAppEvent(window, { type: 'workspace-changed', name: workspaceName(file) });
  }
  refreshMenu();
  // The typed password is kept only now that it opened the library; a system without a keychain keeps none and says so.
  if (team && options.password !== undefined && passwords !== null) {
    try {
      passwords.set(file, options.password);
    } catch (e) {
      // Said in the page's language, like the rest of the settings view's own sentences.
      if (e instanceof PasswordStorageError && language === 'ar') return { switched: true, message: NO_KEYCHAIN_AR };
      return { switched: true, message: e instanceof Error ? e.message : String(e) };
    }
  }
  return { switched: true };
}

/** The settings view's answer: done (perhaps with a note: the password not kept), or why not. */
function answerOf(result: Switched): AppResponse<'app:useTeamLibrary'> {
  // A library's problem goes as its code alone: the page says it, and the English sentence would repeat it.
  if (result.failure !== undefined) return { ok: result.switched, failure: result.failure };
  return result.message === undefined ? { ok: result.switched } : { ok: result.switched, message: result.message };
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
      if (arg) {
        await openWorkspace(arg);
        return;
      }
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
    exportsDir: () => (api ? exportsDirForLocation(api.workspace) : null),
    workspace: () => api?.workspace ?? null,
    language: () => language,
    setLanguage: (value) => {
      language = value;
      refreshMenu();
    },
    teamLibrary: () => {
      const location = api !== null && isTeamLibraryLocation(api.workspace) ? api.workspace : null;
      return { location, passwordSaved: location !== null && passwords?.get(location) != null };
    },
    useTeamLibrary: async (location, password) => {
      // Opened but its password not kept (no keychain): the switch is done, and the view says why it will be asked again.
      return answerOf(await openWorkspace(location, { quiet: true, ...(password === undefined ? {} : { password }) }));
    },
    useLocalWorkspace: async () => {
      const file = lastLocalWorkspace(recentWorkspaces(app.getPath('userData')), defaultWorkspacePath());
      return answerOf(await openWorkspace(file, { quiet: true }));
    },
    checkTeamLibrary: async (location) => {
      if (!api) return { ok: false, error: { code: 'internal', message: 'no workspace is open' } };
      const password = passwords?.get(location) ?? undefined;
      return api.call('library:check', { location, ...(password === undefined ? {} : { password }) });
    },
    exchangeTeamLibrary: async (request) => {
      if (!api) return { ok: false, error: { code: 'internal', message: 'no workspace is open' } };
      return exchangeWithSavedPassword(api, passwords, request);
    },
  });
  passwords = libraryPasswords(safeStorage, path.join(app.getPath('userData'), 'library-passwords.json'));
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
