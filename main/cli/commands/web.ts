import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createApi } from '../../api/create-api.ts';
import { importSamplesOnFirstStart } from '../../api/sample-articles.ts';
import { defaultWorkspacePath, exportsDirFor } from '../../library/workspace-path.ts';
import { resources } from '../../resources.ts';
import { bundleRenderer } from '../../web/bundle-renderer.ts';
import { startWebHost } from '../../web/server.ts';
import { UsageError, type Command } from '../command.ts';
import { parseFlags } from '../flags.ts';

function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new UsageError(`--port expects a number from 0 to 65535, got "${value}"`);
  return port;
}

/** Hands a URL or a file to the system (browser, PDF viewer); detached, and a failure is only a missed convenience. */
function openWithSystem(target: string): Promise<boolean> {
  const [cmd, args] =
    process.platform === 'darwin' ? ['open', [target]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', target]] : ['xdg-open', [target]];
  return new Promise((resolve) => {
    try {
      const child = spawn(cmd, args as string[], { detached: true, stdio: 'ignore' });
      child.once('error', () => resolve(false));
      child.once('spawn', () => {
        child.unref();
        resolve(true);
      });
    } catch {
      resolve(false);
    }
  });
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

export const webCommand: Command = {
  name: 'web',
  summary: 'serves the Mawjaz desk to a browser on this computer (127.0.0.1 only, guarded by a token in the URL)',
  usage: 'mawjaz web [--port N] [--workspace FILE] [--no-open] [--samples]',
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
    const workspace = path.resolve(named ? (values.workspace ?? '') : defaultWorkspacePath());
    const firstStart = !existsSync(workspace);
    const exportsDir = exportsDirFor(workspace);
    // The download link needs the host's token, known once the host listens.
    let token = '';
    const api = await createApi({
      workspace,
      exportsDir,
      openPath: values['no-open'] ? undefined : openWithSystem,
      exportHref: (file) => `/api/exports/${encodeURIComponent(path.basename(file))}?token=${token}`,
    });
    try {
      const problem = await importSamplesOnFirstStart(api, { firstStart, defaultWorkspace: !named, force: values.samples });
      if (problem !== null) io.err(`mawjaz web: ${problem}`);
      let bundle: Promise<string> | null = null;
      const files = {
        rendererDir: resources.rendererDir,
        fontsDir: resources.fontsDir,
        bundle: () => (bundle ??= bundleRenderer(resources.rendererDir)),
      };
      // Build the UI before announcing the address, so a bundling error shows here and not as a blank page.
      await files.bundle();
      const host = await startWebHost(api, files, { port, exportsDir });
      token = host.token;
      io.out(host.url);
      io.err(`mawjaz web: serving ${workspace}; press Ctrl-C to stop`);
      if (!values['no-open']) void openWithSystem(host.url);
      await untilStopped(io.signal);
      await host.close();
      return 0;
    } finally {
      api.close();
    }
  },
};
