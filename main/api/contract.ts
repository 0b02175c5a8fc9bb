import { z } from 'zod';
import { ASSEMBLY_STAGES } from '../briefing/assembly-stages.ts';
import { Brief } from '../model/brief.ts';
import { ActorCorrection, ActorCorrectionRule } from '../model/actor-corrections.ts';
import { Selection } from '../model/selection.ts';
import { ArticleRecord, RemovedLine } from '../model/article.ts';
import { RemovedReason } from '../model/removed-reason.ts';
import { ArticleQuery, ArticleSummary, CorrectableField, MetadataCorrection, StoredArticle } from '../library/stored-article.ts';
import { Topic } from '../library/topics.ts';
import { TopicName } from '../library/topic-name.ts';
import { GazetteerEntry, GazetteerInput } from '../library/gazetteer.ts';
import { OutletGrade, OutletGradeInput } from '../library/outlet-grades.ts';
import { ExportedFile } from '../files/exports-folder.ts';
import { HistoryCounts } from '../library/brief-history.ts';
import { BriefVersions } from '../library/brief-versions.ts';
import { BriefLanguageReport } from '../analysis/estimative/check-brief-language.ts';
import { ActorMapGeometry } from '../render/charts/actor-map-geometry.ts';
import { TimelineGeometry } from '../render/charts/timeline-geometry.ts';
import { METHODS, type Method } from './methods.ts';
import { exportToContract } from './export-to-contract.ts';
import { ImportReport } from './import-report.ts';
import { LibraryHolds, TeamLibraryLocation } from './team-library-location.ts';
import { ExchangeReport } from '../library/exchange/exchange-report.ts';

// The answers' and progress schemas live apart (result.ts, import-report.ts) for hosts that load only those.
export { ImportReport } from './import-report.ts';
export { ApiError, ErrorCode, Progress, type Result } from './result.ts';

/**
 * The one typed API of Mawjaz. Each call is named `domain:verb` and has a zod request and response schema.
 * The preload (IPC), the local web host (HTTP) and the renderer's client are all built from this table,
 * so the app, the browser host and the tests speak exactly the same API.
 */

const Empty = z.object({}).strict();
const TemplateName = z.string().regex(/^[a-z][a-z0-9-]{0,40}$/, 'a template name such as "standard"');

/** One date understood (text/dates/read-date.ts). */
const ReadDate = z.object({
  value: z.string(),
  days: z.object({ start: z.string(), end: z.string() }).nullable(),
  ar: z.string(),
  en: z.string(),
  hijri: z.object({ ar: z.string(), en: z.string() }).nullable(),
});

const TextRange = z.object({ start: z.number().int(), end: z.number().int() });
export const SearchHit = z.object({
  article: ArticleSummary,
  score: z.number(),
  titleHighlights: z.array(TextRange),
  snippet: z.object({
    text: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    highlights: z.array(TextRange),
    // Whether text was cut before and after the snippet: the CLI marks it with «…».
    cutBefore: z.boolean().optional(),
    cutAfter: z.boolean().optional(),
  }),
});
export type SearchHit = z.infer<typeof SearchHit>;

/**
 * A line out of the story as the UI gets it: the stored reason also as a code the UI translates (absent for a
 * reason an older version of the cleaner wrote that is no longer one of the codes).
 */
export const RemovedLineDetail = RemovedLine.extend({ code: RemovedReason.optional() });
export type RemovedLineDetail = z.infer<typeof RemovedLineDetail>;

/**
 * An article in the library: the stored record with its topics, and its sentences as [start, end) offsets in the
 * body, split as the assembly splits them — so a sentence the analyst cites quotes exactly what an assembled
 * citation of it would.
 */
export const ArticleDetail = StoredArticle.extend({
  topics: z.array(Topic),
  removed: z.array(RemovedLineDetail),
  sentences: z.array(TextRange),
  /** Where the words searched for stand in the body, when the article was asked for with a search (`query`). */
  highlights: z.array(TextRange).optional(),
});
export type ArticleDetail = z.infer<typeof ArticleDetail>;

export const BriefSummary = z.object({ id: z.string(), title: z.string(), updatedAt: z.string() });
/** A saved draft with how many steps of its stored history can be undone and redone. */
// `version`: the brief's version in a team library (a save from it names it as its base); none in a workspace file.
export const BriefState = z.object({ id: z.string(), brief: Brief, history: HistoryCounts, version: z.number().int().positive().optional() });
/** A save refused because the library's brief is newer than the one it was made from: the library kept both. */
const SaveConflict = z.object({ baseVersion: z.number().int().positive(), currentVersion: z.number().int().positive() });
const BriefId = z.object({ id: z.string().min(1) });
/**
 * A change of a saved draft (undo, redo, rename, re-assembly) with the version the page holds: in a team library one
 * made from an older version is refused, as brief:save is — it would silently revert another analyst's newer save.
 */
const BriefChangeRequest = BriefId.extend({ baseVersion: z.number().int().positive().optional() });
/** The brief as the store holds it after the change, or, with `conflict`, as it holds it after refusing it. */
const ChangedBriefState = BriefState.extend({ conflict: SaveConflict.optional() });

/** A stored actor correction as the page sees it: the rule and the id to delete it by. */
const StoredActorRule = ActorCorrection.pick({ id: true, rule: true });

const call = <Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res) => ({ request, response });

export const contract = {
  /** The workspace's file name, never its folder: no absolute path reaches the page. */
  'workspace:info': call(
    Empty,
    // `team`: the workspace is a team library, named by host:port/database (never its user or password).
    z.object({ name: z.string(), articles: z.number().int(), topics: z.number().int(), briefs: z.number().int(), team: z.boolean().optional() }),
  ),
  /** A consistent copy of the open workspace (SQLite's online backup) at a path the app's own dialog chose. */
  'workspace:backup': call(z.object({ to: z.string().min(1) }), z.object({ bytes: z.number().int() })),
  'articles:import': call(z.object({ paths: z.array(z.string().min(1)).min(1) }), ImportReport),
  /** Files the renderer read itself (file picker, drag and drop): works the same in the app and in a browser. */
  'articles:importFiles': call(
    z.object({ files: z.array(z.object({ name: z.string().min(1).max(300), base64: z.string() })).min(1).max(5000) }),
    ImportReport,
  ),
  'articles:importText': call(z.object({ name: z.string().min(1).max(200), text: z.string().min(1) }), ImportReport),
  'articles:importCancel': call(Empty, z.object({ cancelled: z.boolean() })),
  /**
   * Reads and cleans files without storing them (`mawjaz clean`): the records, and one line per file that failed.
   * Internal (paths on this computer); `articles:importCancel` stops it as it stops an import.
   */
  'articles:clean': call(
    z.object({ paths: z.array(z.string().min(1)).min(1), now: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u) }),
    z.object({ records: z.array(ArticleRecord), problems: z.array(z.string()) }),
  ),
  'articles:list': call(ArticleQuery, z.object({ items: z.array(ArticleSummary), total: z.number().int(), outlets: z.array(z.string()) })),
  'articles:get': call(z.object({ id: z.string(), query: z.string().max(500).optional() }), ArticleDetail),
  'articles:correct': call(z.object({ id: z.string(), fields: MetadataCorrection }), ArticleDetail),
  /**
   * Deletes an article with its corrections, topics and duplicate links, all or nothing; `articles:restore` brings it
   * back whole for a day. Briefs are left as they are: one citing the article keeps its quotes.
   */
  'articles:delete': call(z.object({ id: z.string().min(1) }), z.object({ deleted: z.boolean() })),
  'articles:restore': call(z.object({ id: z.string().min(1) }), z.object({ restored: z.boolean() })),
  /** Drops the analyst's corrections of the given fields (all by default): the values read at import come back. */
  'articles:revert': call(z.object({ id: z.string(), fields: z.array(CorrectableField).min(1).optional() }), ArticleDetail),
  'articles:setLine': call(z.object({ id: z.string(), line: z.number().int().nonnegative(), inStory: z.boolean() }), ArticleDetail),
  'articles:search': call(
    z.object({ query: z.string().max(500), limit: z.number().int().min(1).max(200).default(50), prefix: z.boolean().default(false), topic: z.number().int().optional() }),
    z.object({ terms: z.array(z.string()), total: z.number().int(), hits: z.array(SearchHit) }),
  ),
  'topics:list': call(Empty, z.object({ topics: z.array(Topic) })),
  'topics:create': call(z.object({ name: TopicName, keywords: z.array(z.string()).default([]) }), Topic),
  'topics:rename': call(z.object({ id: z.number().int(), name: TopicName }), Topic),
  'topics:setKeywords': call(z.object({ id: z.number().int(), keywords: z.array(z.string()) }), Topic),
  'topics:delete': call(z.object({ id: z.number().int() }), z.object({ deleted: z.boolean() })),
  'topics:assign': call(z.object({ id: z.number().int(), articleIds: z.array(z.string()).min(1) }), Topic),
  'topics:unassign': call(z.object({ id: z.number().int(), articleIds: z.array(z.string()).min(1) }), Topic),
  'topics:suggest': call(z.object({ id: z.number().int(), limit: z.number().int().min(1).max(100).default(20) }), z.object({ hits: z.array(SearchHit) })),
  'brief:assemble': call(z.object({ selection: Selection, title: z.string().optional() }), Brief),
  'brief:assembleCancel': call(Empty, z.object({ cancelled: z.boolean() })),
  'brief:list': call(Empty, z.object({ briefs: z.array(BriefSummary) })),
  'brief:get': call(z.object({ id: z.string() }), BriefState),
  /** Saves a draft; a change becomes its newest undo step, kept in the workspace. */
  'brief:save': call(
    z.object({ id: z.string().min(1), brief: Brief, baseVersion: z.number().int().positive().optional() }),
    z.object({ id: z.string(), updatedAt: z.string(), history: HistoryCounts, version: z.number().int().positive().optional(), conflict: SaveConflict.optional() }),
  ),
  /**
   * A brief's versions in a team library: who saved, undid or restored it and when, which versions can be opened,
   * and the saves refused because another analyst had saved it since (each kept). A workspace file keeps none.
   */
  'brief:versions': call(BriefId, BriefVersions.extend({ team: z.boolean() })),
  /** An older version of a brief, as it was saved, to read or to copy from (not-found when its content is not kept). */
  'brief:version': call(BriefId.extend({ version: z.number().int().positive() }), z.object({ id: z.string(), version: z.number().int(), brief: Brief })),
  /** Keeps a refused save as a brief of its own beside the library's (both analysts' work kept); again, the same one. */
  'brief:keepBoth': call(BriefId.extend({ refused: z.number().int().positive() }), BriefSummary),
  /** Deletes a draft; `brief:restore` brings it back. */
  'brief:delete': call(z.object({ id: z.string() }), z.object({ deleted: z.boolean() })),
  'brief:restore': call(BriefId, z.object({ restored: z.boolean() })),
  'brief:duplicate': call(BriefId.extend({ title: z.string().min(1).max(300).optional() }), BriefSummary),
  'brief:rename': call(BriefChangeRequest.extend({ title: z.string().trim().min(1).max(300) }), BriefSummary.extend({ conflict: SaveConflict.optional() })),
  'brief:undo': call(BriefChangeRequest, ChangedBriefState),
  'brief:redo': call(BriefChangeRequest, ChangedBriefState),
  /** Assembles the saved draft's selection again and merges it into the draft (merge-reassembly.ts): edits survive. */
  // `include`: sources of the draft that the assembly set apart as off-topic and the analyst includes (Brief.includedSources).
  'brief:reassemble': call(BriefChangeRequest.extend({ include: z.array(z.string().min(1)).max(1000).optional() }), ChangedBriefState),
  'brief:export': call(
    // No target path from the page: exports go to the workspace's exports folder, and the app's own "save as"
    // (a native dialog in the main process) or the browser's download puts a copy where the analyst chooses.
    // A template by name only (never a path: the page must not make Mawjaz read arbitrary files).
    z.object({ brief: Brief, format: z.enum(['pdf', 'docx']), template: TemplateName.default('standard') }),
    // The name of a new file in the exports folder (an earlier export is never replaced), not its path.
    z.object({ bytes: z.number().int(), fileName: z.string() }),
  ),
  // `brief:exportCancel` and `brief:exportTo`: export-to-contract.ts.
  ...exportToContract,
  /**
   * The estimative-language check (ICD 203) of the analyst's own text — the included items they edited or wrote — in
   * a saved draft (by id) or a brief given whole (the CLI's file): flags per item, each with a suggestion. Advice
   * only: nothing is changed and no export waits on it.
   */
  'brief:checkLanguage': call(z.union([BriefId.strict(), z.object({ brief: Brief }).strict()]), BriefLanguageReport),
  /**
   * Whether each item's quotes still support its text after the analyst's edit (analysis/sources/citation-support.ts):
   * the editor marks an item «غير مسند» when they do not.
   */
  'brief:support': call(
    z.object({ items: z.array(z.object({ text: z.string().max(20_000), quotes: z.array(z.string().max(20_000)).max(200) })).min(1).max(500) }),
    z.object({ supported: z.array(z.boolean()) }),
  ),
  /** The files in the exports folder, newest first: names, sizes and dates, no paths. */
  'exports:list': call(Empty, z.object({ files: z.array(ExportedFile) })),
  /**
   * An exported file for the app to show, by name: a PDF's bytes (base64) for the page to draw, or a Word file's
   * page count — from its own properties when the writer set them, else estimated from its text and page layout.
   */
  'exports:view': call(
    z.object({ name: z.string().min(1).max(300) }),
    z.discriminatedUnion('format', [
      z.object({ format: z.literal('pdf'), base64: z.string() }),
      z.object({ format: z.literal('docx'), pages: z.number().int().nonnegative(), basis: z.enum(['properties', 'estimate']) }),
    ]),
  ),
  /** Opens an exported file, by name, with the system's viewer (the browser host answers with a download link too). */
  'files:open': call(z.object({ name: z.string().min(1).max(300) }), z.object({ opened: z.boolean(), href: z.string().nullable() })),
  'templates:list': call(Empty, z.object({ templates: z.array(z.object({ name: z.string(), label: z.object({ ar: z.string(), en: z.string() }) })) })),
  'actors:corrections': call(Empty, z.object({ rules: z.array(StoredActorRule) })),
  'actors:correct': call(z.object({ rule: ActorCorrectionRule }), z.object({ rules: z.array(StoredActorRule) })),
  /** Names the analyst teaches the actor analysis (people, organisations, places with their aliases). */
  'gazetteer:list': call(Empty, z.object({ entries: z.array(GazetteerEntry) })),
  'gazetteer:add': call(GazetteerInput, z.object({ entries: z.array(GazetteerEntry) })),
  'gazetteer:delete': call(z.object({ id: z.number().int() }), z.object({ entries: z.array(GazetteerEntry) })),
  'actors:uncorrect': call(z.object({ id: z.number().int() }), z.object({ rules: z.array(StoredActorRule) })),
  /**
   * Dates as the analyst reads and types them, through the Arabic date layer (text/dates): each text — a stored
   * partial date or what was typed into a date field — understood (its value, the days it covers, its words in both
   * languages and its Hijri day) or null when it is not one date. The page keeps no date tables of its own.
   */
  /**
   * What the About view shows: the app's version and the notices that ship with it — the third-party notices file,
   * each font's licence, the entity model's licence (ANERcorp, CC BY-SA 4.0) — as text, each by its file's name.
   */
  'about:info': call(
    Empty,
    z.object({ version: z.string(), notices: z.array(z.object({ kind: z.enum(['notices', 'font', 'data']), name: z.string(), text: z.string() })) }),
  ),
  /**
   * The search keys of names, through the text layer (text/gazetteer/name-search-keys.ts): each text's words with
   * their spelling folded and their article dropped, and their consonant skeletons, for a page that finds an actor
   * by any spelling of its name and keeps no Arabic tables of its own.
   */
  'names:searchKeys': call(
    z.object({ texts: z.array(z.string().max(4000)).min(1).max(500) }),
    z.object({ keys: z.array(z.object({ words: z.array(z.string()), skeletons: z.array(z.string()) })) }),
  ),
  'dates:read': call(z.object({ texts: z.array(z.string().max(100)).min(1).max(500) }), z.object({ dates: z.array(ReadDate.nullable()) })),
  /** The outlets the analyst graded (Admiralty reliability A–F), kept by the workspace and carried by every brief. */
  'outlets:grades': call(Empty, z.object({ grades: z.array(OutletGrade) })),
  /** Grades an outlet once for every brief (a null grade ungrades it); answers with every grade. */
  'outlets:grade': call(OutletGradeInput, z.object({ grades: z.array(OutletGrade) })),
  /**
   * Each outlet name's grade key, in order (ingest/metadata/outlet-key.ts): the forms one outlet is cited in («جريدة الصباح»,
   * «الصباح», a Latin or domain form of a listed outlet) share one key, the key the workspace grades by. The editor's
   * grades panel groups a draft's sources by it, so an outlet is one row whose grade reaches every source of it; the
   * page compares keys with each other only and folds no Arabic itself.
   */
  'outlets:keys': call(z.object({ outlets: z.array(z.string().max(4000)).min(1).max(500) }).strict(), z.object({ keys: z.array(z.string()) })),
  /**
   * The timeline chart of a draft as the exports draw it (render/charts): its geometry in points (marks, bars,
   * badges, labels with the entry each stands for, ticks, the «+N» of full stacks), its caption and its direction,
   * for the editor's interactive chart. The template sets its text and stacking (standard unless named).
   */
  /**
   * Tries a team library before the analyst switches to it: connects (its schema brought up to date, as opening it
   * would) and answers where it is and what it holds. The password, if given, is used for this one connection and
   * never answered, logged or kept; without it the host's own password (library-secret.ts) is used only for the
   * library the host was started on (library-identity.ts), never sent to another address. A failure is a
   * Result error of one sentence naming host:port/database.
   */
  'library:check': call(
    z.object({ location: TeamLibraryLocation, password: z.string().min(1).max(1000).optional() }).strict(),
    LibraryHolds,
  ),
  /**
   * Takes a copy of a team library into the workspace file in use, for working offline: the articles of the named
   * topics (every article when none is named) with their corrections, those topics and their briefs, and the desk's
   * actor corrections, gazetteer entries and outlet grades. Each item remembers where it came from (the library's
   * identity, never its password), so `library:send` can tell new from changed from conflicting. The password: as
   * for `library:check`. The answer lists what came, what was there already, and every conflict and skip with its reason.
   */
  'library:copy': call(
    z.object({ location: TeamLibraryLocation, password: z.string().min(1).max(1000).optional(), topics: z.array(TopicName).max(1000).optional() }).strict(),
    ExchangeReport,
  ),
  /**
   * Sends the workspace file's new work back to the team library, in one transaction: new articles (stored once, by
   * their text), topics and their articles, corrections, grades and briefs. A brief the library changed since the
   * copy is refused there, both versions kept, and listed as a conflict; sending again changes nothing.
   */
  'library:send': call(z.object({ location: TeamLibraryLocation, password: z.string().min(1).max(1000).optional() }).strict(), ExchangeReport),
  'charts:timeline': call(
    z.object({ brief: Brief, template: TemplateName.optional() }),
    z.object({ geometry: TimelineGeometry, caption: z.string(), direction: z.enum(['rtl', 'ltr']) }),
  ),
  /**
   * The actor map of a draft as the exports draw it (render/charts): its geometry in points (the most central actors
   * with their shapes and labels, the ties between them with the sentences behind each, the legend, how many
   * actors it leaves out), its caption and its direction, for the editor's map. The template sets its size and cap
   * (standard unless named), whether or not it prints the map.
   */
  'charts:actors': call(
    z.object({ brief: Brief, template: TemplateName.optional() }),
    z.object({ geometry: ActorMapGeometry, caption: z.string(), direction: z.enum(['rtl', 'ltr']) }),
  ),
} as const satisfies Record<Method, { request: z.ZodType; response: z.ZodType }>;

// Every method has a schema and every schema a method: the two lists cannot drift apart.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameNames: Exact<keyof typeof contract, Method> = true;
void _sameNames;

export type Contract = typeof contract;
export type { Method };
export type Request<M extends Method> = z.input<Contract[M]['request']>;
export type Response<M extends Method> = z.output<Contract[M]['response']>;

/** The steps an assembly reports as progress labels: reading the selection, each part of the analysis, done. */
export const AssemblyStep = z.enum(['select', ...ASSEMBLY_STAGES, 'done']);
export type AssemblyStep = z.infer<typeof AssemblyStep>;

export const methods: readonly Method[] = METHODS;

// The desktop shell's own calls and events (`app:*`), with their schemas in app-contract.ts; types only here, so the
// renderer reaches them through this file as it does every other part of the contract.
export type { AppEvent, AppMethod, AppRequest, AppResponse } from './app-contract.ts';
