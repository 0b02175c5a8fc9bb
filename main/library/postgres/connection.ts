import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import { isConnectionError, libraryError } from './library-error.ts';

interface Scope {
  client: pg.PoolClient;
  savepoints: number;
}

// Deadlock and serialisation failure: the server rolled the transaction back and says it may simply be run again.
const RETRY_CODES = new Set(['40P01', '40001']);
const RETRIES = 4;

// Before running a transaction again, wait a little longer each time, with jitter, so the transaction it met can finish.
const pause = (attempt: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, attempt * 50 + Math.random() * 50));

function codeOf(e: unknown): string {
  return typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : '';
}

/**
 * A pool of connections to one team library. A transaction holds one connection for its whole run, and every query
 * made inside it (however deep in the store's functions) goes to that connection: the asynchronous context carries
 * it, so the store's functions never pass a client around. Nested transactions become savepoints, as in the local
 * store. Connection problems leave as TeamLibraryError naming the server (library-error.ts).
 */
export class Connection {
  private readonly pool: pg.Pool;
  private readonly scope = new AsyncLocalStorage<Scope>();

  constructor(
    url: string,
    /** host:port/database, for error messages. */
    readonly server: string,
  ) {
    this.pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 10_000 });
    // An idle connection the server closed (a restart) is dropped by the pool; without a listener Node would exit.
    this.pool.on('error', () => undefined);
  }

  /** Runs a statement (in the current transaction, if any) and returns its rows. */
  async rows<R>(sql: string, params: readonly unknown[] = []): Promise<R[]> {
    const inScope = this.scope.getStore();
    try {
      const result = await (inScope ? inScope.client.query(sql, params as unknown[]) : this.pool.query(sql, params as unknown[]));
      return result.rows as R[];
    } catch (e) {
      throw libraryError(this.server, e);
    }
  }

  /** The first row, or null. */
  async row<R>(sql: string, params: readonly unknown[] = []): Promise<R | null> {
    return (await this.rows<R>(sql, params))[0] ?? null;
  }

  /** How many rows a statement changed. */
  async run(sql: string, params: readonly unknown[] = []): Promise<number> {
    const inScope = this.scope.getStore();
    try {
      const result = await (inScope ? inScope.client.query(sql, params as unknown[]) : this.pool.query(sql, params as unknown[]));
      return result.rowCount ?? 0;
    } catch (e) {
      throw libraryError(this.server, e);
    }
  }

  /**
   * Runs `fn` in one transaction: if it throws, none of its writes stay. Inside another transaction it is a savepoint.
   * A transaction the server broke off for a deadlock with another analyst's is run again (a few times).
   */
  async transaction<T>(fn: () => Promise<T>): Promise<T> {
    const outer = this.scope.getStore();
    if (outer) return this.savepoint(outer, fn);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.topLevel(fn);
      } catch (e) {
        if (!RETRY_CODES.has(codeOf(e)) || attempt >= RETRIES) throw libraryError(this.server, e);
        await pause(attempt);
      }
    }
  }

  private async topLevel<T>(fn: () => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (e) {
      throw libraryError(this.server, e);
    }
    let broken: unknown = undefined;
    // The server going away between two statements of the transaction is reported on the client, not on a query:
    // noted here (the next statement fails and says so) instead of crashing the process as an unhandled 'error'.
    const onError = (e: unknown): void => {
      broken = e;
    };
    client.on('error', onError);
    try {
      await client.query('BEGIN');
      const result = await this.scope.run({ client, savepoints: 0 }, fn);
      await client.query('COMMIT');
      return result;
    } catch (e) {
      if (isConnectionError(e)) broken = e;
      // On a broken connection the server has already rolled back; saying so again would only fail.
      else await client.query('ROLLBACK').catch((rollback: unknown) => (broken = rollback));
      throw e;
    } finally {
      // A connection that failed is destroyed, not given back: the next transaction gets a fresh one.
      client.off('error', onError);
      client.release(broken === undefined ? undefined : broken instanceof Error ? broken : true);
    }
  }

  private async savepoint<T>(scope: Scope, fn: () => Promise<T>): Promise<T> {
    const name = `s${String(++scope.savepoints)}`;
    await scope.client.query(`SAVEPOINT ${name}`);
    try {
      const result = await fn();
      await scope.client.query(`RELEASE SAVEPOINT ${name}`);
      return result;
    } catch (e) {
      if (!isConnectionError(e)) await scope.client.query(`ROLLBACK TO SAVEPOINT ${name}`);
      throw e;
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
