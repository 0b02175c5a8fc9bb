import { AsyncLocalStorage } from 'node:async_hooks';
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { openStore } from '../../library/open/open-store.ts';
import { isTeamLibraryLocation } from '../../library/workspace-location.ts';
import { backupWorkspace } from '../../library/backup.ts';
import { createWorkThread, type WorkThread } from '../../work-thread/work-thread.ts';
import { apiErrorOf } from './api-error-of.ts';
import { contract } from '../contract.ts';
import type { ApiContext, Handler, Handlers } from '../handler.ts';
import type { ApiCaller } from '../api-caller.ts';
import type { CleanBudget } from '../prepare-within-budget.ts';
import { articleHandlers } from './articles.ts';
import { briefHandlers } from './brief.ts';
import { briefDocumentHandlers } from './brief-documents.ts';
import { topicHandlers } from './topics.ts';
import { localFileHandlers } from './local-files.ts';
import { languageHandlers } from './language.ts';
import { supportHandlers } from './support.ts';
import { dateHandlers } from './dates.ts';
import { nameHandlers } from './names.ts';
import { aboutHandlers } from './about.ts';
import { chartHandlers } from './charts.ts';
import { teamLibraryHandlers } from './team-library.ts';
import { briefVersionHandlers } from './brief-versions.ts';
import { serverName } from '../../library/postgres/library-error.ts';

export interface AppApi extends ApiCaller {
  /** Stops the work thread and closes the workspace once the transactions under way have ended. */
  close: () => Promise<void>;
  readonly workspace: string;
  /**
   * Starts loading the work thread (assembling, exporting), if it has not started yet (`warmWork: false`); resolves
   * once it has loaded, the app then fully ready, and rejects — never throws — when the thread cannot be started.
   */
  warmWork: () => Promise<void>;
}

export interface CreateApiOptions {
  workspace: string;
  exportsDir: string;
  openPath?: (path: string) => Promise<boolean>;
  /** A link that downloads an exported file (by its name), for hosts that serve the exports folder (the browser host). */
  exportHref?: (name: string) => string | null;
  /** The clock as an ISO date-time; pinned in tests. */
  now?: () => string;
  /** How long one file of an import may take to read before it is set aside (a minute unless given). */
  readBudgetMs?: number;
  /** How long cleaning an import may take (prepare-within-budget.ts). */
  cleanBudget?: CleanBudget;
  /**
   * Where assembling, exporting and reading imports run: a thread of its own unless given. The CLI, which answers
   * nothing else meanwhile, runs them in process (work-thread/in-process.ts).
   */
  work?: WorkThread;
  /**
   * Whether to check the entity model at start (yes unless false): the desk's hosts do, so a missing or damaged model
   * stops them before any work. The CLI says false and checks it in the one command that assembles (`mawjaz brief`),
   * so listing and searching neither read nor decode it.
   */
  checkModel?: boolean;
  /**
   * Whether the work thread starts loading its code at once (yes unless false). The browser host says false and asks
   * for it when the page loads (warmWork): a host started for API calls alone (a script, the bench) would otherwise
   * load assembling and exporting (about 0.3 s of CPU on a thread of its own) while its first calls are answered, and
   * the thread loads anyway at the first job that needs it.
   */
  warmWork?: boolean;
  /**
   * A team library's password, when the host keeps it (the desktop app, decrypted from safeStorage); otherwise it is
   * read from the host's environment (library-secret.ts); null: none at all (a library the host was not started on
   * must not get the host's own). Never logged, never answered.
   */
  password?: string | null;
}

// `satisfies Handlers`: a contract method without its handler is a type error here, never a runtime "not found".
const handlers = {
  'workspace:info': async (_req, ctx) => {
    const c = await ctx.store.counts();
    // A team library is named by where it is (host:port/database): its URL's last part would name only the database.
    if (isTeamLibraryLocation(ctx.store.file)) return { name: serverName(ctx.store.file), articles: c.articles, topics: c.topics, briefs: c.briefs, team: true };
    return { name: path.basename(ctx.store.file), articles: c.articles, topics: c.topics, briefs: c.briefs };
  },
  'workspace:backup': (req, ctx) => {
    // A backup is a copy of the workspace file; a team library is kept by its server (pg_dump), not copied from here.
    if (isTeamLibraryLocation(ctx.store.file)) throw new Error(`${ctx.store.file}: a team library is backed up on its server, not copied as a workspace file`);
    return backupWorkspace(ctx.store.file, req.to, { overwrite: true });
  },
  ...articleHandlers,
  ...topicHandlers,
  ...briefHandlers,
  ...briefDocumentHandlers,
  ...localFileHandlers,
  ...languageHandlers,
  ...supportHandlers,
  ...dateHandlers,
  ...nameHandlers,
  ...aboutHandlers,
  ...chartHandlers,
  ...teamLibraryHandlers,
  ...briefVersionHandlers,
} satisfies Handlers;

/**
 * The API behind IPC, the browser host and the tests: every request is parsed with the contract's zod schema,
 * every answer is a Result with an error code the UI can translate — never a thrown error or a stack trace.
 */
export async function createApi(options: CreateApiOptions): Promise<AppApi> {
  // A missing or damaged entity model stops the host at start, naming the file, before the workspace is touched.
  if (options.checkModel !== false) {
    (await import('../../analysis/ner/load-model.ts')).checkNerModel();
  }
  const now = options.now ?? (() => new Date().toISOString());
  // The store stamps its rows (imports, topics, drafts) with the same clock, so a pinned clock pins them too.
  const store = await openStore(options.workspace, { now: () => new Date(now()), ...(options.password === undefined ? {} : { password: options.password }) });
  const events = new EventEmitter();
  // Progress is reported from inside work such as an import's transaction; its listeners (a host, a test) run in the
  // context the API was created in, so a call they make is a call of their own, never part of that transaction.
  const outside = AsyncLocalStorage.snapshot();
  const work = options.work ?? createWorkThread();
  // A host of the API serves someone about to assemble: the thread loads its code meanwhile, from the start unless
  // the host asks for it later (warmWork: false).
  let warming: Promise<void> | null = null;
  // Called from an async function, so a WorkThread whose warm() throws at once (the contract says it rejects) still
  // answers with a rejection the host can catch, kept like any other.
  const warmWork = (): Promise<void> => (warming ??= (async () => work.warm())());
  // A thread that cannot load fails the first work call, which answers with a Result error; loading early only saves time.
  if (options.warmWork !== false) void warmWork().catch(() => undefined);
  const ctx: ApiContext = {
    store,
    now,
    exportsDir: options.exportsDir,
    openPath: options.openPath ?? (() => Promise.resolve(false)),
    exportHref: options.exportHref ?? (() => null),
    emit: (p) => outside(() => events.emit('progress', p)),
    imports: { current: null },
    readBudgetMs: options.readBudgetMs,
    cleanBudget: options.cleanBudget,
    work,
  };
  return {
    workspace: store.file,
    warmWork,
    async call(method, request) {
      // Hosts pass a Method, but one that came through a channel untyped at run time is still refused cleanly.
      if (!Object.hasOwn(contract, method)) return { ok: false, error: { code: 'not-found', message: `no API call ${String(method)}` } };
      try {
        const entry = contract[method];
        const handler = handlers[method] as Handler<typeof method>;
        const parsed = entry.request.parse(request ?? {}) as never;
        const value: unknown = await handler(parsed, ctx);
        return { ok: true, value: entry.response.parse(value) };
      } catch (e) {
        return { ok: false, error: apiErrorOf(e, store.file) };
      }
    },
    onProgress(listener) {
      events.on('progress', listener);
      return () => events.off('progress', listener);
    },
    close: async () => {
      await Promise.all([ctx.work.close(), store.close()]);
    },
  };
}
