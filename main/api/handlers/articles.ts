import path from 'node:path';
import type { ImportOptions, ImportReport } from '../../library/import-batch.ts';
import { ImportCancelledError } from '../../library/import-cancelled.ts';
import { prepareWithinBudget } from '../prepare-within-budget.ts';
import { matchRanges } from '../../library/snippet.ts';
import { parseQuery } from '../../library/search-query.ts';
import { NotFoundError } from '../../library/workspace-error.ts';
import { RemovedReason } from '../../model/removed-reason.ts';
import { splitSentences } from '../../text/arabic/sentences.ts';
import type { ApiContext, RunningImport, SomeHandlers } from '../handler.ts';
import { ImportBusyError } from './import-busy-error.ts';

export { ImportBusyError } from './import-busy-error.ts';

/** How long one file may take to read before it is set aside: the bound under every reader's own limits. */
export const READ_BUDGET_MS = 60_000;

const NOTHING = { entries: [], totals: { files: 0, imported: 0, duplicate: 0, 'near-duplicate': 0, failed: 0 }, cancelled: true };

/**
 * Runs one import at a time. Reading and cleaning happen on the work thread; a cancel stops the thread's import
 * job at once and is answered `cancelled: true` only while the batch can still be undone.
 */
async function runImport(ctx: ApiContext, run: (options: ImportOptions) => Promise<ImportReport>) {
  if (ctx.imports.current !== null) throw new ImportBusyError();
  const running: RunningImport = { controller: new AbortController(), committed: false };
  ctx.imports.current = running;
  try {
    return { ...(await run(importOptions(ctx, running))), cancelled: false };
  } catch (e) {
    if (e instanceof ImportCancelledError) return NOTHING;
    throw e;
  } finally {
    if (ctx.imports.current === running) ctx.imports.current = null;
  }
}

function importOptions(ctx: ApiContext, running: RunningImport): ImportOptions {
  return {
    now: new Date(ctx.now()),
    signal: running.controller.signal,
    read: (file, options) => ctx.work.readDocument(file, { maxBytes: options?.maxBytes, budgetMs: ctx.readBudgetMs ?? READ_BUDGET_MS }),
    prepare: (slots, now) => prepareWithinBudget(ctx.work, slots, now, ctx.cleanBudget),
    onFiles: (files) => ctx.work.expectImport(files),
    // Set in the same synchronous step as the batch's last cancel check, just before its commit: no cancel can be
    // heard in between, and one heard after it is answered `cancelled: false`.
    onCommit: () => {
      running.committed = true;
    },
    onProgress: (p) => ctx.emit({ task: `import:${p.phase}`, done: p.done, total: p.total, label: path.basename(p.file) }),
  };
}

async function detail(ctx: ApiContext, id: string) {
  const article = await ctx.store.getArticle(id);
  if (!article) throw new NotFoundError(`no article with id ${id}`);
  const removed = article.removed.map((line) => {
    const code = RemovedReason.safeParse(line.reason);
    return code.success ? { ...line, code: code.data } : line;
  });
  const sentences = splitSentences(article.body).map(({ start, end }) => ({ start, end }));
  return { ...article, removed, topics: await ctx.store.topicsOf(id), sentences };
}

export const articleHandlers = {
  // The import pipeline (readers, cleaning, metadata, gazetteers) loads with the first import, not with the API.
  'articles:import': (req, ctx) => runImport(ctx, async (options) => (await import('../../library/import-batch.ts')).importPaths(ctx.store, req.paths, options)),

  'articles:importFiles': (req, ctx) => runImport(ctx, async (options) => (await import('../import-uploads.ts')).importUploads(ctx.store, req.files, options)),

  'articles:importText': (req, ctx) =>
    runImport(ctx, async (options) => (await import('../../library/import-batch.ts')).importTexts(ctx.store, [{ name: req.name, text: req.text }], options)),

  'articles:importCancel': (_req, ctx) => {
    const running = ctx.imports.current;
    if (running === null || running.committed) return { cancelled: false };
    running.controller.abort();
    // Whatever the thread is reading or cleaning for this import stops now.
    ctx.work.cancel('read');
    ctx.work.cancel('prepare');
    return { cancelled: true };
  },

  'articles:list': async (req, ctx) => {
    const items = await ctx.store.listArticles(req);
    const total = await ctx.store.countArticles({ ...req, limit: undefined, offset: undefined });
    return { items, total, outlets: await ctx.store.listOutlets() };
  },

  'articles:get': async (req, ctx) => {
    const found = await detail(ctx, req.id);
    // Opened from a search: the searched words are marked in the text, found as the search's snippets find them.
    return req.query === undefined || req.query.trim() === '' ? found : { ...found, highlights: matchRanges(found.body, parseQuery(req.query)) };
  },

  'articles:correct': async (req, ctx) => {
    await ctx.store.correctMetadata(req.id, req.fields);
    return detail(ctx, req.id);
  },

  'articles:delete': async (req, ctx) => ({ deleted: await ctx.store.deleteArticle(req.id) }),

  'articles:restore': async (req, ctx) => ({ restored: await ctx.store.restoreArticle(req.id) }),

  'articles:revert': async (req, ctx) => {
    await ctx.store.revertMetadata(req.id, req.fields);
    return detail(ctx, req.id);
  },

  'articles:setLine': async (req, ctx) => {
    await ctx.store.setLineInStory(req.id, req.line, req.inStory);
    return detail(ctx, req.id);
  },

  'articles:search': (req, ctx) => ctx.store.search(req.query, { limit: req.limit, prefix: req.prefix, topic: req.topic }),
} satisfies SomeHandlers;
