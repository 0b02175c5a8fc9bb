// The bench's corpus put into a local workspace beside the team library (team-corpus.ts), each article by the store's
// own addArticle (articles.ts: the duplicate and near-duplicate look-ups, the rows, the search index row), as an import
// stores it, one transaction a chunk. What differs from an import is only the connection's settings, which decide no
// byte of the rows: a page cache that holds the band table (at 100,000 articles four million rows, which SQLite's
// default 2 MB cache made a disk read for nearly every insert), no sync at each commit (a set-up that fails is run
// again), and the band table's index by article, which only deletions use, built once at the end.
import Database from 'better-sqlite3';
import { addArticle } from '../../main/library/articles.ts';
import { openWorkspace } from '../../main/library/open-workspace.ts';
import type { PreparedArticle } from '../../main/library/prepare-article.ts';

/** The loader's page cache, KB: the band table and its key at 100,000 articles with room to spare. */
const CACHE_KB = 768 * 1024;
/** The index built after the load rather than row by row. */
const DEFERRED_INDEX = 'lsh_bands_article';
/**
 * Articles written between two turns of the event loop, so the team library's statements go out meanwhile: a
 * connection being opened needs a few turns for its handshake, and at a hundred articles a turn on a loaded machine
 * those turns took longer than the pool's ten seconds to connect.
 */
const SLICE = 10;

export interface LocalLoader {
  /** Writes a chunk in one transaction; nothing of it stays if it fails. */
  add(batch: readonly PreparedArticle[]): Promise<void>;
  /** Builds the deferred index and closes the workspace. */
  finish(): void;
  /** Closes the workspace without finishing (after a failure). */
  abandon(): void;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Opens the empty workspace `file` (made, with its schema, as the app makes it) for loading articles imported at `now`. */
export async function openLocalLoader(file: string, now: Date): Promise<LocalLoader> {
  await openWorkspace(file, { now: () => now }).close();
  const db = new Database(file);
  const importedAt = now.toISOString();
  try {
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = OFF');
    db.pragma(`cache_size = -${String(CACHE_KB)}`);
    if (db.prepare('SELECT 1 FROM articles LIMIT 1').get() !== undefined) throw new Error('the fast loader fills an empty workspace only');
    const definition = db.prepare('SELECT sql FROM sqlite_master WHERE type = ? AND name = ?').pluck().get('index', DEFERRED_INDEX);
    if (typeof definition !== 'string') throw new Error(`the workspace lacks its index ${DEFERRED_INDEX}`);
    db.exec(`DROP INDEX ${DEFERRED_INDEX}`);
    return {
      async add(batch) {
        db.exec('BEGIN IMMEDIATE');
        try {
          for (let i = 0; i < batch.length; i += SLICE) {
            for (const a of batch.slice(i, i + SLICE)) {
              const result = addArticle(db, a, importedAt);
              if (result.status === 'duplicate') throw new Error(`${a.record.file}: the generated corpus repeats an article (${result.id})`);
            }
            await nextTurn();
          }
          db.exec('COMMIT');
        } catch (e) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw e;
        }
      },
      finish() {
        db.exec(definition);
        db.close();
      },
      abandon() {
        db.close();
      },
    };
  } catch (e) {
    db.close();
    throw e;
  }
}
