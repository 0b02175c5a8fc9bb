// A worker thread's entry that runs a CommonJS bundle of the build compiled with V8's code cache
// (code-cached-bundle.mjs), as bin/mawjaz.mjs runs cli.cjs: Node 20 keeps no code cache for ES modules, so each
// thread of the import's cleaning pool compiled its modules again at every import. Started by
// main/work-thread/start-worker.ts with workerData { bundle, cache, savedAfter }.
//
// The cache is written once the thread has answered its first message of kind `savedAfter` (the bundle's own
// listener runs first, synchronously): by then it has compiled what its work needs, which the top level alone does
// not hold; the pool may end the thread at any time after that, so the cache is not left for its end.
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { loadCodeCached } from './code-cached-bundle.mjs';

const { bundle, cache, savedAfter } = workerData;
const loaded = loadCodeCached(bundle, cache);
let saved = false;
parentPort?.on('message', (message) => {
  if (saved || message?.kind !== savedAfter) return;
  saved = true;
  loaded.save(true, `${String(process.pid)}-${String(threadId)}`);
});
