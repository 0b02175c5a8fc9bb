import type { ArticleRecord } from '../model/article.ts';
import type { ActorCorrection, ActorCorrectionRule } from '../model/actor-corrections.ts';
import type { AddResult } from './articles.ts';
import type { HistoryCounts } from './brief-history.ts';
import type { BriefInput, SavedBrief } from './briefs.ts';
import type { GazetteerEntry, GazetteerInput, GazetteerType } from './gazetteer.ts';
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
 * The workspace: one SQLite file holding the analyst's articles, topics, corrections and briefs.
 * Every method is synchronous (better-sqlite3); a write either completes or leaves the file as it was.
 */
export interface Store {
  /** The workspace file. */
  readonly file: string;
  /** The schema version the file is at. */
  readonly schemaVersion: number;
  close(): void;
  /** Runs `fn` in one transaction: if it throws, none of its writes stay. Nested calls become savepoints. */
  transaction<T>(fn: () => T): T;

  /** Stores an article (see articles.ts: duplicates are not stored twice, near-duplicates are linked). */
  addArticle(article: ArticleRecord | PreparedArticle, importedAt?: Date): AddResult;
  getArticle(id: string): StoredArticle | null;
  listArticles(query?: ArticleQuery): ArticleSummary[];
  countArticles(query?: ArticleQuery): number;
  /** Every outlet named by an article (corrections applied), once each, sorted. */
  listOutlets(): string[];
  /** Deletes an article with everything of it, so that `restoreArticle` can still bring it back (for a day). */
  deleteArticle(id: string): boolean;
  restoreArticle(id: string): boolean;
  /** The articles recorded as near-duplicates of `id`. */
  nearDuplicatesOf(id: string): { id: string; similarity: number }[];
  counts(): LibraryCounts;

  correctMetadata(id: string, correction: MetadataCorrection): StoredArticle;
  revertMetadata(id: string, fields?: readonly CorrectableField[]): StoredArticle;
  /** Puts a removed line back into the story (true) or takes a story line out (false); survives re-import. */
  setLineInStory(id: string, line: number, inStory: boolean): StoredArticle;

  search(query: string, options?: SearchOptions): SearchResult;

  createTopic(name: string, keywords?: readonly string[]): Topic;
  getTopic(id: number): Topic | null;
  findTopic(name: string): Topic | null;
  listTopics(): Topic[];
  renameTopic(id: number, name: string): Topic;
  setTopicKeywords(id: number, keywords: readonly string[]): Topic;
  deleteTopic(id: number): boolean;
  assignArticles(topicId: number, articleIds: readonly string[]): number;
  unassignArticles(topicId: number, articleIds: readonly string[]): number;
  topicsOf(articleId: string): Topic[];
  suggestArticles(topicId: number, limit?: number): SearchHit[];

  /** Saves a draft; a change to a saved draft becomes its newest undo step (brief-history.ts). */
  saveBrief(brief: BriefInput): SavedBrief & { history: HistoryCounts };
  getBrief(id: string): SavedBrief | null;
  listBriefs(): { id: string; title: string; updatedAt: string }[];
  /** Deletes a draft so that `restoreBrief` can still bring it back (for a day). */
  deleteBrief(id: string): boolean;
  restoreBrief(id: string): boolean;
  briefHistory(id: string): HistoryCounts;
  /** Undoes or redoes the draft's newest step; null when there is none. */
  stepBrief(id: string, direction: 'undo' | 'redo'): { json: unknown; history: HistoryCounts } | null;

  addActorCorrection(rule: ActorCorrectionRule): ActorCorrection;
  /** The rules that fit the schema, oldest first (a stored row that does not fit is skipped). */
  listActorCorrections(): ActorCorrection[];
  deleteActorCorrection(id: number): boolean;

  upsertGazetteerEntry(entry: GazetteerInput): GazetteerEntry;
  listGazetteerEntries(type?: GazetteerType): GazetteerEntry[];
  deleteGazetteerEntry(id: number): boolean;

  /** Grades an outlet's reliability (A–F), or with a null grade takes the grade away. */
  gradeOutlet(input: OutletGradeInput): void;
  /** The graded outlets, by name. */
  listOutletGrades(): OutletGrade[];
}
