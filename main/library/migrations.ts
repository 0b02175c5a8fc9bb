import type Database from 'better-sqlite3';
import { rekeyOutletGrades } from './outlet-grades.ts';
import { rebuildSearchIndex } from './rebuild-search-index.ts';

export interface Migration {
  /** The user_version the workspace has once this migration ran; versions count up from 1. */
  version: number;
  description: string;
  up: (db: Database.Database) => void;
}

// Effective metadata: the analyst's correction where there is one (even a correction to "none"), else the record's.
// json_type() is NULL only when the key is absent, so an explicit null correction is told apart from no correction.
const effective = (field: string): string =>
  `CASE WHEN json_type(c.fields, '$.${field}') IS NULL THEN a.${field} ELSE json_extract(c.fields, '$.${field}') END AS eff_${field}`;

const V1_ARTICLES = `
CREATE TABLE articles (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  file TEXT NOT NULL,
  title TEXT, title_basis TEXT NOT NULL,
  outlet TEXT, outlet_basis TEXT NOT NULL,
  author TEXT, author_basis TEXT NOT NULL,
  published TEXT, published_basis TEXT NOT NULL,
  language TEXT NOT NULL, language_basis TEXT NOT NULL,
  body TEXT NOT NULL,
  removed TEXT NOT NULL CHECK (json_valid(removed)),
  format TEXT NOT NULL,
  encoding TEXT NOT NULL,
  url TEXT,
  content_hash TEXT NOT NULL UNIQUE,
  source_hash TEXT,
  imported_at TEXT NOT NULL
);
CREATE INDEX articles_source_hash ON articles(source_hash);
CREATE TABLE metadata_corrections (
  article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  fields TEXT NOT NULL CHECK (json_valid(fields)),
  corrected_at TEXT NOT NULL
);
CREATE VIEW article_view AS
SELECT a.*, c.fields AS corrections,
  ${effective('title')}, ${effective('outlet')}, ${effective('author')}, ${effective('published')}
FROM articles a LEFT JOIN metadata_corrections c ON c.article_id = a.id;
CREATE TABLE minhash (
  article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  signature BLOB NOT NULL,
  shingles BLOB NOT NULL
);
CREATE TABLE lsh_bands (
  band INTEGER NOT NULL,
  bucket INTEGER NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  PRIMARY KEY (band, bucket, article_id)
) WITHOUT ROWID;
CREATE INDEX lsh_bands_article ON lsh_bands(article_id);
CREATE TABLE near_duplicates (
  article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  duplicate_of TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  similarity REAL NOT NULL CHECK (similarity BETWEEN 0 AND 1)
);
CREATE INDEX near_duplicates_of ON near_duplicates(duplicate_of);
CREATE VIRTUAL TABLE article_fts USING fts5(
  title, body, body_forms,
  content='', contentless_delete=1,
  tokenize='unicode61 remove_diacritics 2'
);
CREATE TABLE topics (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL UNIQUE,
  keywords TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(keywords)),
  created_at TEXT NOT NULL
);
CREATE TABLE article_topics (
  topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  assigned_at TEXT NOT NULL,
  PRIMARY KEY (topic_id, article_id)
) WITHOUT ROWID;
CREATE INDEX article_topics_article ON article_topics(article_id);
`;

const V2_ANALYST = `
CREATE TABLE briefs (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  json TEXT NOT NULL CHECK (json_valid(json)),
  updated_at TEXT NOT NULL
);
CREATE TABLE actor_corrections (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  rule TEXT NOT NULL CHECK (json_valid(rule)),
  created_at TEXT NOT NULL
);
CREATE TABLE gazetteer_entries (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_key TEXT NOT NULL,
  type TEXT NOT NULL,
  aliases TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases)),
  created_at TEXT NOT NULL,
  UNIQUE (name_key, type)
);
`;

// The analyst's choice of story lines (see line-corrections.ts), kept apart from the record like metadata corrections.
const V3_LINES = `
CREATE TABLE line_corrections (
  article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  lines TEXT NOT NULL CHECK (json_valid(lines)),
  corrected_at TEXT NOT NULL
);
`;

// Briefs become documents the analyst can delete and bring back (deleted_at), and each keeps its undo history as
// changes (patches), one row per step, so it survives a reload and a restart.
const V4_BRIEF_HISTORY = `
ALTER TABLE briefs ADD COLUMN deleted_at TEXT;
CREATE TABLE brief_history (
  brief_id TEXT NOT NULL REFERENCES briefs(id) ON DELETE CASCADE,
  stack TEXT NOT NULL CHECK (stack IN ('undo', 'redo')),
  seq INTEGER NOT NULL,
  patch TEXT NOT NULL CHECK (json_valid(patch)),
  bytes INTEGER NOT NULL,
  PRIMARY KEY (brief_id, stack, seq)
) WITHOUT ROWID;
`;

// A deleted article is kept whole (its rows as a snapshot) for a while, so that the deletion can be undone.
const V5_ARTICLE_TRASH = `
CREATE TABLE article_trash (
  article_id TEXT PRIMARY KEY,
  snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
  deleted_at TEXT NOT NULL
);
`;

// The analyst's reliability grade of each outlet (outlet-grades.ts), by the outlet's matching key: graded once, carried
// by every brief that cites it.
const V6_OUTLET_GRADES = `
CREATE TABLE outlet_grades (
  outlet_key TEXT PRIMARY KEY,
  outlet TEXT NOT NULL,
  grade TEXT NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D', 'E', 'F')),
  graded_at TEXT NOT NULL
) WITHOUT ROWID;
`;

// Where items copied from a team library came from (library-origins.ts): the library's identity, never a password.
const V7_LIBRARY_ORIGINS = `
CREATE TABLE library_origins (
  library TEXT NOT NULL,
  kind TEXT NOT NULL,
  remote_key TEXT NOT NULL,
  local_key TEXT NOT NULL,
  remote_stamp TEXT NOT NULL,
  local_stamp TEXT NOT NULL,
  refused_stamp TEXT,
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (library, kind, remote_key)
) WITHOUT ROWID;
`;

/** The version from which grades are kept under outletKey, and opening keeps them so (open-workspace.ts). */
export const OUTLET_KEYS_VERSION = 9;

// One key per outlet in every form it is cited in (ingest/metadata/outlet-key.ts): the grades (and the exchange's origins of grades)
// move to the new keys; of two grades that fold into one the later is kept, the other kept here, with the key it was
// folded into, rather than dropped unseen. Opening rekeys again whenever the key function has changed since
// (open-workspace.ts), and writes nothing when it has not.
const V9_OUTLET_KEYS = `
CREATE TABLE outlet_grades_folded (
  outlet_key TEXT NOT NULL,
  outlet TEXT NOT NULL,
  grade TEXT NOT NULL,
  graded_at TEXT NOT NULL,
  folded_into TEXT NOT NULL
);
`;

/** The version from which the workspace keeps the stamp of its outlet key (outlet-key-stamp.ts). */
export const KEY_STAMPS_VERSION = 10;

// The stamp of the key function each kind of stored key was computed by, beside the schema version: opening rekeys
// the outlet grades only when the outlet key's stamp differs (outlet-key-stamp.ts).
const V10_KEY_STAMPS = `
CREATE TABLE key_stamps (
  name TEXT PRIMARY KEY,
  stamp TEXT NOT NULL
) WITHOUT ROWID;
`;

/** The workspace schema, oldest first. Append only: a released migration is never edited. */
export const migrations: readonly Migration[] = [
  { version: 1, description: 'articles, duplicates, corrections, search index, topics', up: (db) => db.exec(V1_ARTICLES) },
  { version: 2, description: 'briefs, actor corrections, gazetteer entries', up: (db) => db.exec(V2_ANALYST) },
  { version: 3, description: 'line corrections (story lines put back or taken out)', up: (db) => db.exec(V3_LINES) },
  { version: 4, description: 'briefs as documents: deletion that can be undone, undo history as patches', up: (db) => db.exec(V4_BRIEF_HISTORY) },
  { version: 5, description: 'deleted articles kept for undo', up: (db) => db.exec(V5_ARTICLE_TRASH) },
  { version: 6, description: 'outlet reliability grades (Admiralty A–F)', up: (db) => db.exec(V6_OUTLET_GRADES) },
  { version: 7, description: 'where items copied from a team library came from', up: (db) => db.exec(V7_LIBRARY_ORIGINS) },
  { version: 8, description: 'the search index keeps three-letter prefixes (search as you type)', up: (db) => rebuildSearchIndex(db) },
  {
    version: OUTLET_KEYS_VERSION,
    description: 'outlet grades under one key per outlet, whatever form it is cited in',
    up: (db) => {
      db.exec(V9_OUTLET_KEYS);
      rekeyOutletGrades(db);
    },
  },
  { version: KEY_STAMPS_VERSION, description: 'the stamp of the outlet key the grades are stored under', up: (db) => db.exec(V10_KEY_STAMPS) },
];

/**
 * The workspace's schema version, read without writing anything; a workspace written by a newer Mawjaz is
 * refused here. Opening calls this before any pragma that writes (the switch to WAL rewrites the header and
 * creates the -wal and -shm files), so a refused file is left exactly as it was.
 */
export function checkSchemaVersion(db: Database.Database, list: readonly Migration[] = migrations): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = list.reduce((max, m) => Math.max(max, m.version), 0);
  if (current > latest) {
    throw new Error(`the workspace was written by a newer Mawjaz (schema ${String(current)}, this version knows up to ${String(latest)})`);
  }
  return current;
}

/**
 * Brings the workspace up to the newest schema. Each migration runs in its own transaction together with
 * the user_version bump, so a failure leaves the file at the last version that fully applied, and two processes
 * opening an old workspace at once apply each step once.
 * A workspace written by a newer Mawjaz is refused rather than guessed at.
 */
export function migrate(db: Database.Database, list: readonly Migration[] = migrations): number {
  const current = checkSchemaVersion(db, list);
  for (const m of [...list].sort((a, b) => a.version - b.version)) {
    if (m.version <= current) continue;
    // Immediate, and the version read again inside: another process opening the same old workspace at once may have
    // applied the step since this one read the version (its CREATE TABLE would fail here).
    db.transaction(() => {
      if ((db.pragma('user_version', { simple: true }) as number) >= m.version) return;
      m.up(db);
      db.pragma(`user_version = ${String(m.version)}`);
    }).immediate();
  }
  return db.pragma('user_version', { simple: true }) as number;
}
