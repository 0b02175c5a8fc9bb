import type { ApiContext, RunningImport, SomeHandlers } from '../handler.ts';
import { ImportBusyError, READ_BUDGET_MS } from './articles.ts';
import { exportToFile } from './export-to-file.ts';

/**
 * Cleans files on the import's footing: read on the work thread within the same time budget, one at a time with an
 * import, and stopped by `articles:importCancel`.
 */
async function cleanFiles(ctx: ApiContext, paths: string[], now: string) {
  if (ctx.imports.current !== null) throw new ImportBusyError();
  const running: RunningImport = { controller: new AbortController(), committed: false };
  ctx.imports.current = running;
  try {
    // Cleaning (metadata, gazetteers) loads with the first file cleaned, not with the API.
    const { cleanPaths } = await import('../clean-paths.ts');
    return await cleanPaths(paths, now, {
      signal: running.controller.signal,
      read: (file) => ctx.work.readDocument(file, { budgetMs: ctx.readBudgetMs ?? READ_BUDGET_MS }),
    });
  } finally {
    if (ctx.imports.current === running) ctx.imports.current = null;
  }
}

/** The internal calls that take paths on this computer: what the CLI does with files outside a workspace. */
export const localFileHandlers = {
  'articles:clean': (req, ctx) => cleanFiles(ctx, req.paths, req.now),
  'brief:exportTo': async (req, ctx) => exportToFile(req, { emit: ctx.emit, work: ctx.work, grades: await ctx.store.listOutletGrades() }),
} satisfies SomeHandlers;
