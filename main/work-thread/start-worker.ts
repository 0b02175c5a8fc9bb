import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type workerThreads from 'node:worker_threads';

/** How a built thread's CommonJS bundle is compiled from V8's code cache (bin/code-cached-thread.mjs). */
export interface CodeCachedThread {
  /** The name of its cache (`<bundle>.<cache>.code-cache`). */
  cache: string;
  /** The kind of the thread's first successful answer after which the cache is written (what its work compiles). */
  savedAfter: string;
}

/**
 * Starts a worker thread: from the bundled JavaScript of the built app (scripts/build-electron.mjs writes each
 * worker's entry, `built`.js, next to the code that starts it), or in development and tests from the TypeScript
 * source `entry`, through tsx registered inside the thread (Node 20 does not hand its loader hooks to workers).
 * With `cached`, a built thread whose CommonJS bundle (`built`.cjs) and the project's bin/code-cached-thread.mjs are
 * there runs that bundle, compiled from V8's code cache. node:worker_threads is loaded here, as a thread starts: the
 * API (which every command creates) imports this module, and a command that starts no thread (`mawjaz list`,
 * `search`) does not pay for loading it.
 */
export function startWorker(entry: URL, built: string, cached?: CodeCachedThread): workerThreads.Worker {
  const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof workerThreads;
  if (!import.meta.url.endsWith('.ts')) {
    // The thread's errors name the .ts lines too: source maps are a per-thread setting, not inherited.
    const execArgv = [...process.execArgv, '--enable-source-maps'];
    if (cached !== undefined) {
      const bundle = new URL(`./${built}.cjs`, import.meta.url);
      const loader = new URL('../bin/code-cached-thread.mjs', import.meta.url);
      if (existsSync(bundle) && existsSync(loader)) return new Worker(loader, { execArgv, workerData: { bundle: fileURLToPath(bundle), ...cached } });
    }
    return new Worker(new URL(`./${built}.js`, import.meta.url), { execArgv });
  }
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  return new Worker(`import(${tsx}).then((m) => m.register()).then(() => import(${JSON.stringify(entry.href)}))`, { eval: true });
}
