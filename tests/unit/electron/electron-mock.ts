import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/** An Electron event as a listener receives it: preventDefault is recorded, so a test can ask whether it was called. */
export interface FakeEvent {
  preventDefault: () => void;
  defaultPrevented: boolean;
}

function fakeEvent(): FakeEvent {
  const event = {
    defaultPrevented: false,
    preventDefault: () => {
      event.defaultPrevented = true;
    },
  };
  return event;
}

/** Emits `name` on `emitter` with a fresh event first, as Electron does; returns the event. */
function fire(emitter: EventEmitter, name: string, ...args: unknown[]): FakeEvent {
  const event = fakeEvent();
  emitter.emit(name, event, ...args);
  return event;
}

/** A window's webContents: the events the glue listens to, what it sends to the page, its window-open handler. */
class FakeWebContents extends EventEmitter {
  readonly send = vi.fn<(channel: string, ...args: unknown[]) => void>();
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  readonly setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: 'allow' | 'deny' }) => {
    this.windowOpenHandler = handler;
  });
  /** Emits an Electron event (an event object, then `args`) and returns the event, to ask if it was prevented. */
  fire(name: string, ...args: unknown[]): FakeEvent {
    return fire(this, name, ...args);
  }
}

/**
 * A stand-in for the parts of Electron the main-process modules and the preload use, for tests run without the
 * Electron binary (as electron/fiddle tests its main process). It keeps what the code under test hands to Electron
 * (window options, handlers, templates, exposed objects) so a test can check it and play Electron's part:
 * ipcMain.handle throws on a second handler for a channel, as Electron's does.
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
    showOpenDialog: vi.fn<(window: unknown, options: Record<string, unknown>) => Promise<{ canceled: boolean; filePaths: string[] }>>(),
    showMessageBox: vi.fn<(window: unknown, options: Record<string, unknown>) => Promise<{ response: number }>>(),
    showMessageBoxSync: vi.fn<(window: unknown, options: Record<string, unknown>) => number>(),
    showErrorBox: vi.fn<(title: string, content: string) => void>(),
  };
  const Menu = {
    buildFromTemplate: vi.fn((template: unknown) => ({ template })),
    setApplicationMenu: vi.fn<(menu: unknown) => void>(),
  };

  const windows: FakeBrowserWindow[] = [];
  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents();
    readonly show = vi.fn();
    readonly setTitle = vi.fn<(title: string) => void>();
    readonly loadFile = vi.fn((_file: string) => Promise.resolve());
    destroyed = false;
    constructor(readonly options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>) {
      super();
      windows.push(this);
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
  }

  const appEvents = new EventEmitter();
  let ready: () => void = () => undefined;
  const whenReady = new Promise<void>((resolve) => (ready = resolve));
  const app = {
    isPackaged: false,
    enableSandbox: vi.fn(),
    whenReady: vi.fn(() => whenReady),
    getPath: vi.fn((_name: string) => '/nonexistent/userData'),
    quit: vi.fn(),
    on: vi.fn((name: string, listener: (...args: unknown[]) => void) => appEvents.on(name, listener)),
  };

  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn<(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void) => void>(),
      setPermissionCheckHandler: vi.fn<(handler: (...args: unknown[]) => boolean) => void>(),
      setSpellCheckerEnabled: vi.fn<(enabled: boolean) => void>(),
      webRequest: { onBeforeRequest: vi.fn<(handler: (details: { url: string }, callback: (answer: { cancel: boolean }) => void) => void) => void>() },
    },
  };

  const shell = {
    openExternal: vi.fn((_url: string) => Promise.resolve()),
    openPath: vi.fn((_path: string) => Promise.resolve('')),
    showItemInFolder: vi.fn((_path: string) => undefined),
  };

  const exposed = new Map<string, unknown>();
  const contextBridge = { exposeInMainWorld: vi.fn((key: string, value: unknown) => void exposed.set(key, value)) };
  const rendererEvents = new EventEmitter();
  const ipcRenderer = {
    invoke: vi.fn((_channel: string, ..._args: unknown[]) => Promise.resolve<unknown>(undefined)),
    on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => rendererEvents.on(channel, listener)),
    removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => rendererEvents.removeListener(channel, listener)),
  };

  /** The API's utility process: what the main process posts to it, and a way to answer as the worker would. */
  class FakeUtilityProcess extends EventEmitter {
    readonly postMessage = vi.fn<(message: unknown) => void>();
    readonly kill = vi.fn(() => true);
  }
  const children: FakeUtilityProcess[] = [];
  const utilityProcess = {
    fork: vi.fn((_file: string, _args: string[], _options: Record<string, unknown>) => {
      const child = new FakeUtilityProcess();
      children.push(child);
      return child;
    }),
  };

  /** Calls a registered handler as a message from `frame` would. */
  const invoke = (channel: string, frame: { url: string; parent: unknown } | null, ...args: unknown[]): unknown => {
    const fn = handlers.get(channel);
    if (!fn) throw new Error(`no handler for ${channel}`);
    return fn({ senderFrame: frame }, ...args);
  };

  // Stands in for the keychain: a reversible transform that leaves no plain text (library-passwords.test.ts tests the store).
  const safeStorage = {
    isEncryptionAvailable: vi.fn(() => true),
    encryptString: vi.fn((text: string) => Buffer.from(`enc:${Buffer.from(text, 'utf8').toString('hex')}`)),
    decryptString: vi.fn((data: Buffer) => Buffer.from(data.toString().replace(/^enc:/, ''), 'hex').toString('utf8')),
  };

  return {
    app,
    appEvents,
    safeStorage,
    BrowserWindow: FakeBrowserWindow,
    windows,
    contextBridge,
    exposed,
    dialog,
    handlers,
    invoke,
    ipcMain,
    ipcRenderer,
    rendererEvents,
    Menu,
    /** Lets app.whenReady() resolve, as Electron does once it has started. */
    ready: () => ready(),
    session,
    shell,
    utilityProcess,
    children,
    fire,
  };
}

export type ElectronMock = ReturnType<typeof electronMock>;

let current: ElectronMock | null = null;

/**
 * Builds the stand-in a test file's `vi.mock('electron', …)` returns and keeps it for `electron()`:
 * `vi.mock('electron', async () => (await import('./electron-mock.ts')).installElectronMock());`
 */
export function installElectronMock(): ElectronMock {
  current = electronMock();
  return current;
}

/** The stand-in the modules under test received as 'electron'. */
export function electron(): ElectronMock {
  if (!current) throw new Error('electron is not mocked: call installElectronMock from vi.mock(\'electron\', …)');
  return current;
}
