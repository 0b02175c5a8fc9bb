import { vi } from 'vitest';

/**
 * A stand-in for the parts of Electron the main-process modules use (ipcMain, dialog, Menu), for tests run without
 * the Electron binary. ipcMain.handle throws on a second handler for a channel, as Electron's does.
 */
export function electronMock() {
  const handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  const ipcMain = {
    handle: vi.fn((channel: string, fn: (event: unknown, ...args: unknown[]) => unknown) => {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, fn);
    }),
    removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
  };
  const dialog = {
    showSaveDialog: vi.fn<(window: unknown, options: Record<string, unknown>) => Promise<{ canceled: boolean; filePath?: string }>>(),
    showMessageBox: vi.fn<(window: unknown, options: Record<string, unknown>) => Promise<{ response: number }>>(),
  };
  const Menu = { buildFromTemplate: vi.fn((template: unknown) => ({ template })) };
  /** Calls a registered handler as a message from `frame` would. */
  const invoke = (channel: string, frame: { url: string; parent: unknown } | null, ...args: unknown[]): unknown => {
    const fn = handlers.get(channel);
    if (!fn) throw new Error(`no handler for ${channel}`);
    return fn({ senderFrame: frame }, ...args);
  };
  return { ipcMain, dialog, Menu, handlers, invoke };
}

export type ElectronMock = ReturnType<typeof electronMock>;
