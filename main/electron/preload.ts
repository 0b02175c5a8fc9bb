// The preload: bundled into one CommonJS file (a sandboxed preload cannot load ESM or split files).
// It exposes named functions only, one per API call, plus a progress subscription — never ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import { PAGE_METHODS } from '../api/methods.ts';

const api: Record<string, (request: unknown) => Promise<unknown>> = {};
for (const method of PAGE_METHODS) {
  api[method] = (request: unknown) => ipcRenderer.invoke(`api:${method}`, request);
}

contextBridge.exposeInMainWorld('mawjaz', {
  api: Object.freeze(api),
  onProgress(listener: (p: unknown) => void): () => void {
    const handler = (_event: unknown, p: unknown): void => listener(p);
    ipcRenderer.on('api:progress', handler);
    return () => ipcRenderer.removeListener('api:progress', handler);
  },
  /** Menu commands and workspace changes from the main process. */
  onAppEvent(listener: (event: unknown) => void): () => void {
    const handler = (_event: unknown, e: unknown): void => listener(e);
    ipcRenderer.on('app:event', handler);
    return () => ipcRenderer.removeListener('app:event', handler);
  },
  /** The UI's language, so the application menu follows it. */
  setLanguage(language: 'ar' | 'en'): void {
    void ipcRenderer.invoke('app:setLanguage', language);
  },
  /** Answers the main process's 'flush' event once pending saves are done: whether the draft is saved. */
  flushed(saved: boolean): void {
    void ipcRenderer.invoke('app:flushed', saved === true);
  },
  /** Shows an exported file (by name) in its folder, in the system's file manager. */
  showExport(name: string): Promise<boolean> {
    return ipcRenderer.invoke('app:showExport', name) as Promise<boolean>;
  },
  /** The team library in use and whether its password is saved (never the password). */
  teamLibrary(): Promise<unknown> {
    return ipcRenderer.invoke('app:teamLibrary', {});
  },
  /** Switches to a team library; the typed password goes to the main process once, to be encrypted there. */
  useTeamLibrary(request: unknown): Promise<unknown> {
    return ipcRenderer.invoke('app:useTeamLibrary', request);
  },
  /** Tries a team library with the password saved for it, which stays in the main process. */
  checkTeamLibrary(request: unknown): Promise<unknown> {
    return ipcRenderer.invoke('app:checkTeamLibrary', request);
  },
  /** Copies a library's topics in or sends the file's work back, with the typed password or the one saved in the main process. */
  exchangeTeamLibrary(request: unknown): Promise<unknown> {
    return ipcRenderer.invoke('app:exchangeTeamLibrary', request);
  },
  /** Switches back to the analyst's own workspace file. */
  useLocalWorkspace(): Promise<unknown> {
    return ipcRenderer.invoke('app:useLocalWorkspace', {});
  },
  /** Saves a copy of an exported file (by name) where the analyst chooses, through a native dialog in the main process. */
  saveExportAs(name: string): Promise<string | null> {
    return ipcRenderer.invoke('app:saveExportAs', name) as Promise<string | null>;
  },
});
