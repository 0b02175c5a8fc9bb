import type Database from 'better-sqlite3';
import outletsData from '../text/gazetteer/outlets.json' with { type: 'json' };
import placesData from '../text/gazetteer/places.json' with { type: 'json' };
import { sha256Hex } from '../text/sha256.ts';
import { statement } from './statement-cache.ts';

/**
 * Raised by hand whenever outletKey's own rules change (ingest/metadata/outlet-key.ts, and what it calls: citedOutlet,
 * the outlet nouns); the changes of the two lists it reads (the outlets, and the places it keeps a kind word before)
 * are in the stamp by themselves. tests/unit/library/outlet-key-version.test.ts pins the keys of names of every kind
 * with this number, so a rule changed without raising it fails there.
 */
export const KEY_VERSION = 3;

let stamp: string | undefined;

/**
 * The stamp of the key function the grades are stored under: KEY_VERSION and a hash of the outlet and place lists' data. Both
 * stores keep it beside their schema version (key_stamps) and rekey only when it differs. A stamp, not a version
 * number, because the key moves with the outlet list, which changes without any code change: a version would have to
 * be raised by hand for each new list, and two builds with different lists but one number would each take the other's
 * keys for its own. Hashing the list's raw data builds nothing of it (no validation, no lookup tables), so an opening
 * whose stamp matches pays for no outlet list (`mawjaz list`).
 */
export function outletKeyStamp(): string {
  stamp ??= `${String(KEY_VERSION)}:${sha256Hex(JSON.stringify([outletsData, placesData]))}`;
  return stamp;
}

/** The name of the outlet key's row in key_stamps (both stores). */
export const OUTLET_KEY_STAMP = 'outlet-key';

/** The workspace's stored stamp of the outlet key, or null (none written yet). */
export function storedOutletKeyStamp(db: Database.Database): string | null {
  const row = statement(db, 'SELECT stamp FROM key_stamps WHERE name = ?').get(OUTLET_KEY_STAMP) as { stamp: string } | undefined;
  return row?.stamp ?? null;
}

export function writeOutletKeyStamp(db: Database.Database): void {
  statement(db, 'INSERT INTO key_stamps (name, stamp) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET stamp = excluded.stamp').run(OUTLET_KEY_STAMP, outletKeyStamp());
}
