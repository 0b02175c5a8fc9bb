import { ARTICLE_COPY_SQL, toArticleCopy, type ArticleCopyRow } from '../article-copy.ts';
import type { ArticleRecord } from '../../model/article.ts';
import type { LibraryCounts } from '../store.ts';
import { prepareArticle, type PreparedArticle } from '../prepare-article.ts';
import { addArticlesPg } from './add-articles.ts';
import * as analyst from './analyst-data.ts';
import * as articles from './articles.ts';
import { restoreArticlePg, trashArticlePg } from './article-trash.ts';
import type { Store } from '../store.ts';
import * as briefs from './briefs.ts';
import { briefVersionsPg } from './brief-versions.ts';
import { Connection } from './connection.ts';
import * as corrections from './article-corrections.ts';
import { displayUrl, libraryError, serverName } from './library-error.ts';
import { migratePg, PG_KEY_STAMPS_VERSION, pgMigrations, type PgMigration } from './migrations.ts';
import { rekeyStaleOutletGradesPg } from './outlet-grade-keys.ts';
import { arabicTrigrams, searchGazetteerPg, searchTopicsPg } from './name-search.ts';
import { nearDuplicatesOfPg } from './near-duplicates.ts';
import { searchPg } from './search.ts';
import * as topics from './topics.ts';

export interface TeamLibraryOptions {
  /** The clock for timestamps. */
  now?: () => Date;
  /** Who is working, as the briefs' change log names them; the connection's user name by default. */
  analyst?: string;
  migrations?: readonly PgMigration[];
}

/**
 * The team library: the store on a PostgreSQL server, with what a desk sharing one needs beyond the local store —
 * a save of a brief from an older version refused and kept (`saveBrief` with `baseVersion`), and who changed a
 * brief, how and when.
 */
export type TeamLibrary = Omit<Store, 'saveBrief' | 'getBrief'> & {
  saveBrief(brief: briefs.VersionedBriefInput): Promise<briefs.PgSavedBrief>;
  getBrief(id: string): Promise<Awaited<ReturnType<typeof briefs.getBriefPg>>>;
  briefChanges(id: string): Promise<briefs.BriefChange[]>;
  /** Where the library is: host:port/database (for messages). */
  readonly server: string;
};

function isArticleRecord(a: unknown): a is ArticleRecord {
  return typeof a === 'object' && a !== null && !('contentHash' in a && 'signature' in a);
}

/**
 * Connects to the team library at `url` (postgres://user:password@host:port/database) and brings its schema up to
 * date. Connection problems are one sentence naming host:port/database, never the password (library-error.ts).
 */
export async function openTeamLibrary(url: string, options: TeamLibraryOptions = {}): Promise<TeamLibrary> {
  const now = options.now ?? (() => new Date());
  const server = serverName(url);
  const who = options.analyst ?? (decodeURIComponent(new URL(url).username) || 'unknown');
  const conn = new Connection(url, server);
  let schemaVersion: number;
  let staleKeys = false;
  try {
    schemaVersion = await migratePg(conn, options.migrations ?? pgMigrations);
    // The keys follow the key function (ingest/metadata/outlet-key.ts), which moves with the outlet list (see the workspace's
    // open-workspace.ts): rekeyed when the library's stamp of it is not this build's, nothing locked when it is; a
    // role that may not write reads them mapped to this build's keys.
    if (schemaVersion >= PG_KEY_STAMPS_VERSION) staleKeys = await rekeyStaleOutletGradesPg(conn);
  } catch (e) {
    await conn.close().catch(() => undefined);
    // A library a newer Mawjaz migrated is said like any other reason it cannot be used: naming the server.
    throw libraryError(server, e);
  }
  const trigramsSeeArabic = arabicTrigrams(conn);
  return {
    file: displayUrl(url),
    server,
    schemaVersion,
    close: () => conn.close(),
    transaction: (fn) => conn.transaction(fn),

    // async, so that a record refused by prepareArticle is a rejection like every other refusal.
    addArticle: async (article, importedAt = now()) => {
      const prepared: PreparedArticle = isArticleRecord(article) ? prepareArticle(article) : article;
      return conn.transaction(() => articles.addArticlePg(conn, prepared, importedAt.toISOString()));
    },
    addArticles: (batch, importedAt = now()) => conn.transaction(() => addArticlesPg(conn, batch, importedAt.toISOString())),
    getArticle: (id) => articles.getArticlePg(conn, id),
    articleCopy: async (id) => {
      const row = await conn.row<ArticleCopyRow>(ARTICLE_COPY_SQL, [id]);
      return row === null ? null : toArticleCopy(row);
    },
    listArticles: (query) => articles.listArticlesPg(conn, query),
    countArticles: (query) => articles.countArticlesPg(conn, query),
    listOutlets: () => articles.listOutletsPg(conn),
    deleteArticle: (id) => trashArticlePg(conn, id, now()),
    restoreArticle: (id) => restoreArticlePg(conn, id),
    nearDuplicatesOf: (id) => nearDuplicatesOfPg(conn, id),
    counts: async () =>
      (await conn.row<LibraryCounts>(
        `SELECT (SELECT count(*)::int FROM articles) AS articles, (SELECT count(*)::int FROM near_duplicates) AS "nearDuplicates",
                (SELECT count(*)::int FROM topics) AS topics, (SELECT count(*)::int FROM briefs WHERE deleted_at IS NULL) AS briefs`,
      )) ?? { articles: 0, nearDuplicates: 0, topics: 0, briefs: 0 },

    correctMetadata: (id, correction) => corrections.correctMetadataPg(conn, id, correction, now()),
    revertMetadata: (id, fields) => corrections.revertMetadataPg(conn, id, now(), fields),
    setLineInStory: (id, line, inStory) => corrections.setLineInStoryPg(conn, id, line, inStory, now()),

    search: (query, opts) => searchPg(conn, query, opts),

    createTopic: (name, keywords = []) => topics.createTopicPg(conn, name, keywords, now()),
    getTopic: (id) => topics.getTopicPg(conn, id),
    findTopic: (name) => topics.findTopicPg(conn, name),
    listTopics: () => topics.listTopicsPg(conn),
    renameTopic: (id, name) => topics.renameTopicPg(conn, id, name),
    setTopicKeywords: (id, keywords) => topics.setTopicKeywordsPg(conn, id, keywords),
    deleteTopic: (id) => topics.deleteTopicPg(conn, id),
    assignArticles: (topicId, ids) => topics.assignArticlesPg(conn, topicId, ids, now()),
    unassignArticles: (topicId, ids) => topics.unassignArticlesPg(conn, topicId, ids),
    topicsOf: (id) => topics.topicsOfPg(conn, id),
    suggestArticles: (topicId, limit) => topics.suggestArticlesPg(conn, topicId, limit),

    saveBrief: (brief) => briefs.saveBriefPg(conn, brief, who, now()),
    getBrief: (id) => briefs.getBriefPg(conn, id),
    listBriefs: () => briefs.listBriefsPg(conn),
    deleteBrief: (id) => briefs.deleteBriefPg(conn, id, who, now()),
    restoreBrief: (id) => briefs.restoreBriefPg(conn, id, who, now()),
    briefHistory: (id) => briefs.historyCountsPg(conn, id),
    stepBrief: (id, direction, baseVersion) => briefs.stepBriefPg(conn, id, direction, who, now(), undefined, baseVersion),
    briefChanges: (id) => briefs.briefChangesPg(conn, id),
    briefVersions: briefVersionsPg(conn),

    addActorCorrection: (rule) => analyst.addActorCorrectionPg(conn, rule, now()),
    listActorCorrections: () => analyst.listActorCorrectionsPg(conn),
    deleteActorCorrection: (id) => analyst.deleteActorCorrectionPg(conn, id),

    upsertGazetteerEntry: (entry) => analyst.upsertGazetteerEntryPg(conn, entry, now()),
    listGazetteerEntries: (type) => analyst.listGazetteerEntriesPg(conn, type),
    deleteGazetteerEntry: (id) => analyst.deleteGazetteerEntryPg(conn, id),
    searchGazetteer: (text, type, limit) => searchGazetteerPg(conn, trigramsSeeArabic, text, type, limit),
    searchTopics: (text, limit) => searchTopicsPg(conn, trigramsSeeArabic, text, limit),

    gradeOutlet: (input) => analyst.gradeOutletPg(conn, input, now()),
    listOutletGrades: () => analyst.listOutletGradesPg(conn, staleKeys),
  };
}
