import { AsyncLocalStorage } from 'node:async_hooks';
import type Database from 'better-sqlite3';
import { FifoLock } from './fifo-lock.ts';

/**
 * How the asynchronous Store keeps a synchronous SQLite connection safe.
 *
 * better-sqlite3 runs every statement synchronously, so a single store call can never be interrupted. A transaction
 * is different now: `transaction(fn)` awaits `fn`, so other callers (another API call, a second import) get to run
 * while it is open — and on the same connection their statements would join it, be rolled back with it, or fail
 * with "cannot start a transaction within a transaction". So each workspace has one lock, taken in arrival order:
 *
 * - a transaction holds the workspace's lock from BEGIN to COMMIT or ROLLBACK, across all its awaits;
 * - a single call (read or write) runs at once when the lock is free, and otherwise waits its turn: it never runs
 *   inside someone else's open transaction, so it neither joins it nor sees its uncommitted rows;
 * - calls made inside a transaction (found through AsyncLocalStorage, which follows the awaits of `fn` and nothing
 *   else, so concurrent callers never see each other's transaction) run at once on its connection; a nested
 *   `transaction` becomes a SAVEPOINT, and nested transactions of one transaction take turns through a lock of
 *   its own, so savepoints never interleave.
 *
 * The lock belongs to the workspace file, not the connection: two stores open on one file in one process (two API
 * instances) also take turns, rather than one blocking the event loop on SQLite's busy timeout while the other holds
 * the write lock across an await. Other processes are kept apart by SQLite's own locks, as before.
 */
export interface WriterQueue {
  /** Runs one synchronous call on the connection, at once unless a transaction it is not part of is open. */
  run<T>(fn: () => T): Promise<T>;
  /** Runs `fn` in one transaction (a savepoint when nested): if it throws, none of its writes stay. */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  /** Waits for the workspace's open transactions, runs `fn` (which closes the connection), and lets go of the file. */
  close(fn: () => void): Promise<void>;
}

/** An open transaction or savepoint, as the calls made inside it find it. */
interface Scope {
  readonly db: Database.Database;
  readonly lock: FifoLock;
  readonly depth: number;
  /** Held by a nested transaction of this one while it runs. */
  readonly nested: FifoLock;
  /** The scope this one was opened in, possibly of another workspace. */
  readonly parent: Scope | undefined;
  open: boolean;
}

const scopes = new AsyncLocalStorage<Scope>();

/** The lock of each open workspace file, and how many stores of this process have it open. */
const workspaces = new Map<string, { lock: FifoLock; users: number }>();

/**
 * The writer queue of connection `db` to the workspace `file` (its real path: one file, one lock). Every call of
 * the store on `db` must go through it.
 */
export function writerQueue(db: Database.Database, file: string): WriterQueue {
  const shared = workspaces.get(file) ?? { lock: new FifoLock(), users: 0 };
  shared.users++;
  workspaces.set(file, shared);
  const { lock } = shared;
  let closed = false;

  /** The transaction of this workspace the caller is inside, if any (refusing calls that could only deadlock). */
  function scopeOfCaller(): Scope | undefined {
    let scope = scopes.getStore();
    while (scope !== undefined && scope.lock !== lock) scope = scope.parent;
    if (scope === undefined) return undefined;
    // Waiting for the lock here would wait for the caller's own transaction to end.
    if (scope.db !== db) throw new Error(`${file}: this call was made inside a transaction of another connection to the same workspace`);
    if (!scope.open) throw new Error(`${file}: a store call was made after the transaction it belongs to had ended`);
    return scope;
  }

  function undo(depth: number, savepoint: string): void {
    // A failure such as a full disk may already have rolled the whole transaction back.
    if (!db.inTransaction) return;
    try {
      db.exec(depth === 0 ? 'ROLLBACK' : `ROLLBACK TO ${savepoint}; RELEASE ${savepoint}`);
    } catch {
      // The error that brought us here says more than this one would.
    }
  }

  return {
    async run<T>(fn: () => T): Promise<T> {
      const turn = scopeOfCaller()?.nested ?? lock;
      if (!turn.held) return fn();
      await turn.acquire();
      try {
        return fn();
      } finally {
        turn.release();
      }
    },

    async transaction<T>(fn: () => Promise<T>): Promise<T> {
      const outer = scopeOfCaller();
      const turn = outer?.nested ?? lock;
      await turn.acquire();
      const depth = outer === undefined ? 0 : outer.depth + 1;
      const savepoint = `mawjaz_${String(depth)}`;
      const scope: Scope = { db, lock, depth, nested: new FifoLock(), parent: scopes.getStore(), open: true };
      try {
        // IMMEDIATE takes SQLite's write lock now: a transaction that spans awaits could otherwise read, let another
        // process write, and then fail to upgrade (SQLITE_BUSY_SNAPSHOT) at its first write.
        db.exec(depth === 0 ? 'BEGIN IMMEDIATE' : `SAVEPOINT ${savepoint}`);
      } catch (e) {
        turn.release();
        throw e;
      }
      try {
        const result = await scopes.run(scope, fn);
        if (scope.nested.held) throw new Error(`${file}: a transaction ended while a transaction nested in it was still running (an await is missing)`);
        scope.open = false;
        db.exec(depth === 0 ? 'COMMIT' : `RELEASE ${savepoint}`);
        return result;
      } catch (e) {
        scope.open = false;
        undo(depth, savepoint);
        throw e;
      } finally {
        turn.release();
      }
    },

    async close(fn: () => void): Promise<void> {
      if (closed) return;
      if (scopeOfCaller() !== undefined) throw new Error(`${file}: the workspace cannot be closed from inside one of its transactions`);
      await lock.acquire();
      if (closed) return lock.release();
      closed = true;
      try {
        fn();
      } finally {
        lock.release();
        if (--shared.users === 0) workspaces.delete(file);
      }
    },
  };
}
