import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// bin/code-cached-thread.mjs runs a worker thread's CommonJS bundle compiled with V8's code cache (as the import's
// cleaning threads run out/clean-pool-worker.cjs): the cache is written once the thread has sent its first answer
// of the kind it is told, never before nor after a failed one, and threads of one process never write over each
// other's scraps.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const entry = path.join(root, 'bin', 'code-cached-thread.mjs');

let dir: string;
let bundle: string;
beforeAll(() => {
  mkdirSync(path.join(root, 'tests', '.tmp'), { recursive: true });
  dir = mkdtempSync(path.join(root, 'tests', '.tmp', 'code-cached-thread-'));
  bundle = path.join(dir, 'thread.cjs');
  writeFileSync(bundle, `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (m) => parentPort.postMessage(m.n < 0 ? { kind: 'failed' } : { kind: m.kind, twice: m.n * 2 }));
`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cacheFile = (): string => `${bundle}.work.code-cache`;

function start(): Worker {
  return new Worker(entry, { workerData: { bundle, cache: 'work', savedAfter: 'clean' } });
}

/** Sends a message and waits for the thread's answer. */
function ask(w: Worker, message: { kind: string; n: number }): Promise<unknown> {
  return new Promise((resolve, reject) => {
    w.once('message', resolve);
    w.once('error', reject);
    w.postMessage(message);
  });
}

describe("a worker thread's bundle compiled with a code cache", () => {
  it('answers as the bundle does, and writes the cache only after its first answer of the kind named', async () => {
    rmSync(cacheFile(), { force: true });
    const w = start();
    try {
      expect(await ask(w, { kind: 'lines', n: 2 })).toEqual({ kind: 'lines', twice: 4 });
      expect(await ask(w, { kind: 'lines', n: 3 })).toEqual({ kind: 'lines', twice: 6 });
      expect(existsSync(cacheFile())).toBe(false);
      expect(await ask(w, { kind: 'clean', n: 5 })).toEqual({ kind: 'clean', twice: 10 });
      // The thread writes it right after that answer: the next answer comes after it.
      await ask(w, { kind: 'lines', n: 1 });
      expect(existsSync(cacheFile())).toBe(true);
    } finally {
      await w.terminate();
    }
  });

  it('writes no cache after a failed answer, and writes it after the first answer of the kind named', async () => {
    rmSync(cacheFile(), { force: true });
    const w = start();
    try {
      // A first batch that failed compiled too little: a cache V8 accepts is never written again.
      expect(await ask(w, { kind: 'clean', n: -1 })).toEqual({ kind: 'failed' });
      await ask(w, { kind: 'lines', n: 1 });
      expect(existsSync(cacheFile())).toBe(false);
      expect(await ask(w, { kind: 'clean', n: 2 })).toEqual({ kind: 'clean', twice: 4 });
      await ask(w, { kind: 'lines', n: 1 });
      expect(existsSync(cacheFile())).toBe(true);
    } finally {
      await w.terminate();
    }
  });

  it('runs from the cache, and threads started together leave one cache and no scrap', async () => {
    rmSync(cacheFile(), { force: true });
    const threads = [start(), start(), start()];
    try {
      const answers = await Promise.all(threads.map(async (w, i) => {
        const a = await ask(w, { kind: 'clean', n: i });
        await ask(w, { kind: 'lines', n: i });
        return a;
      }));
      expect(answers).toEqual([0, 1, 2].map((i) => ({ kind: 'clean', twice: i * 2 })));
    } finally {
      await Promise.all(threads.map((w) => w.terminate()));
    }
    expect(readdirSync(dir).filter((f) => f.startsWith('thread.cjs.work.code-cache')).sort()).toEqual(['thread.cjs.work.code-cache']);
    const again = start();
    try {
      expect(await ask(again, { kind: 'clean', n: 7 })).toEqual({ kind: 'clean', twice: 14 });
    } finally {
      await again.terminate();
    }
  });
});
