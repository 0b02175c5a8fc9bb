import { ipcMain, type BrowserWindow } from 'electron';
import type { ApiCaller } from '../api/api-caller.ts';
import { PAGE_METHODS } from '../api/methods.ts';
import { isAppTopFrame } from './url-policy.ts';


/**
 * One handler per API call, on channel `api:<method>`. Each checks that the sender is the app's own top frame
 * (Electron advisory GHSA-mq8j-3h7h-p8g7) before the API parses the request with zod and answers a Result.
 */
export function registerIpc(api: ApiCaller, window: BrowserWindow, indexHtml: string): () => void {
  for (const method of PAGE_METHODS) {
    ipcMain.handle(`api:${method}`, async (event, request: unknown) => {
      if (!isAppTopFrame(event.senderFrame, indexHtml)) {
        return { ok: false, error: { code: 'invalid-request', message: 'refused: the request did not come from the app' } };
      }
      return api.call(method, request);
    });
  }
  const off = api.onProgress((p) => {
    if (!window.isDestroyed()) window.webContents.send('api:progress', p);
  });
  return () => {
    off();
    for (const method of PAGE_METHODS) ipcMain.removeHandler(`api:${method}`);
  };
}
