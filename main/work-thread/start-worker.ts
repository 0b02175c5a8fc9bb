import { createRequire } from 'node:module';
import type workerThreads from 'node:worker_threads';

/**
 * Starts a worker thread: from the bundled JavaScript of the built app (scripts/build-electron.mjs writes each
 * worker's entry, `built`.js, next to the code that starts it), or in development and tests from the TypeScript
 * source `entry`, through tsx registered inside the thread (Node 20 does not hand its loader hooks to workers).
 * node:worker_threads is loaded here, as a thread starts: the API (which every command creates) imports this module,
 * and a command that starts no thread (`mawjaz list`, `search`) does not pay for loading it.
 */
export function startWorker(entry: URL, built: string): workerThreads.Worker {
  const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof workerThreads;
  // The thread's errors name the .ts lines too: source maps are a per-thread setting, not inherited.
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL(`./${built}.js`, import.meta.url), { execArgv: [...process.execArgv, '--enable-source-maps'] });
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  return new Worker(`import(${tsx}).then((m) => m.register()).then(() => import(${JSON.stringify(entry.href)}))`, { eval: true });
}
