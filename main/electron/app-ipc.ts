import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { createFlushGate, type FlushGate } from './flush-gate.ts';
import type { UiLanguage } from './menu.ts';
import { saveExportAs } from './save-export-as.ts';
import { isAppTopFrame } from './url-policy.ts';

export interface AppIpcDeps {
  indexHtml: string;
  window: () => BrowserWindow | null;
  /** The open workspace's exports folder, or null while none is open. */
  exportsDir: () => string | null;
  language: () => UiLanguage;
  setLanguage: (language: UiLanguage) => void;
}

export const APP_CHANNELS = ['app:saveExportAs', 'app:setLanguage', 'app:flushed'] as const;

/**
 * The `app:*` channels: the calls the page makes of the desktop shell itself (save a copy, the menu's language, the
 * answer to a flush). Each is registered once, for the app's life, and answers only the app's own top frame, as the
 * `api:*` channels do (GHSA-mq8j-3h7h-p8g7). Returns the flush gate a workspace switch asks through.
 */
export function registerAppIpc(deps: AppIpcDeps): FlushGate {
  const trusted = (event: IpcMainInvokeEvent): boolean => isAppTopFrame(event.senderFrame, deps.indexHtml);
  const gate = createFlushGate(() => deps.window()?.webContents.send('app:event', { type: 'flush' }));
  // The page names an export by its plain name; the destination comes from the native dialog, never from the page.
  ipcMain.handle('app:saveExportAs', async (event, name: unknown) => {
    const window = deps.window();
    const exportsDir = deps.exportsDir();
    if (!trusted(event) || !window || exportsDir === null || typeof name !== 'string') return null;
    return saveExportAs(window, exportsDir, name, deps.language());
  });
  ipcMain.handle('app:setLanguage', (event, value: unknown) => {
    if (trusted(event) && (value === 'ar' || value === 'en')) deps.setLanguage(value);
  });
  ipcMain.handle('app:flushed', (event, saved: unknown) => {
    if (trusted(event)) gate.answer(saved !== false);
  });
  return gate;
}
