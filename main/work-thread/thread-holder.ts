import type { Worker } from 'node:worker_threads';
import { startWorker } from './start-worker.ts';

/** Starts the work thread (worker.ts; in the build, work-thread-worker.js). */
export function startThread(): Worker {
  return startWorker(new URL('./worker.ts', import.meta.url), 'work-thread-worker');
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
