import type { ArticleRecord } from '../model/article.ts';
import type { ActorCorrection, ActorCorrectionRule } from '../model/actor-corrections.ts';
import type { ArticleCopy } from './article-copy.ts';
import type { AddResult } from './articles.ts';
import type { HistoryCounts } from './brief-history.ts';
import type { BriefInput, SavedBrief } from './briefs.ts';
import type { BriefVersionStore } from './brief-versions.ts';
import type { OriginStore } from './library-origins.ts';
import type { GazetteerEntry, GazetteerInput, GazetteerType } from './gazetteer.ts';
import type { NameMatch } from './name-trigrams.ts';
import type { OutletGrade, OutletGradeInput } from './outlet-grades.ts';
import type { PreparedArticle } from './prepare-article.ts';
import type { SearchHit, SearchOptions, SearchResult } from './search.ts';
import type { ArticleQuery, ArticleSummary, CorrectableField, MetadataCorrection, StoredArticle } from './stored-article.ts';
import type { Topic } from './topics.ts';

export interface LibraryCounts {
  articles: number;
  nearDuplicates: number;
  topics: number;
  briefs: number;
}

/**
 * The workspace: the analyst's articles, topics, corrections and briefs, in a local SQLite file
 * (open-workspace.ts) or, for a team, on a PostgreSQL server.
 *
 * Every method is asynchronous, because a server answers over a connection: callers await each one, whatever store
 * is behind it. Each call either completes or leaves the workspace as it was. Calls made at the same time by
 * different callers are kept apart: a call never runs inside another caller's open transaction, and never sees
 * its uncommitted writes (writer-queue.ts says how the SQLite store does it).
 */
export interface Store {
  /**
   * Where the workspace is, for showing and for messages: the file's absolute path, or a server's URL without its
   * password. (A local workspace's `file` is also what backup copies.)
   */
  readonly file: string;
  /** The schema version the workspace is at. */
  readonly schemaVersion: number;
  /** Waits for the transactions under way, then closes the workspace; calls after it fail. */
  close(): Promise<void>;
  /**
   * Runs `fn` in one transaction: if it throws (or rejects), none of its writes stay. The store's methods called
   * while `fn` runs (awaited by it) belong to the transaction; nested calls become savepoints. Other callers wait
   * for it to end, so keep `fn` to store work: no reading of files or waiting for the analyst inside.
   */
  transaction<T>(fn: () => Promise<T>): Promise<T>;

  /** Stores an article (see articles.ts: duplicates are not stored twice, near-duplicates are linked). */
  addArticle(article: ArticleRecord | PreparedArticle, importedAt?: Date): Promise<AddResult>;
  /**
   * Stores several prepared articles, deciding for each what `addArticle` one after the other would, in a few
   * statements (a store across a network: a round trip per article is most of an import's time). Optional: an
   * import batch adds one article at a time where a store has none.
   */
  addArticles?(articles: readonly PreparedArticle[], importedAt?: Date): Promise<AddResult[]>;
  getArticle(id: string): Promise<StoredArticle | null>;
  /** The article as imported with its corrections apart, for a copy to another store (article-copy.ts). */
  articleCopy(id: string): Promise<ArticleCopy | null>;
  listArticles(query?: ArticleQuery): Promise<ArticleSummary[]>;
  countArticles(query?: ArticleQuery): Promise<number>;
  /** Every outlet named by an article (corrections applied), once each, sorted. */
  listOutlets(): Promise<string[]>;
  /** Deletes an article with everything of it, so that `restoreArticle` can still bring it back (for a day). */
  deleteArticle(id: string): Promise<boolean>;
  restoreArticle(id: string): Promise<boolean>;
  /** The articles recorded as near-duplicates of `id`. */
  nearDuplicatesOf(id: string): Promise<{ id: string; similarity: number }[]>;
  counts(): Promise<LibraryCounts>;

  correctMetadata(id: string, correction: MetadataCorrection): Promise<StoredArticle>;
  revertMetadata(id: string, fields?: readonly CorrectableField[]): Promise<StoredArticle>;
  /** Puts a removed line back into the story (true) or takes a story line out (false); survives re-import. */
  setLineInStory(id: string, line: number, inStory: boolean): Promise<StoredArticle>;

  search(query: string, options?: SearchOptions): Promise<SearchResult>;

  createTopic(name: string, keywords?: readonly string[]): Promise<Topic>;
  getTopic(id: number): Promise<Topic | null>;
  findTopic(name: string): Promise<Topic | null>;
  listTopics(): Promise<Topic[]>;
  renameTopic(id: number, name: string): Promise<Topic>;
  setTopicKeywords(id: number, keywords: readonly string[]): Promise<Topic>;
  deleteTopic(id: number): Promise<boolean>;
  assignArticles(topicId: number, articleIds: readonly string[]): Promise<number>;
  unassignArticles(topicId: number, articleIds: readonly string[]): Promise<number>;
  topicsOf(articleId: string): Promise<Topic[]>;
  suggestArticles(topicId: number, limit?: number): Promise<SearchHit[]>;

  /**
   * Saves a draft; a change to a saved draft becomes its newest undo step (brief-history.ts). A team library numbers
   * its versions: a save that names the version it was made from (`baseVersion`) and finds a newer one is refused,
   * both kept (`conflict`). A workspace file, one analyst's, saves as asked.
   */
  saveBrief(brief: BriefInput & { baseVersion?: number }): Promise<SavedBrief & { history: HistoryCounts; version?: number; conflict?: { baseVersion: number; currentVersion: number } }>;
  getBrief(id: string): Promise<(SavedBrief & { version?: number }) | null>;
  /** The briefs' versions, who made them, and the refused saves: a team library's; a workspace file has none. */
  readonly briefVersions?: BriefVersionStore;
  listBriefs(): Promise<{ id: string; title: string; updatedAt: string }[]>;
  /** Deletes a draft so that `restoreBrief` can still bring it back (for a day). */
  deleteBrief(id: string): Promise<boolean>;
  restoreBrief(id: string): Promise<boolean>;
  briefHistory(id: string): Promise<HistoryCounts>;
  /** Undoes or redoes the draft's newest step; null when there is none. `version`: the one a team library's step made. */
  /**
   * Undoes or redoes the draft's newest step. In a team library, a `baseVersion` older than the brief's refuses the
   * step (another analyst saved since): nothing changes and the brief as it is comes back with the `conflict`.
   */
  stepBrief(
    id: string,
    direction: 'undo' | 'redo',
    baseVersion?: number,
  ): Promise<{ json: unknown; history: HistoryCounts; version?: number; conflict?: { baseVersion: number; currentVersion: number } } | null>;

  addActorCorrection(rule: ActorCorrectionRule): Promise<ActorCorrection>;
  /** The rules that fit the schema, oldest first (a stored row that does not fit is skipped). */
  listActorCorrections(): Promise<ActorCorrection[]>;
  deleteActorCorrection(id: number): Promise<boolean>;

  upsertGazetteerEntry(entry: GazetteerInput): Promise<GazetteerEntry>;
  listGazetteerEntries(type?: GazetteerType): Promise<GazetteerEntry[]>;
  deleteGazetteerEntry(id: number): Promise<boolean>;
  /** Entries whose name is like `text` by any close spelling, most similar first (name-trigrams.ts: pg_trgm's measure in both stores). */
  searchGazetteer(text: string, type?: GazetteerType, limit?: number): Promise<NameMatch<GazetteerEntry>[]>;
  /** Topics whose name is like `text` by any close spelling, most similar first (as searchGazetteer). */
  searchTopics(text: string, limit?: number): Promise<NameMatch<Topic>[]>;

  /** Grades an outlet's reliability (A–F), or with a null grade takes the grade away. */
  gradeOutlet(input: OutletGradeInput): Promise<void>;
  /** Where items copied from a team library came from: a workspace file's (library-origins.ts); a team library has none. */
  readonly origins?: OriginStore;

  /** The graded outlets, by name. */
  listOutletGrades(): Promise<OutletGrade[]>;
}
