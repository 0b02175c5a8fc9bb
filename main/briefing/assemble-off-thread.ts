import { Worker } from 'node:worker_threads';
import type { ArticleRecord } from '../ingest/article.ts';
import type { AssembleOptions, AssemblyStage } from './assemble.ts';
import { AssemblyAnswer, type AssemblyJob } from './assembly-messages.ts';
import type { Brief } from './brief.ts';

export class AssemblyCancelledError extends Error {
  constructor() {
    super('the assembly was cancelled');
    this.name = 'AssemblyCancelledError';
  }
}

export interface OffThreadAssembler {
  /** Assembles on the assembly thread; one assembly at a time, later ones wait their turn. */
  assemble(articles: ArticleRecord[], options: Omit<AssembleOptions, 'onStage'>, onStage?: (stage: AssemblyStage) => void): Promise<Brief>;
  /** Stops the running assembly (its promise rejects with AssemblyCancelledError); false when none runs. */
  cancel(): boolean;
  close(): Promise<void>;
}

/**
 * Starts the thread: from the bundled JavaScript of the built app (scripts/build-electron.mjs writes it next to the
 * API worker), or in development and tests from the TypeScript source, through tsx registered inside the thread
 * (Node 20 does not hand its loader hooks to workers).
 */
function startThread(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./assemble-worker.js', import.meta.url));
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(new URL('./assemble-worker.ts', import.meta.url).href);
  return new Worker(`import(${tsx}).then((m) => m.register()).then(() => import(${entry}))`, { eval: true });
}

/**
 * Runs assemblies on a worker thread kept between assemblies (its caches make a re-assembly with the analyst's
 * corrections cheaper). A cancel terminates the thread at once; the next assembly starts a fresh one.
 */
export function createOffThreadAssembler(): OffThreadAssembler {
  let worker: Worker | null = null;
  let running: { id: number; cancel: () => void } | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let nextId = 1;

  function thread(): Worker {
    if (worker === null) {
      worker = startThread();
      // An idle thread must not keep the process (the CLI, a test) alive.
      worker.unref();
    }
    return worker;
  }

  function run(articles: ArticleRecord[], options: Omit<AssembleOptions, 'onStage'>, onStage?: (stage: AssemblyStage) => void): Promise<Brief> {
    const id = nextId++;
    const w = thread();
    const job: AssemblyJob = { id, articles, options: { now: options.now, title: options.title, topics: options.topics, corrections: options.corrections } };
    return new Promise<Brief>((resolve, reject) => {
      const finish = (): void => {
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        running = null;
      };
      const onMessage = (message: unknown): void => {
        const answer = AssemblyAnswer.parse(message);
        if (answer.id !== id) return;
        if (answer.kind === 'stage') onStage?.(answer.stage);
        else {
          finish();
          if (answer.kind === 'done') resolve(answer.brief);
          else reject(new Error(answer.message));
        }
      };
      const onError = (e: Error): void => {
        finish();
        worker = null;
        reject(e);
      };
      const onExit = (code: number): void => {
        finish();
        worker = null;
        reject(new Error(`the assembly thread stopped (exit code ${String(code)})`));
      };
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onExit);
      running = {
        id,
        cancel: () => {
          finish();
          worker = null;
          void w.terminate();
          reject(new AssemblyCancelledError());
        },
      };
      // Keep the process alive while the thread works for it.
      w.ref();
      w.postMessage(job);
    }).finally(() => w.unref());
  }

  return {
    assemble(articles, options, onStage) {
      const result = queue.then(() => run(articles, options, onStage));
      queue = result.catch(() => undefined);
      return result;
    },
    cancel() {
      if (running === null) return false;
      running.cancel();
      return true;
    },
    async close() {
      running?.cancel();
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
