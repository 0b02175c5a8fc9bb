import type { Progress, Result } from '../api/contract.ts';

/** Messages from the main process to the API's utility process. */
export type WorkerRequest =
  | { type: 'open'; id: number; workspace: string; exportsDir: string }
  | { type: 'call'; id: number; method: string; request: unknown }
  | { type: 'open-path-done'; id: number; opened: boolean }
  | { type: 'close' };

/** Messages from the API's utility process to the main process. */
export type WorkerReply =
  | { type: 'opened'; id: number; workspace: string }
  | { type: 'open-failed'; id: number; message: string }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'progress'; progress: Progress }
  | { type: 'open-path'; id: number; path: string };
