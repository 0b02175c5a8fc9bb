import { exportStem, findExport, listExports, readExportFile, writeNewFile } from '../../files/exports-folder.ts';
import { withOutletGrades } from '../../briefing/outlet-grades.ts';
import { outletKey } from '../../ingest/metadata/outlet-key.ts';
import { withJudgmentCredibility } from '../../analysis/credibility/judgment-credibility.ts';
import { NotFoundError } from '../../library/workspace-error.ts';
import { listTemplates } from '../../render/load-template.ts';
import { resources } from '../../resources.ts';
import type { ApiContext, SomeHandlers } from '../handler.ts';
import { assembleSelection } from './assemble-selection.ts';

/** The workspace's rules with their ids, oldest first (when each was made stays in the library). */
async function storedRules(ctx: ApiContext) {
  return (await ctx.store.listActorCorrections()).map(({ id, rule }) => ({ id, rule }));
}

export const briefHandlers = {
  'brief:assemble': (req, ctx) => assembleSelection(ctx, req.selection, req.title),
  'brief:assembleCancel': (_req, ctx) => ({ cancelled: ctx.work.cancel('assemble') }),
  'brief:export': async (req, ctx) => {
    if (!listTemplates(resources.templatesDir).some((t) => t.name === req.template)) throw new NotFoundError(`no template named «${req.template}»`);
    ctx.emit({ task: `export:${req.format}`, done: 0, total: 1, label: req.brief.title });
    // The page carries the outlets' grades as the workspace keeps them now, even for a draft saved before a grade.
    const bytes = await ctx.work.exportBrief(withJudgmentCredibility(withOutletGrades(req.brief, await ctx.store.listOutletGrades())), req.format, req.template);
    // A name of its own (title, day, then a counter): an earlier export is never replaced.
    const fileName = await writeNewFile(ctx.exportsDir, exportStem(req.brief.title, req.brief.generatedAt.slice(0, 10)), req.format, bytes);
    ctx.emit({ task: `export:${req.format}`, done: 1, total: 1, label: req.brief.title });
    return { bytes: bytes.length, fileName };
  },
  'brief:exportCancel': (_req, ctx) => ({ cancelled: ctx.work.cancel('export') }),
  'exports:list': async (_req, ctx) => ({ files: await listExports(ctx.exportsDir) }),
  'exports:view': async (req, ctx) => {
    // The same checks as opening it: a plain export name, a regular file of the exports folder, read without a link.
    const bytes = await readExportFile(ctx.exportsDir, req.name);
    if (bytes === null) throw new NotFoundError(`no exported file named «${req.name}»`);
    if (req.name.endsWith('.pdf')) return { format: 'pdf' as const, base64: bytes.toString('base64') };
    // The Word reader (unzipping, the page estimate) loads with the first Word file shown.
    const { docxPageCount } = await import('../../render/docx/page-count.ts');
    return { format: 'docx' as const, ...docxPageCount(bytes) };
  },
  'files:open': async (req, ctx) => {
    // Only an existing export, by its plain name, a regular file of the exports folder once links are resolved:
    // the API never opens arbitrary paths for the page.
    const file = await findExport(ctx.exportsDir, req.name);
    if (file === null) throw new NotFoundError(`no exported file named «${req.name}»`);
    return { opened: await ctx.openPath(file), href: ctx.exportHref(req.name) };
  },
  'templates:list': () => ({ templates: listTemplates(resources.templatesDir).map((t) => ({ name: t.name, label: t.label })) }),
  'actors:corrections': async (_req, ctx) => ({ rules: await storedRules(ctx) }),
  'actors:correct': async (req, ctx) => {
    await ctx.store.addActorCorrection(req.rule);
    return { rules: await storedRules(ctx) };
  },
  'gazetteer:list': async (_req, ctx) => ({ entries: await ctx.store.listGazetteerEntries() }),
  'gazetteer:add': async (req, ctx) => {
    await ctx.store.upsertGazetteerEntry(req);
    return { entries: await ctx.store.listGazetteerEntries() };
  },
  'gazetteer:delete': async (req, ctx) => {
    await ctx.store.deleteGazetteerEntry(req.id);
    return { entries: await ctx.store.listGazetteerEntries() };
  },
  'outlets:grades': async (_req, ctx) => ({ grades: await ctx.store.listOutletGrades() }),
  'outlets:grade': async (req, ctx) => {
    await ctx.store.gradeOutlet(req);
    return { grades: await ctx.store.listOutletGrades() };
  },
  'outlets:keys': (req) => ({ keys: req.outlets.map(outletKey) }),
  'actors:uncorrect': async (req, ctx) => {
    await ctx.store.deleteActorCorrection(req.id);
    return { rules: await storedRules(ctx) };
  },
} satisfies SomeHandlers;
