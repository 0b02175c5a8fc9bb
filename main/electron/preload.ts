// The preload: bundled into one CommonJS file (a sandboxed preload cannot load ESM or split files).
// It exposes named functions only, one per API call, plus a progress subscription — never ipcRenderer itself.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { METHODS } from '../api/methods.ts';

const api: Record<string, (request: unknown) => Promise<unknown>> = {};
for (const method of METHODS) {
  api[method] = (request: unknown) => ipcRenderer.invoke(`api:${method}`, request);
}

contextBridge.exposeInMainWorld('mawjaz', {
  api: Object.freeze(api),
  onProgress(listener: (p: unknown) => void): () => void {
    const handler = (_event: unknown, p: unknown): void => listener(p);
    ipcRenderer.on('api:progress', handler);
    return () => ipcRenderer.removeListener('api:progress', handler);
  },
  /** The path of a file dropped onto the window (File objects carry none under contextIsolation). */
  pathForFile(file: File): string {
    return webUtils.getPathForFile(file);
  },
});
