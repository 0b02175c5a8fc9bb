import type Database from 'better-sqlite3';
import { z } from 'zod';
import { statement } from './statement-cache.ts';

/**
 * Where the items of a workspace file copied from a team library came from (exchange/take-copy.ts): which library
 * (its identity, library-identity.ts: server, database, user — never a password), the item's key there and its
 * version or content then. It is what lets the way back (exchange/send-back.ts) tell an item that is new here from
 * one changed here and from one changed on both sides. A team library keeps none: it is the source, not the copy.
 */

export const ExchangeKind = z.enum(['article', 'topic', 'actor-correction', 'gazetteer', 'outlet-grade', 'brief']);
export type ExchangeKind = z.infer<typeof ExchangeKind>;

export const LibraryOrigin = z.object({
  /** The library's identity (libraryIdentity): no password, whatever the location held. */
  library: z.string().min(1),
  kind: ExchangeKind,
  /** The item's key in the library: an article's or brief's id, a topic's id, an outlet's name… */
  remoteKey: z.string().min(1),
  /** Its key in this workspace (a topic's id differs between stores). */
  localKey: z.string().min(1),
  /** What the library had when both sides last agreed: a brief's version, else a fingerprint of the content. */
  remoteStamp: z.string(),
  /** The fingerprint of the item here when both sides last agreed. */
  localStamp: z.string(),
  /** The fingerprint of the last content sent and refused as a conflict: sending it again changes nothing. */
  refusedStamp: z.string().nullable(),
});
export type LibraryOrigin = z.infer<typeof LibraryOrigin>;

/** A workspace file's record of origins (open-workspace.ts); calls made inside a store transaction belong to it. */
export interface OriginStore {
  list(library: string): Promise<LibraryOrigin[]>;
  /** Adds or replaces the origins (by library, kind and remote key). */
  put(origins: readonly LibraryOrigin[]): Promise<void>;
  /** Forgets the origins of items neither side holds any more (by library, kind and remote key). */
  drop(origins: readonly Pick<LibraryOrigin, 'library' | 'kind' | 'remoteKey'>[]): Promise<void>;
}

interface Row {
  library: string;
  kind: string;
  remote_key: string;
  local_key: string;
  remote_stamp: string;
  local_stamp: string;
  refused_stamp: string | null;
}

export function listOrigins(db: Database.Database, library: string): LibraryOrigin[] {
  const rows = statement(db, 'SELECT * FROM library_origins WHERE library = ? ORDER BY kind, remote_key').all(library) as Row[];
  return rows.map((r) =>
    LibraryOrigin.parse({
      library: r.library,
      kind: r.kind,
      remoteKey: r.remote_key,
      localKey: r.local_key,
      remoteStamp: r.remote_stamp,
      localStamp: r.local_stamp,
      refusedStamp: r.refused_stamp,
    }),
  );
}

export function putOrigins(db: Database.Database, origins: readonly LibraryOrigin[], now: Date): void {
  const insert = statement(
    db,
    `INSERT INTO library_origins (library, kind, remote_key, local_key, remote_stamp, local_stamp, refused_stamp, recorded_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (library, kind, remote_key) DO UPDATE SET local_key = excluded.local_key, remote_stamp = excluded.remote_stamp,
       local_stamp = excluded.local_stamp, refused_stamp = excluded.refused_stamp, recorded_at = excluded.recorded_at`,
  );
  db.transaction(() => {
    for (const o of origins.map((x) => LibraryOrigin.parse(x))) {
      insert.run(o.library, o.kind, o.remoteKey, o.localKey, o.remoteStamp, o.localStamp, o.refusedStamp, now.toISOString());
    }
  })();
}

/** Deletes the origins given (by library, kind and remote key); one that is not there is no error. */
export function dropOrigins(db: Database.Database, origins: readonly Pick<LibraryOrigin, 'library' | 'kind' | 'remoteKey'>[]): void {
  const remove = statement(db, 'DELETE FROM library_origins WHERE library = ? AND kind = ? AND remote_key = ?');
  db.transaction(() => {
    for (const o of origins) remove.run(o.library, o.kind, o.remoteKey);
  })();
}
