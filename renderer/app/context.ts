import type { Method, Request, Response } from '../../main/api/contract.ts';
import type { ApiClient, ClientError } from './api-client.ts';
import type { ActorQuery } from './actor-table.ts';
import type { CiteTarget } from './citation-edit.ts';
import type { Draft } from './draft-state.ts';
import type { DateEnd, TypedDate } from './date-filter.ts';
import type { Key } from './i18n.ts';
import type { LanguageFlags } from './language-check.ts';
import type { ArticleDetail, ArticleListItem, Brief, BriefSummary, GazetteerEntry, ImportReport, LibraryFailure, SearchHit, StoredRule, Topic } from './types.ts';

export type Screen = 'library' | 'topics' | 'brief' | 'actors' | 'export' | 'settings' | 'about';
export const SCREENS: readonly Screen[] = ['library', 'topics', 'brief', 'actors', 'export', 'settings', 'about'];
/** Each screen's name, as its tab says it. */
export const SCREEN_NAME: Record<Screen, Key> = { library: 'navLibrary', topics: 'navTopics', brief: 'navBrief', actors: 'navActors', export: 'navExport', settings: 'navSettings', about: 'navAbout' };

export interface LibraryQuery {
  /** A topic id as text ('' for all): select elements speak strings. */
  topic: string;
  outlet: string;
  from: string;
  to: string;
  sort: 'published-desc' | 'published-asc' | 'imported-desc' | 'imported-asc' | 'title';
  search: string;
}

export type { Draft } from './draft-state.ts';

/** Everything the screens show; screens render from it and change it only through the context's actions. */
export interface AppState {
  screen: Screen;
  /** `team`: a team library, named by host:port/database. */
  workspace: { name: string; articles: number; topics: number; team?: boolean | undefined } | null;
  topics: Topic[];
  query: LibraryQuery;
  /** What was typed into the date filters (the query holds the days understood from it). */
  typedDates: Record<DateEnd, TypedDate>;
  /** The listed articles (each with its topic ids) and every outlet of the library, for the filter. */
  articles: { items: ArticleListItem[]; total: number; outlets: string[] } | null;
  hits: SearchHit[] | null;
  hitTotal: number | null;
  /** Articles ticked in the library: the assign action and the brief's selection use them. */
  checked: Set<string>;
  /** Topic names ticked for the brief. */
  briefTopics: Set<string>;
  briefTitle: string;
  /** The open article; `from` is the screen a citation opened it from, which its pane offers to go back to. */
  article: {
    detail: ArticleDetail;
    quote: string | null;
    showRemoved: boolean;
    from?: Screen;
    /** The sentence the analyst selected (index into the article's sentences), offered to cite in an item. */
    sentence: number | null;
    /** Whether each sentence shows its own "cite" button (the keyboard's way to pick one). */
    citing: boolean;
  } | null;
  /** The item a cited sentence goes to (and the quote it replaces), chosen in the editor or in the article's list. */
  citeTarget: CiteTarget | null;
  importProgress: { done: number; total: number; label: string } | null;
  importReport: ImportReport | null;
  suggestions: { topic: Topic; items: ArticleListItem[] } | null;
  draft: Draft | null;
  /** The saved briefs, most recently saved first. */
  briefs: BriefSummary[];
  /** The article just deleted (by its title, or its file's name), until the analyst undoes it or moves on. */
  deletedArticle: { id: string; title: string } | null;
  /** The saved brief whose deletion the analyst is asked to confirm. */
  confirmingBriefDelete: string | null;
  /** The brief just deleted, until the analyst undoes the deletion or moves on. */
  deletedBrief: BriefSummary | null;
  /** The brief whose versions are shown in the list (a team library's), and what the library answered. */
  briefVersions: { id: string; versions: Response<'brief:versions'> | null } | null;
  /** The brief whose name is being edited in the list. */
  renamingBrief: string | null;
  /** The assembly under way: its step (reading the selection, then each part of the analysis), or null. */
  assembling: { done: number; total: number; stage: string } | null;
  rules: StoredRule[];
  /** Names the analyst added to the gazetteer. */
  gazetteer: GazetteerEntry[];
  /** Actors ticked in the table, in the order they were ticked (a merge keeps the first one's name). */
  mergePick: string[];
  /** The actors table's search, type filter, order and page. */
  actorQuery: ActorQuery;
  /** The actor whose details are open in the table (by name: a correction renames, a re-assembly renumbers). */
  actorOpen: string | null;
  templates: { name: string; label: { ar: string; en: string } }[];
  exportFormat: 'pdf' | 'docx';
  exportTemplate: string;
  exported: Response<'brief:export'> | null;
  /** The files in the exports folder (names, sizes, dates), or null until listed. */
  exports: Response<'exports:list'>['files'] | null;
  exporting: boolean;
  /**
   * The exported file shown on the export screen: a PDF's pages (drawn by pdf.js) with the page in view, or a Word
   * file's page count and whether its properties state it or it is estimated.
   */
  viewer: ExportViewer | null;
  /** The app's version and the notices that ship with it, once asked for. */
  about: Response<'about:info'> | null;
  /** The settings view: the team library location being typed, what the last try or switch said, the app's answer. */
  settings: TeamLibrarySettings;
  /** The language checker's flags of the open draft's own text, by `${section}:${id}` (language-check.ts). */
  languageFlags: LanguageFlags;
}

/** A word to translate, the host's own left-to-right text, or a team library's failure said in the UI's language. */
export type StatusPart = { key: Key; params?: Record<string, string> } | { text: string } | { failure: LibraryFailure };

export interface TeamLibrarySettings {
  location: string;
  /**
   * What the last try or switch said, kept as words to translate (so a change of language redraws it) and the
   * host's own left-to-right text (a server's name, the host's sentence of why it failed).
   */
  status: { kind: 'busy' | 'ok' | 'error'; parts: StatusPart[] } | null;
  /** The desktop app's answer: the team library in use and whether its password is saved; null until asked. */
  current: { location: string | null; passwordSaved: boolean } | null;
  /** What the last copy or send said, on the offline section's own line (offline-view.ts); absent until one ran. */
  offlineStatus?: TeamLibrarySettings['status'];
  /** The topics a copy takes, as typed (offline-view.ts). */
  topics?: string;
  /** The last copy's or send's report. */
  report?: Response<'library:copy'> | null;
}

export type ExportViewer =
  | { format: 'pdf'; name: string; pages: number | null; page: number; error?: string }
  | { format: 'docx'; name: string; pages: number; basis: 'properties' | 'estimate' };

export interface AppContext {
  client: ApiClient;
  state: AppState;
  /** Draws the current screen from the state; lit-html patches the page in place (focus, caret and scroll stay). */
  rerender: () => void;
  go: (screen: Screen) => void;
  notice: (text: string) => void;
  error: (error: ClientError) => void;
  clearMessages: () => void;
  /** Calls the API; on failure shows the error and returns null. */
  call: <M extends Method>(method: M, request: Request<M>) => Promise<Response<M> | null>;
  refreshLibrary: () => Promise<void>;
  refreshTopics: () => Promise<void>;
  refreshWorkspace: () => Promise<void>;
  /** Opens an article, marking a quoted sentence (a citation) or the words searched for (a search hit). */
  openArticle: (id: string, quote?: string, search?: string) => Promise<void>;
  /** Replaces the draft's brief, recording the change for undo and scheduling the automatic save. */
  editBrief: (next: Brief) => void;
  undo: () => void;
  redo: () => void;
  startDraft: (brief: Brief) => void;
  refreshBriefs: () => Promise<void>;
  /** Opens a saved brief (after the open draft's queued saves). */
  openBrief: (id: string) => Promise<void>;
  /** Resolves when the open draft's queued saves have landed: whether it is saved. */
  flushDraft: () => Promise<boolean>;
  /**
   * Re-assembles the open draft from its selection, keeping the analyst's edits (merged on the host); `include`: sources
   * set apart as off-topic that the analyst includes.
   */
  reassemble: (include?: readonly string[]) => Promise<void>;
}
