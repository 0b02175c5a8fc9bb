import { existsSync } from 'node:fs';
import type { AppApi } from '../../api/handlers/create-api.ts';
import { PAGE_METHODS } from '../../api/methods.ts';
import { isTeamLibraryLocation } from '../../library/workspace-location.ts';
import { exportsDirForLocation } from '../../library/workspace-path.ts';
import { resources } from '../../resources.ts';
import type { ApiCaller } from '../../api/api-caller.ts';
import { openWithSystem } from './open-with-system.ts';
import { UsageError, type Command } from './command.ts';
import { parseFlags } from './flags.ts';
import { workspaceLocation } from './cli-api.ts';

function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new UsageError(`--port expects a number from 0 to 65535, got "${value}"`);
  return port;
}

/** Resolves on Ctrl-C (the CLI's signal) or SIGTERM (a service manager, a test harness). */
function untilStopped(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGTERM', stop);
      signal.removeEventListener('abort', stop);
      resolve();
    };
    if (signal.aborted) return resolve();
    signal.addEventListener('abort', stop, { once: true });
    process.once('SIGTERM', stop);
  });
}

/** The API as the host sees it before the workspace is open: calls wait for it (none come before the URL is out). */
function deferredApi(ready: Promise<AppApi>): ApiCaller {
  return {
    call: async (method, request) => (await ready).call(method, request),
    onProgress(listener) {
      let off: (() => void) | null = null;
      let stopped = false;
      void ready.then((api) => {
        if (!stopped) off = api.onProgress(listener);
      }, () => undefined);
      return () => {
        stopped = true;
        off?.();
      };
    },
  };
}

export const webCommand: Command = {
  name: 'web',
  summary: 'serves the Mawjaz desk to a browser on this computer (127.0.0.1 only, guarded by a token in the URL)',
  usage: 'mawjaz web [--port N] [--workspace FILE|postgres://USER@HOST:PORT/DB] [--no-open] [--samples]',
  // What the browser host serves, and the sample import of a first start.
  calls: [...PAGE_METHODS, 'articles:import'],
  async run(args, io) {
    const { values, positionals } = parseFlags(args, {
      port: { type: 'string' },
      workspace: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      samples: { type: 'boolean', default: false },
    });
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0] ?? ''}"`);
    const port = parsePort(values.port);
    const named = values.workspace !== undefined && values.workspace !== '';
    // A workspace file, or a team library (its password from MAWJAZ_LIBRARY_PASSWORD or an owner-only file, as for
    // every command: library-secret.ts). A library's first start is not the analyst's: no samples unless asked.
    const workspace = workspaceLocation(values.workspace);
    const team = isTeamLibraryLocation(workspace);
    const firstStart = !team && !existsSync(workspace);
    const exportsDir = exportsDirForLocation(workspace);
    // The host, the API and the bundler load when the command runs, so `mawjaz --help` and the other commands never load them.
    const [{ createApi }, { importSamplesOnFirstStart }, { bundleRenderer }, { startWebHost }] = await Promise.all([
      import('../../api/handlers/create-api.ts'),
      import('../../api/sample-articles.ts'),
      import('../../web/bundle-renderer.ts'),
      import('../../web/server.ts'),
    ]);
    let bundle: Promise<string> | null = null;
    const bundled = (): Promise<string> => (bundle ??= bundleRenderer(resources.rendererDir));
    // Build the UI before announcing the address, so a bundling error shows here and not as a blank page.
    await bundled();
    // Listen first: a busy port fails here, before the workspace is created or touched.
    let opened: (api: AppApi) => void = () => undefined;
    let failed: (e: unknown) => void = () => undefined;
    const ready = new Promise<AppApi>((resolve, reject) => {
      opened = resolve;
      failed = reject;
    });
    ready.catch(() => undefined); // a failed opening is reported below, not as an unhandled rejection
    const files = {
      rendererDir: resources.rendererDir,
      fontsDir: resources.fontsDir,
      pdfjsDir: resources.pdfjsDir,
      // The page asks for its script as it loads: the analyst it serves may assemble, so the work thread loads now.
      bundle: () => {
        // A failed opening is reported below, and a thread that cannot load fails the first work call: neither may
        // end the host as an unhandled rejection here.
        void ready.then((api) => api.warmWork()).catch(() => undefined);
        return bundled();
      },
    };
    const host = await startWebHost(deferredApi(ready), files, { port, exportsDir });
    let api: AppApi;
    try {
      api = await createApi({
        workspace,
        exportsDir,
        // Loaded when the page loads (files.bundle above), not while a script's first calls are answered.
        warmWork: false,
        openPath: values['no-open'] ? undefined : (file) => openWithSystem(file),
        exportHref: (name) => `/api/exports/${encodeURIComponent(name)}?token=${host.token}`,
      });
    } catch (e) {
      failed(e);
      await host.close();
      throw e;
    }
    opened(api);
    try {
      const problem = await importSamplesOnFirstStart(api, { firstStart, defaultWorkspace: !named, force: values.samples });
      if (problem !== null) io.err(`mawjaz web: ${problem}`);
      io.out(host.url);
      // api.workspace: a library's URL as the store shows it, without its password.
      io.err(`mawjaz web: serving ${api.workspace}; press Ctrl-C to stop`);
      // The browser's command line is readable by every local user: it gets a one-time code, not the token.
      if (!values['no-open']) void openWithSystem(host.openUrl());
      await untilStopped(io.signal);
      return 0;
    } finally {
      await host.close();
      await api.close();
    }
  },
};
