import { Worker } from 'node:worker_threads';

/**
 * Starts the thread: from the bundled JavaScript of the built app (scripts/build-electron.mjs writes it next to the
 * API worker), or in development and tests from the TypeScript source, through tsx registered inside the thread
 * (Node 20 does not hand its loader hooks to workers).
 */
export function startThread(): Worker {
  // The thread's errors name the .ts lines too: source maps are a per-thread setting, not inherited.
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./work-thread-worker.js', import.meta.url), { execArgv: [...process.execArgv, '--enable-source-maps'] });
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(new URL('./worker.ts', import.meta.url).href);
  return new Worker(`import(${tsx}).then((m) => m.register()).then(() => import(${entry}))`, { eval: true });
}

/** The one thread jobs run on: started when first needed, forgotten when it fails, stops or is stopped. */
export interface ThreadHolder {
  /** The current thread, started now when there is none. */
  get(): Worker;
  /** Forgets `w` when it is the current thread; the next `get` starts a fresh one. */
  drop(w: Worker): void;
  /** Forgets the current thread and hands it over (to be terminated); null when none runs. */
  take(): Worker | null;
}

/** Holds the thread `start` makes, idle threads never keeping the process alive. */
export function threadHolder(start: () => Worker = startThread): ThreadHolder {
  let worker: Worker | null = null;
  const drop = (w: Worker): void => {
    if (worker === w) worker = null;
  };
  return {
    get() {
      if (worker === null) {
        const w = start();
        // Always listened to: an 'error' without a listener would bring the whole process down.
        w.on('error', () => drop(w));
        w.on('exit', () => drop(w));
        // An idle thread must not keep the process (the CLI, a test) alive.
        w.unref();
        worker = w;
      }
      return worker;
    },
    drop,
    take() {
      const w = worker;
      worker = null;
      return w;
    },
  };
}
