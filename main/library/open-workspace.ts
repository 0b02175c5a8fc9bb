import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import * as actors from './actor-corrections.ts';
import { ARTICLE_COPY_SQL, toArticleCopy, type ArticleCopyRow } from './article-copy.ts';
import * as articles from './articles.ts';
import * as briefs from './briefs.ts';
import * as history from './brief-history.ts';
import * as corrections from './corrections.ts';
import * as lineCorrections from './line-corrections.ts';
import * as gazetteer from './gazetteer.ts';
import { dropOrigins, listOrigins, putOrigins } from './library-origins.ts';
import * as outletGrades from './outlet-grades.ts';
import { checkSchemaVersion, KEY_STAMPS_VERSION, migrate, migrations, type Migration } from './migrations.ts';
import { nearDuplicatesOf } from './near-duplicates.ts';
import { prepareArticle, type PreparedArticle } from './prepare-article.ts';
import { search } from './search.ts';
import { statement } from './statement-cache.ts';
import { restoreArticle, trashArticle } from './article-trash.ts';
import type { LibraryCounts, Store } from './store.ts';
import * as topics from './topics.ts';
import { WorkspaceError } from './workspace-error.ts';
import { writerQueue } from './writer-queue.ts';
import { isTeamLibraryLocation, TeamLibraryUnavailableError } from './workspace-location.ts';

export interface OpenOptions {
  /** The clock for timestamps (imported_at, corrections, topics, briefs). */
  now?: () => Date;
  /** Schema migrations to apply; tests pass older lists to build files at earlier versions. */
  migrations?: readonly Migration[];
}

function isArticleRecord(a: unknown): a is Parameters<typeof prepareArticle>[0] {
  return typeof a === 'object' && a !== null && !('contentHash' in a && 'signature' in a);
}

/**
 * Opens (creating if needed, with its folder) the workspace file and brings its schema up to date.
 * WAL keeps readers unblocked while an import writes; foreign keys keep links consistent; busy_timeout
 * waits for another connection's write instead of failing at once. Errors name the file and the problem.
 */
export function openWorkspace(file: string, options: OpenOptions = {}): Store {
  // A team library is a server, not a file: never create a local file named like its URL.
  if (isTeamLibraryLocation(file)) throw new TeamLibraryUnavailableError('the workspace');
  const now = options.now ?? (() => new Date());
  const resolved = path.resolve(file);
  let db: Database.Database;
  let schemaVersion: number;
  try {
    if (fs.existsSync(resolved) && fs.statSync(resolved).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    fs.mkdirSync(path.dirname(resolved), { recursive: true });
    // A new workspace needs a folder it can write in: ask first, so the error says why (SQLite would only say
    // that it cannot open the file).
    if (!fs.existsSync(resolved)) fs.accessSync(path.dirname(resolved), fs.constants.W_OK);
    db = new Database(resolved);
  } catch (e) {
    throw new WorkspaceError(resolved, e);
  }
  try {
    db.pragma('busy_timeout = 5000');
    // Refuse a newer workspace before anything below writes to it.
    checkSchemaVersion(db, options.migrations ?? migrations);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    schemaVersion = migrate(db, options.migrations ?? migrations);
    // The keys follow the key function (ingest/metadata/outlet-key.ts), which moves with the outlet list: a grade stored under a key
    // it no longer gives would stop reaching the outlet's citations and could not be ungraded. Nothing is written
    // when every key is right (outlet-grades.ts keepOutletKeysCurrent).
    if (schemaVersion >= KEY_STAMPS_VERSION) outletGrades.keepOutletKeysCurrent(db);
  } catch (e) {
    db.close();
    throw new WorkspaceError(resolved, e);
  }

  // Every call takes its turn through the workspace's writer queue (writer-queue.ts); the file's real path names the
  // workspace, so two stores open on it in this process share one queue.
  const queue = writerQueue(db, fs.realpathSync(resolved));
  const run = queue.run;
  const store: Store = {
    file: resolved,
    schemaVersion,
    close: () => queue.close(() => db.close()),
    transaction: (fn) => queue.transaction(fn),

    addArticle: async (article, importedAt = now()) => {
      // Prepared (hashing, shingles, index text) before taking a turn: the CPU work does not hold up other callers.
      const prepared: PreparedArticle = isArticleRecord(article) ? prepareArticle(article) : article;
      // Alone, an article is written in a transaction of its own. Inside a transaction (an import's batch) it joins
      // that one without a savepoint: FTS5 writes its pending index to disk at every savepoint, a segment per
      // article to merge later (about a third of the index's insert cost), where one transaction writes it once.
      // The writes that follow the duplicate checks fail only with the database (disk full, I/O), which fails the
      // enclosing transaction too.
      const add = (): articles.AddResult => articles.addArticle(db, prepared, importedAt.toISOString());
      return await run(() => (db.inTransaction ? add() : db.transaction(add)()));
    },
    getArticle: (id) => run(() => articles.getArticle(db, id)),
    articleCopy: (id) =>
      run(() => {
        const row = statement(db, ARTICLE_COPY_SQL.replace('$1', '?')).get(id) as ArticleCopyRow | undefined;
        return row === undefined ? null : toArticleCopy(row);
      }),
    listArticles: (query) => run(() => articles.listArticles(db, query)),
    countArticles: (query) => run(() => articles.countArticles(db, query)),
    listOutlets: () => run(() => articles.listOutlets(db)),
    deleteArticle: (id) => run(() => trashArticle(db, id, now())),
    restoreArticle: (id) => run(() => restoreArticle(db, id)),
    nearDuplicatesOf: (id) => run(() => nearDuplicatesOf(db, id)),
    counts: () =>
      run(
        () =>
          db
            .prepare(
              `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM near_duplicates) AS nearDuplicates,
                  (SELECT count(*) FROM topics) AS topics, (SELECT count(*) FROM briefs WHERE deleted_at IS NULL) AS briefs`,
            )
            .get() as LibraryCounts,
      ),

    correctMetadata: (id, correction) => run(() => corrections.correctMetadata(db, id, correction, now())),
    revertMetadata: (id, fields) => run(() => corrections.revertMetadata(db, id, now(), fields)),
    setLineInStory: (id, line, inStory) => run(() => lineCorrections.setLineInStory(db, id, line, inStory, now(), (x) => articles.getImportedArticle(db, x))),

    search: (query, opts) => run(() => search(db, query, opts)),

    createTopic: (name, keywords = []) => run(() => topics.createTopic(db, name, keywords, now())),
    getTopic: (id) => run(() => topics.getTopic(db, id)),
    findTopic: (name) => run(() => topics.findTopic(db, name)),
    listTopics: () => run(() => topics.listTopics(db)),
    renameTopic: (id, name) => run(() => topics.renameTopic(db, id, name)),
    setTopicKeywords: (id, keywords) => run(() => topics.setTopicKeywords(db, id, keywords)),
    deleteTopic: (id) => run(() => topics.deleteTopic(db, id)),
    assignArticles: (topicId, ids) => run(() => topics.assignArticles(db, topicId, ids, now())),
    unassignArticles: (topicId, ids) => run(() => topics.unassignArticles(db, topicId, ids)),
    topicsOf: (id) => run(() => topics.topicsOf(db, id)),
    suggestArticles: (topicId, limit) => run(() => topics.suggestArticles(db, topicId, limit)),

    saveBrief: (brief) => run(() => briefs.saveBrief(db, brief, now())),
    getBrief: (id) => run(() => briefs.getBrief(db, id)),
    listBriefs: () => run(() => briefs.listBriefs(db)),
    deleteBrief: (id) => run(() => briefs.deleteBrief(db, id, now())),
    restoreBrief: (id) => run(() => briefs.restoreBrief(db, id)),
    briefHistory: (id) => run(() => history.historyCounts(db, id)),
    stepBrief: (id, direction) => run(() => history.stepBrief(db, id, direction, now())),

    addActorCorrection: (rule) => run(() => actors.addActorCorrection(db, rule, now())),
    listActorCorrections: () => run(() => actors.listActorCorrections(db)),
    deleteActorCorrection: (id) => run(() => actors.deleteActorCorrection(db, id)),

    upsertGazetteerEntry: (entry) => run(() => gazetteer.upsertGazetteerEntry(db, entry, now())),
    listGazetteerEntries: (type) => run(() => gazetteer.listGazetteerEntries(db, type)),
    deleteGazetteerEntry: (id) => run(() => gazetteer.deleteGazetteerEntry(db, id)),
    searchGazetteer: (text, type, limit) => run(() => gazetteer.searchGazetteerEntries(db, text, type, limit)),
    searchTopics: (text, limit) => run(() => topics.searchTopicNames(db, text, limit)),

    gradeOutlet: (input) => run(() => outletGrades.gradeOutlet(db, input, now())),
    listOutletGrades: () => run(() => outletGrades.listOutletGrades(db)),

    origins: {
      list: (library) => run(() => listOrigins(db, library)),
      put: (list) => run(() => putOrigins(db, list, now())),
      drop: (list) => run(() => dropOrigins(db, list)),
    },
  };
  return store;
}
