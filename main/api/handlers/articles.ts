import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ImportCancelledError, importPaths, importTexts, type ImportReport } from '../../library/import-batch.ts';
import { NotFoundError } from '../../library/workspace-error.ts';
import type { ApiContext, Handlers } from '../handler.ts';

/** One import at a time: a second one asked for meanwhile is refused, never allowed to cancel the first. */
export class ImportBusyError extends Error {
  constructor() {
    super('an import is already running: wait for it to finish or cancel it first');
    this.name = 'ImportBusyError';
  }
}

async function runImport(ctx: ApiContext, run: (signal: AbortSignal) => Promise<ImportReport>) {
  if (ctx.imports.current !== null) throw new ImportBusyError();
  const controller = new AbortController();
  ctx.imports.current = controller;
  try {
    return { ...(await run(controller.signal)), cancelled: false };
  } catch (e) {
    if (e instanceof ImportCancelledError) return { entries: [], totals: { files: 0, imported: 0, duplicate: 0, 'near-duplicate': 0, failed: 0 }, cancelled: true };
    throw e;
  } finally {
    if (ctx.imports.current === controller) ctx.imports.current = null;
  }
}

function importOptions(ctx: ApiContext, signal: AbortSignal) {
  return {
    now: new Date(ctx.now()),
    signal,
    onProgress: (p: { done: number; total: number; file: string; phase: string }) =>
      ctx.emit({ task: `import:${p.phase}`, done: p.done, total: p.total, label: path.basename(p.file) }),
  };
}

function detail(ctx: ApiContext, id: string) {
  const article = ctx.store.getArticle(id);
  if (!article) throw new NotFoundError(`no article with id ${id}`);
  return { ...article, topics: ctx.store.topicsOf(id) };
}

export const articleHandlers: Handlers = {
  'articles:import': (req, ctx) => runImport(ctx, (signal) => importPaths(ctx.store, req.paths, importOptions(ctx, signal))),

  // Files the renderer read (picker or drop) arrive as bytes; they go through a private temporary folder so the
  // same readers, encoding detection and error messages apply as for files on disk.
  'articles:importFiles': (req, ctx) =>
    runImport(ctx, async (signal) => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'mawjaz-upload-'));
      try {
        const paths: string[] = [];
        for (const [i, f] of req.files.entries()) {
          const safe = path.basename(f.name).replace(/[^\p{L}\p{N}._ -]/gu, '_') || `file-${i}`;
          const sub = path.join(dir, String(i));
          await mkdir(sub);
          const file = path.join(sub, safe);
          await writeFile(file, Buffer.from(f.base64, 'base64'));
          paths.push(file);
        }
        const report = await importPaths(ctx.store, paths, importOptions(ctx, signal));
        // Report the names the analyst knows, not the temporary paths.
        return { ...report, entries: report.entries.map((e) => ({ ...e, file: path.basename(e.file), error: e.error?.split(dir).join('') })) };
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }),

  'articles:importText': (req, ctx) => runImport(ctx, async (signal) => importTexts(ctx.store, [{ name: req.name, text: req.text }], { now: new Date(ctx.now()), signal })),

  'articles:importCancel': (_req, ctx) => {
    const running = ctx.imports.current;
    running?.abort();
    return { cancelled: running !== null };
  },

  'articles:list': (req, ctx) => {
    const items = ctx.store.listArticles(req);
    const total = ctx.store.countArticles({ ...req, limit: undefined, offset: undefined });
    return { items, total, outlets: ctx.store.listOutlets() };
  },

  'articles:get': (req, ctx) => detail(ctx, req.id),

  'articles:correct': (req, ctx) => {
    ctx.store.correctMetadata(req.id, req.fields);
    return detail(ctx, req.id);
  },

  'articles:setLine': (req, ctx) => {
    ctx.store.setLineInStory(req.id, req.line, req.inStory);
    return detail(ctx, req.id);
  },

  'articles:search': (req, ctx) => ctx.store.search(req.query, { limit: req.limit, prefix: req.prefix, topic: req.topic }),
};
