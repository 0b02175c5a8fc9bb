import { JOB_NAME, WorkCancelledError } from './work-errors.ts';
import type { WorkJob } from './messages.ts';

/** Jobs one at a time in the order asked; a job waiting its turn can be cancelled at once. */
export interface JobQueue {
  /** Starts the job once those before it are done; rejects with WorkCancelledError if cancelled first or closed. */
  enqueue<T>(kind: WorkJob['kind'], start: () => Promise<T>): Promise<T>;
  /** Rejects the waiting jobs of `kind` (every kind, for null); whether any was waiting. */
  cancelWaiting(kind: WorkJob['kind'] | null): boolean;
  /** Takes no new job and rejects every waiting one. */
  close(): void;
  readonly closed: boolean;
}

interface Ticket {
  kind: WorkJob['kind'];
  reject: (e: Error) => void;
}

/** An empty, open queue. */
export function jobQueue(): JobQueue {
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;
  // Jobs asked for while another runs wait their turn; a cancel or a close rejects them at once.
  const waiting = new Set<Ticket>();

  function cancelWaiting(kind: WorkJob['kind'] | null): boolean {
    let any = false;
    for (const ticket of [...waiting]) {
      if (kind !== null && ticket.kind !== kind) continue;
      waiting.delete(ticket);
      ticket.reject(new WorkCancelledError(JOB_NAME[ticket.kind]));
      any = true;
    }
    return any;
  }

  return {
    enqueue<T>(kind: WorkJob['kind'], start: () => Promise<T>): Promise<T> {
      if (closed) return Promise.reject(new WorkCancelledError(JOB_NAME[kind]));
      let ticket: Ticket | null = null;
      const cancelled = new Promise<never>((_, reject) => {
        ticket = { kind, reject };
        waiting.add(ticket);
      });
      const started = queue.then(() => {
        if (ticket === null || !waiting.delete(ticket)) return cancelled; // cancelled while it waited
        return start();
      });
      const result = Promise.race([started, cancelled]);
      queue = started.catch(() => undefined);
      return result;
    },
    cancelWaiting,
    close() {
      closed = true;
      cancelWaiting(null);
    },
    get closed() {
      return closed;
    },
  };
}
