import { EventEmitter } from 'node:events';
import { ZodError } from 'zod';
import { describeZodError } from '../files/describe-zod-error.ts';
import { openWorkspace } from '../library/open-workspace.ts';
import { TopicError } from '../library/topics.ts';
import { ImportCancelledError } from '../library/import-batch.ts';
import { isIngestError } from '../ingest/ingest-error.ts';
import { TemplateError } from '../render/load-template.ts';
import { ImportBusyError } from './handlers/articles.ts';
import { NotFoundError, WorkspaceError } from '../library/workspace-error.ts';
import { contract, type ErrorCode, type Method, type Progress, type Result } from './contract.ts';
import type { ApiContext, Handler, Handlers } from './handler.ts';
import { articleHandlers } from './handlers/articles.ts';
import { briefHandlers } from './handlers/brief.ts';
import { topicHandlers } from './handlers/topics.ts';

export interface AppApi {
  call: (method: Method, request: unknown) => Promise<Result<unknown>>;
  onProgress: (listener: (p: Progress) => void) => () => void;
  close: () => void;
  readonly workspace: string;
}

export interface CreateApiOptions {
  workspace: string;
  exportsDir: string;
  openPath?: (path: string) => Promise<boolean>;
  /** A link that downloads an exported file, for hosts that serve the exports folder (the browser host). */
  exportHref?: (path: string) => string | null;
  /** The clock as an ISO date-time; pinned in tests. */
  now?: () => string;
}

const handlers: Handlers = {
  'workspace:info': (_req, ctx) => {
    const c = ctx.store.counts();
    return { path: ctx.store.file, articles: c.articles, topics: c.topics, briefs: c.briefs };
  },
  ...articleHandlers,
  ...topicHandlers,
  ...briefHandlers,
};

function errorCode(e: unknown): ErrorCode {
  if (e instanceof ZodError || e instanceof TemplateError) return 'invalid-request';
  if (e instanceof NotFoundError) return 'not-found';
  if (e instanceof TopicError || e instanceof ImportBusyError) return 'conflict';
  if (e instanceof ImportCancelledError) return 'cancelled';
  if (isIngestError(e)) return 'io';
  if (e instanceof WorkspaceError) return 'unwritable';
  return 'internal';
}

function errorMessage(e: unknown): string {
  if (e instanceof ZodError) return describeZodError(e);
  return (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? 'unknown error';
}

/**
 * The API behind IPC, the browser host and the tests: every request is parsed with the contract's zod schema,
 * every answer is a Result with an error code the UI can translate — never a thrown error or a stack trace.
 */
export async function createApi(options: CreateApiOptions): Promise<AppApi> {
  const now = options.now ?? (() => new Date().toISOString());
  // The store stamps its rows (imports, topics, drafts) with the same clock, so a pinned clock pins them too.
  const store = openWorkspace(options.workspace, { now: () => new Date(now()) });
  const events = new EventEmitter();
  const ctx: ApiContext = {
    store,
    now,
    exportsDir: options.exportsDir,
    openPath: options.openPath ?? (() => Promise.resolve(false)),
    exportHref: options.exportHref ?? (() => null),
    emit: (p) => events.emit('progress', p),
    imports: { current: null },
  };
  return {
    workspace: store.file,
    async call(method, request) {
      const entry = contract[method];
      const handler = handlers[method] as Handler<typeof method> | undefined;
      if (!entry || !handler) return { ok: false, error: { code: 'not-found', message: `no API call ${String(method)}` } };
      try {
        const parsed = entry.request.parse(request ?? {}) as never;
        const value: unknown = await handler(parsed, ctx);
        return { ok: true, value: entry.response.parse(value) };
      } catch (e) {
        return { ok: false, error: { code: errorCode(e), message: errorMessage(e) } };
      }
    },
    onProgress(listener) {
      events.on('progress', listener);
      return () => events.off('progress', listener);
    },
    close: () => store.close(),
  };
}
