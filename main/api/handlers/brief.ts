import path from 'node:path';
import { storedActorRules } from '../../briefing/actor-corrections.ts';
import type { Brief } from '../../briefing/brief.ts';
import { writeFileAtomic } from '../../files/write-file-atomic.ts';
import { NotFoundError } from '../../library/workspace-error.ts';
import { listTemplates } from '../../render/load-template.ts';
import { resources } from '../../resources.ts';
import type { ApiContext, Handlers } from '../handler.ts';
import { assembleSelection } from './assemble-selection.ts';

function storedRules(ctx: ApiContext) {
  return storedActorRules(ctx.store);
}

/** A file name from the brief's title and day: letters, digits and dashes only, so any file system takes it. */
function exportName(brief: Brief, format: string): string {
  const stem = `${brief.title.slice(0, 60)}-${brief.generatedAt.slice(0, 10)}`.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || 'brief';
  return `${stem}.${format}`;
}

/** The exports folder's own file for `name`; anything that would land elsewhere is refused. */
function exportTarget(exportsDir: string, name: string): string {
  const target = path.join(exportsDir, name);
  if (path.dirname(path.resolve(target)) !== path.resolve(exportsDir)) throw new Error(`refused to export outside ${exportsDir}`);
  return target;
}

export const briefHandlers: Handlers = {
  'brief:assemble': (req, ctx) => assembleSelection(ctx, req.selection, req.title),
  'brief:assembleCancel': (_req, ctx) => ({ cancelled: ctx.work.cancel('assemble') }),
  'brief:export': async (req, ctx) => {
    if (!listTemplates(resources.templatesDir).some((t) => t.name === req.template)) throw new NotFoundError(`no template named «${req.template}»`);
    const target = exportTarget(ctx.exportsDir, exportName(req.brief, req.format));
    ctx.emit({ task: `export:${req.format}`, done: 0, total: 1, label: req.brief.title });
    const bytes = await ctx.work.exportBrief(req.brief, req.format, req.template);
    await writeFileAtomic(target, bytes);
    ctx.emit({ task: `export:${req.format}`, done: 1, total: 1, label: req.brief.title });
    return { path: target, bytes: bytes.length, fileName: path.basename(target) };
  },
  'brief:exportCancel': (_req, ctx) => ({ cancelled: ctx.work.cancel('export') }),
  'files:open': async (req, ctx) => {
    // Only files Mawjaz exported can be opened: the API never opens arbitrary paths for the page.
    if (path.dirname(path.resolve(req.path)) !== path.resolve(ctx.exportsDir)) throw new NotFoundError(`not an exported file: ${req.path}`);
    return { opened: await ctx.openPath(req.path), href: ctx.exportHref(req.path) };
  },
  'templates:list': () => ({ templates: listTemplates(resources.templatesDir).map((t) => ({ name: t.name, label: t.label })) }),
  'actors:corrections': (_req, ctx) => ({ rules: storedRules(ctx) }),
  'actors:correct': (req, ctx) => {
    const { kind, ...rule } = req.rule;
    ctx.store.addActorCorrection(kind, rule);
    return { rules: storedRules(ctx) };
  },
  'gazetteer:list': (_req, ctx) => ({ entries: ctx.store.listGazetteerEntries() }),
  'gazetteer:add': (req, ctx) => {
    ctx.store.upsertGazetteerEntry(req);
    return { entries: ctx.store.listGazetteerEntries() };
  },
  'gazetteer:delete': (req, ctx) => {
    ctx.store.deleteGazetteerEntry(req.id);
    return { entries: ctx.store.listGazetteerEntries() };
  },
  'actors:uncorrect': (req, ctx) => {
    ctx.store.deleteActorCorrection(req.id);
    return { rules: storedRules(ctx) };
  },
};
