import type { Method, Progress, Result } from './contract.ts';

/**
 * The one shape every host of the API speaks: a call by method name that answers a Result, and progress events.
 * The API itself, its utility process, the IPC registration, the browser host and the CLI all pass this around, so a
 * host can be swapped for another (the CLI calls the API in process, the app through a utility process).
 */
export interface ApiCaller {
  call: (method: Method, request: unknown) => Promise<Result<unknown>>;
  /** Subscribes to progress events; returns the unsubscribe function. */
  onProgress: (listener: (p: Progress) => void) => () => void;
}
