import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import * as actors from './actor-corrections.ts';
import * as articles from './articles.ts';
import * as briefs from './briefs.ts';
import * as history from './brief-history.ts';
import * as corrections from './corrections.ts';
import * as lineCorrections from './line-corrections.ts';
import * as gazetteer from './gazetteer.ts';
import * as outletGrades from './outlet-grades.ts';
import { checkSchemaVersion, migrate, migrations, type Migration } from './migrations.ts';
import { nearDuplicatesOf } from './near-duplicates.ts';
import { prepareArticle, type PreparedArticle } from './prepare-article.ts';
import { search } from './search.ts';
import { restoreArticle, trashArticle } from './article-trash.ts';
import type { Store } from './store.ts';
import * as topics from './topics.ts';
import { WorkspaceError } from './workspace-error.ts';

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
  } catch (e) {
    db.close();
    throw new WorkspaceError(resolved, e);
  }

  const store: Store = {
    file: resolved,
    schemaVersion,
    close: () => db.close(),
    transaction: <T>(fn: () => T): T => db.transaction(fn)(),

    addArticle: (article, importedAt = now()) => {
      const prepared: PreparedArticle = isArticleRecord(article) ? prepareArticle(article) : article;
      return db.transaction(() => articles.addArticle(db, prepared, importedAt.toISOString()))();
    },
    getArticle: (id) => articles.getArticle(db, id),
    listArticles: (query) => articles.listArticles(db, query),
    countArticles: (query) => articles.countArticles(db, query),
    listOutlets: () => articles.listOutlets(db),
    deleteArticle: (id) => trashArticle(db, id, now()),
    restoreArticle: (id) => restoreArticle(db, id),
    nearDuplicatesOf: (id) => nearDuplicatesOf(db, id),
    counts: () =>
      db
        .prepare(
          `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM near_duplicates) AS nearDuplicates,
                  (SELECT count(*) FROM topics) AS topics, (SELECT count(*) FROM briefs WHERE deleted_at IS NULL) AS briefs`,
        )
        .get() as ReturnType<Store['counts']>,

    correctMetadata: (id, correction) => corrections.correctMetadata(db, id, correction, now()),
    revertMetadata: (id, fields) => corrections.revertMetadata(db, id, now(), fields),
    setLineInStory: (id, line, inStory) => lineCorrections.setLineInStory(db, id, line, inStory, now(), (x) => articles.getImportedArticle(db, x)),

    search: (query, opts) => search(db, query, opts),

    createTopic: (name, keywords = []) => topics.createTopic(db, name, keywords, now()),
    getTopic: (id) => topics.getTopic(db, id),
    findTopic: (name) => topics.findTopic(db, name),
    listTopics: () => topics.listTopics(db),
    renameTopic: (id, name) => topics.renameTopic(db, id, name),
    setTopicKeywords: (id, keywords) => topics.setTopicKeywords(db, id, keywords),
    deleteTopic: (id) => topics.deleteTopic(db, id),
    assignArticles: (topicId, ids) => topics.assignArticles(db, topicId, ids, now()),
    unassignArticles: (topicId, ids) => topics.unassignArticles(db, topicId, ids),
    topicsOf: (id) => topics.topicsOf(db, id),
    suggestArticles: (topicId, limit) => topics.suggestArticles(db, topicId, limit),

    saveBrief: (brief) => briefs.saveBrief(db, brief, now()),
    getBrief: (id) => briefs.getBrief(db, id),
    listBriefs: () => briefs.listBriefs(db),
    deleteBrief: (id) => briefs.deleteBrief(db, id, now()),
    restoreBrief: (id) => briefs.restoreBrief(db, id),
    briefHistory: (id) => history.historyCounts(db, id),
    stepBrief: (id, direction) => history.stepBrief(db, id, direction, now()),

    addActorCorrection: (rule) => actors.addActorCorrection(db, rule, now()),
    listActorCorrections: () => actors.listActorCorrections(db),
    deleteActorCorrection: (id) => actors.deleteActorCorrection(db, id),

    upsertGazetteerEntry: (entry) => gazetteer.upsertGazetteerEntry(db, entry, now()),
    listGazetteerEntries: (type) => gazetteer.listGazetteerEntries(db, type),
    deleteGazetteerEntry: (id) => gazetteer.deleteGazetteerEntry(db, id),

    gradeOutlet: (input) => outletGrades.gradeOutlet(db, input, now()),
    listOutletGrades: () => outletGrades.listOutletGrades(db),
  };
  return store;
}
