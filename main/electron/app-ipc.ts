import { ipcMain, shell, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { findExport } from '../files/exports-folder.ts';
import { APP_METHODS, appContract, type AppMethod, type AppRequest, type AppResponse } from '../api/app-contract.ts';
import { sendAppEvent } from './app-events.ts';
import { createFlushGate, type FlushGate } from './flush-gate.ts';
import type { UiLanguage } from './menu.ts';
import { saveExportAs } from './save-export-as.ts';
import { isAppTopFrame } from './url-policy.ts';

export interface AppIpcDeps {
  indexHtml: string;
  window: () => BrowserWindow | null;
  /** The open workspace's exports folder, or null while none is open. */
  exportsDir: () => string | null;
  /** The open workspace's location (a file, or a team library's address, which names no file here), or null. */
  workspace: () => string | null;
  language: () => UiLanguage;
  setLanguage: (language: UiLanguage) => void;
  /** The team library in use (without password) and whether its password is saved; null location on a file. */
  teamLibrary: () => AppResponse<'app:teamLibrary'>;
  /** Switches to a team library; null when done, else why not. */
  useTeamLibrary: (location: string, password: string | undefined) => Promise<AppResponse<'app:useTeamLibrary'>>;
  useLocalWorkspace: () => Promise<AppResponse<'app:useLocalWorkspace'>>;
  /** Runs library:check on the API with the password saved for `location`, if any; answers its Result unparsed. */
  checkTeamLibrary: (location: string) => Promise<unknown>;
  /** Runs library:copy or library:send with the password typed, else the saved one (saved-password-exchange.ts). */
  exchangeTeamLibrary: (request: AppRequest<'app:exchangeTeamLibrary'>) => Promise<unknown>;
}

/** One handler per `app:*` call: a table without one of the contract's calls does not compile. */
type AppHandlers = { [M in AppMethod]: (request: AppRequest<M>) => Promise<AppResponse<M>> | AppResponse<M> };

/** What a call answers when the page's request does not parse: nothing done. */
const REFUSED: { [M in AppMethod]: AppResponse<M> } = {
  'app:saveExportAs': null,
  'app:showExport': false,
  'app:setLanguage': undefined,
  'app:flushed': undefined,
  'app:teamLibrary': { location: null, passwordSaved: false },
  'app:useTeamLibrary': { ok: false, failure: { problem: 'request-refused' } },
  'app:useLocalWorkspace': { ok: false, failure: { problem: 'request-refused' } },
  'app:checkTeamLibrary': { ok: false, error: { code: 'invalid-request', message: 'the request was refused' } },
  'app:exchangeTeamLibrary': { ok: false, error: { code: 'invalid-request', message: 'the request was refused' } },
};

/**
 * The `app:*` channels: the calls the page makes of the desktop shell itself (save a copy, the menu's language, the
 * answer to a flush). Each is registered once, for the app's life, answers only the app's own top frame, as the
 * `api:*` channels do (GHSA-mq8j-3h7h-p8g7), and parses its request with the contract's schema (app-contract.ts).
 * Returns the flush gate a workspace switch asks through.
 */
export function registerAppIpc(deps: AppIpcDeps): FlushGate {
  const gate = createFlushGate(() => sendAppEvent(deps.window(), { type: 'flush' }));
  const handlers = {
    // The page names an export by its plain name; the destination comes from the native dialog, never from the page.
    'app:saveExportAs': async (name) => {
      const window = deps.window();
      const exportsDir = deps.exportsDir();
      if (!window || exportsDir === null) return null;
      return saveExportAs(window, exportsDir, name, deps.language(), deps.workspace());
    },
    // Only an existing export (a regular file of this workspace's exports folder, links resolved) is shown.
    'app:showExport': async (name) => {
      const exportsDir = deps.exportsDir();
      const file = exportsDir === null ? null : await findExport(exportsDir, name);
      if (file === null) return false;
      shell.showItemInFolder(file);
      return true;
    },
    'app:setLanguage': (language) => {
      deps.setLanguage(language);
    },
    'app:flushed': (saved) => {
      gate.answer(saved);
    },
    'app:teamLibrary': () => deps.teamLibrary(),
    'app:useTeamLibrary': (request) => deps.useTeamLibrary(request.location, request.password),
    'app:useLocalWorkspace': () => deps.useLocalWorkspace(),
    // The saved password stays in the main process and the API process: the page gets library:check's answer only.
    'app:checkTeamLibrary': async (request) => appContract['app:checkTeamLibrary'].response.parse(await deps.checkTeamLibrary(request.location)),
    'app:exchangeTeamLibrary': async (request) => appContract['app:exchangeTeamLibrary'].response.parse(await deps.exchangeTeamLibrary(request)),
  } satisfies AppHandlers;
  for (const method of APP_METHODS) register(method, handlers[method] as AppHandlers[typeof method], deps.indexHtml);
  return gate;
}

function register<M extends AppMethod>(method: M, handler: AppHandlers[M], indexHtml: string): void {
  const { request, response } = appContract[method];
  ipcMain.handle(method, async (event: IpcMainInvokeEvent, value: unknown) => {
    const parsed = request.safeParse(value);
    if (!isAppTopFrame(event.senderFrame, indexHtml) || !parsed.success) return REFUSED[method];
    return response.parse(await handler(parsed.data as AppRequest<M>)) as AppResponse<M>;
  });
}
