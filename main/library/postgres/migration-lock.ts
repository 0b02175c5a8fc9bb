import type { Connection } from './connection.ts';

// Any constant shared by every Mawjaz: the lock that makes two analysts opening a new library at once migrate it once.
const MIGRATION_LOCK = 0x6d61776a;

/**
 * Takes the library's migration lock until the end of the current transaction (an advisory lock: it stops only others
 * who ask for it, each opening Mawjaz). Taken again by the same transaction, it is already held.
 */
export async function holdMigrationLock(conn: Connection): Promise<void> {
  await conn.run('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
}
