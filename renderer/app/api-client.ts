import type { ApiError, AppEvent, AppRequest, AppResponse, ErrorCode, Method, Progress, Request, Response, Result } from '../../main/api/contract.ts';

/** Errors the client itself can meet on top of the API's own codes. */
export type ClientErrorCode = ErrorCode | 'unreachable' | 'unauthorized';
export interface ClientError extends Omit<ApiError, 'code'> {
  code: ClientErrorCode;
}
export type ClientResult<T> = { ok: true; value: T } | { ok: false; error: ClientError };

/** Messages the Electron main process pushes to the window (menu commands, workspace changes, imports). */
export type { AppEvent };

interface Bridge {
  api: Record<string, (request: unknown) => Promise<Result<unknown>>>;
  onProgress: (listener: (p: Progress) => void) => () => void;
  onAppEvent?: (listener: (e: AppEvent) => void) => () => void;
  // The desktop shell's own calls (app:*), typed from their schemas in the contract.
  setLanguage?: (language: AppRequest<'app:setLanguage'>) => void;
  flushed?: (saved: AppRequest<'app:flushed'>) => void;
  saveExportAs?: (name: AppRequest<'app:saveExportAs'>) => Promise<AppResponse<'app:saveExportAs'>>;
  showExport?: (name: AppRequest<'app:showExport'>) => Promise<AppResponse<'app:showExport'>>;
  teamLibrary?: () => Promise<AppResponse<'app:teamLibrary'>>;
  useTeamLibrary?: (request: AppRequest<'app:useTeamLibrary'>) => Promise<AppResponse<'app:useTeamLibrary'>>;
  useLocalWorkspace?: () => Promise<AppResponse<'app:useLocalWorkspace'>>;
  checkTeamLibrary?: (request: AppRequest<'app:checkTeamLibrary'>) => Promise<AppResponse<'app:checkTeamLibrary'>>;
  exchangeTeamLibrary?: (request: AppRequest<'app:exchangeTeamLibrary'>) => Promise<AppResponse<'app:exchangeTeamLibrary'>>;
}

/** What a switch of workspace answers: done, or why not (and a note when done). */
export type SwitchAnswer = AppResponse<'app:useTeamLibrary'>;

export interface ApiClient {
  call<M extends Method>(method: M, request: Request<M>): Promise<ClientResult<Response<M>>>;
  onProgress(listener: (p: Progress) => void): () => void;
  onAppEvent(listener: (e: AppEvent) => void): () => void;
  /** Tells the host the UI language (the Electron menu follows it); a no-op in a browser. */
  setLanguage(language: 'ar' | 'en'): void;
  /** Tells the app that pending saves are done (the answer to a 'flush' event); a no-op in a browser. */
  /** Answers the desktop app's request to save before a workspace switch: whether the draft is saved. */
  flushed(saved: boolean): void;
  /**
   * Saves a copy of an exported file (by name) where the analyst chooses, through a native dialog that asks before
   * replacing a file; the name of the copy, or null when cancelled or unavailable.
   */
  saveExportAs(name: string): Promise<string | null>;
  /** Shows an exported file (by name) in its folder in the system's file manager; false where there is none (a browser). */
  showExport(name: string): Promise<boolean>;
  /**
   * The desktop app's choice of workspace: the team library in use (never its password) and the switches to a
   * library and back. Null in a browser, whose host serves the workspace it was started on (`mawjaz web --workspace`).
   */
  workspaces: {
    teamLibrary(): Promise<AppResponse<'app:teamLibrary'>>;
    useTeamLibrary(location: string, password: string | undefined): Promise<SwitchAnswer>;
    useLocalWorkspace(): Promise<SwitchAnswer>;
    /** Tries a library with the password the app saved for it (never sent to the page); library:check's answer. */
    checkWithSavedPassword(location: string): Promise<AppResponse<'app:checkTeamLibrary'>>;
    /** Copies in or sends back (library:copy, library:send) with the typed password, else the one the app saved. */
    exchange(request: AppRequest<'app:exchangeTeamLibrary'>): Promise<AppResponse<'app:exchangeTeamLibrary'>>;
  } | null;
  readonly host: 'electron' | 'browser';
}

const TOKEN_KEY = 'mawjaz.token';
const KEEPALIVE_BYTES = 60 * 1024;

/**
 * The token the browser host printed with its URL: taken from `?token=` once, kept in sessionStorage (so a reload
 * works) and removed from the address bar so it is not left in history or shown on screen. A page the host opened in
 * the system's browser carries a one-time `?code=` instead (a browser's command line is readable by every local
 * user): it is traded for the token once.
 */
export async function takeToken(): Promise<string | null> {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('token');
  const code = url.searchParams.get('code');
  if ((fromUrl !== null && fromUrl !== '') || code !== null) {
    url.searchParams.delete('token');
    url.searchParams.delete('code');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
  }
  if (fromUrl !== null && fromUrl !== '') {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    return fromUrl;
  }
  if (code !== null && code !== '') {
    try {
      const res = await fetch('/api/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
      const answer = (await res.json()) as { ok?: boolean; value?: { token?: unknown } };
      if (answer.ok === true && typeof answer.value?.token === 'string') {
        sessionStorage.setItem(TOKEN_KEY, answer.value.token);
        return answer.value.token;
      }
    } catch {
      // Unreachable host or a bad answer: the token kept from an earlier load, if any, is all there is.
    }
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

// Said by the page in its own language (library-problem-text.ts).
const UNAVAILABLE: SwitchAnswer = { ok: false, failure: { problem: 'no-switch-here' } };

const CHECK_UNAVAILABLE: AppResponse<'app:checkTeamLibrary'> = { ok: false, error: { code: 'invalid-request', message: 'the request was refused' } };
const EXCHANGE_UNAVAILABLE: AppResponse<'app:exchangeTeamLibrary'> = { ok: false, error: { code: 'invalid-request', message: 'the request was refused' } };

function workspaceSwitches(bridge: Bridge): ApiClient['workspaces'] {
  return {
    teamLibrary: async () => (bridge.teamLibrary ? bridge.teamLibrary() : { location: null, passwordSaved: false }),
    useTeamLibrary: async (location, password) => (bridge.useTeamLibrary ? bridge.useTeamLibrary({ location, ...(password === undefined ? {} : { password }) }) : UNAVAILABLE),
    useLocalWorkspace: async () => (bridge.useLocalWorkspace ? bridge.useLocalWorkspace() : UNAVAILABLE),
    // The preload and the page ship together; a bridge without the call refuses like the app refuses a request.
    checkWithSavedPassword: async (location) => (bridge.checkTeamLibrary ? bridge.checkTeamLibrary({ location }) : CHECK_UNAVAILABLE),
    exchange: async (request) => (bridge.exchangeTeamLibrary ? bridge.exchangeTeamLibrary(request) : EXCHANGE_UNAVAILABLE),
  };
}

function electronClient(bridge: Bridge): ApiClient {
  return {
    host: 'electron',
    async call(method, request) {
      const fn = bridge.api[method];
      if (!fn) return { ok: false, error: { code: 'internal', message: `the app does not offer ${method}` } };
      try {
        return (await fn(request)) as ClientResult<never>;
      } catch (e) {
        return { ok: false, error: { code: 'internal', message: e instanceof Error ? e.message : String(e) } };
      }
    },
    onProgress: (listener) => bridge.onProgress(listener),
    onAppEvent: (listener) => bridge.onAppEvent?.(listener) ?? (() => undefined),
    setLanguage: (language) => bridge.setLanguage?.(language),
    flushed: (saved) => bridge.flushed?.(saved),
    saveExportAs: async (name) => (bridge.saveExportAs ? bridge.saveExportAs(name) : null),
    showExport: async (name) => (bridge.showExport ? bridge.showExport(name) : false),
    workspaces: workspaceSwitches(bridge),
  };
}

function browserClient(tokenReady: Promise<string | null>): ApiClient {
  const listeners = new Set<(p: Progress) => void>();
  let source: EventSource | null = null;
  async function connect(): Promise<void> {
    const token = await tokenReady;
    if (source !== null || token === null) return;
    source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    source.onmessage = (event: MessageEvent<string>) => {
      let p: Progress;
      try {
        p = JSON.parse(event.data) as Progress;
      } catch {
        return;
      }
      for (const listener of listeners) listener(p);
    };
  }
  return {
    host: 'browser',
    async call(method, request) {
      const token = await tokenReady;
      if (token === null) return { ok: false, error: { code: 'unauthorized', message: 'no token in the address' } };
      let res: globalThis.Response;
      const body = JSON.stringify(request);
      try {
        res = await fetch(`/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-mawjaz-token': token },
          body,
          // A call made as the page goes away (the last save of a draft) must outlive it: keepalive does, for
          // bodies within its 64 KB budget.
          keepalive: document.visibilityState === 'hidden' && new TextEncoder().encode(body).length < KEEPALIVE_BYTES,
        });
      } catch (e) {
        return { ok: false, error: { code: 'unreachable', message: e instanceof Error ? e.message : String(e) } };
      }
      let answer: unknown;
      try {
        answer = await res.json();
      } catch {
        return { ok: false, error: { code: 'internal', message: `HTTP ${res.status}` } };
      }
      if (res.status === 401 || res.status === 403) {
        const message = (answer as { error?: { message?: string } }).error?.message ?? `HTTP ${res.status}`;
        return { ok: false, error: { code: 'unauthorized', message } };
      }
      return answer as ClientResult<never>;
    },
    onProgress(listener) {
      void connect();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onAppEvent: () => () => undefined,
    setLanguage: () => undefined,
    flushed: () => undefined,
    // The browser's own download (the "open" link) lets the analyst choose where the file goes.
    saveExportAs: () => Promise.resolve(null),
    // A page cannot open the computer's file manager: the export screen says where the folder is instead.
    showExport: () => Promise.resolve(false),
    workspaces: null,
  };
}

/** The one client: the preload's bridge inside Electron, HTTP to the local host in a browser. */
export function createClient(): ApiClient {
  const bridge = (window as unknown as { mawjaz?: Bridge }).mawjaz;
  return bridge ? electronClient(bridge) : browserClient(takeToken());
}
