// A worker thread's entry that runs a CommonJS bundle of the build compiled with V8's code cache
// (code-cached-bundle.mjs), as bin/mawjaz.mjs runs cli.cjs: Node 20 keeps no code cache for ES modules, so each
// thread of the import's cleaning pool compiled its modules again at every import. Started by
// main/work-thread/start-worker.ts with workerData { bundle, cache, savedAfter }.
//
// The cache is written once the thread has sent its first answer of kind `savedAfter` (a successful one: a `failed`
// answer compiled too little, and a cache V8 accepts is never written again): by then it has compiled what its work
// needs, which the top level alone does not hold; the pool may end the thread at any time after that, so the cache
// is not left for its end. The answers are seen by wrapping the port's postMessage, which the bundle's
// require('node:worker_threads') shares with this module: the bundle knows nothing of its cache.
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { loadCodeCached } from './code-cached-bundle.mjs';

const { bundle, cache, savedAfter } = workerData;
/** @type {ReturnType<typeof loadCodeCached> | undefined} */
let loaded;
let saved = false;
if (parentPort) {
  const port = parentPort;
  const post = port.postMessage.bind(port);
  port.postMessage = (message, transfer) => {
    post(message, transfer);
    // After the answer is sent: the asker is not kept waiting while V8 serialises the cache.
    if (saved || loaded === undefined || message?.kind !== savedAfter) return;
    saved = true;
    loaded.save(true, `${String(process.pid)}-${String(threadId)}`);
  };
}
loaded = loadCodeCached(bundle, cache);
