import { randomUUID } from 'node:crypto';
import { Brief } from '../../model/brief.ts';
import { withOutletGrades } from '../../briefing/outlet-grades.ts';
import { withJudgmentCredibility } from '../../analysis/credibility/judgment-credibility.ts';
import { mergeReassembly } from '../../briefing/merge-reassembly.ts';
import { NotFoundError } from '../../library/workspace-error.ts';
import type { ApiContext, SomeHandlers } from '../handler.ts';
import { assembleSelection } from './assemble-selection.ts';

/** The saved draft `id` as a Brief; a missing (or deleted) draft is refused by id. */
export async function savedBrief(ctx: ApiContext, id: string): Promise<Brief> {
  const saved = await ctx.store.getBrief(id);
  if (!saved) throw new NotFoundError(`no saved brief with id ${id}`);
  return Brief.parse(saved.json);
}

/** Saves `brief` as draft `id` (one undo step) and answers with its state (and the version this save made, in a team library). */
export async function saveState(ctx: ApiContext, id: string, brief: Brief) {
  const saved = await ctx.store.saveBrief({ id, title: brief.title, json: brief });
  return { id, brief, history: saved.history, updatedAt: saved.updatedAt, ...versionField(saved.version) };
}

/** A team library's version for an answer the page saves from next; nothing in a workspace file. */
function versionField(version: number | undefined): { version?: number } {
  return version === undefined ? {} : { version };
}

// The version answered is the one the store wrote (or read) together with the brief answered, never read again
// afterwards: another analyst's save in between would be answered as this content's version, and the page's next
// save, made from it, would overwrite that save instead of being refused.
async function step(ctx: ApiContext, id: string, direction: 'undo' | 'redo') {
  const stepped = await ctx.store.stepBrief(id, direction);
  if (stepped) return { id, brief: Brief.parse(stepped.json), history: stepped.history, ...versionField(stepped.version) };
  // Nothing to undo (redo): the draft as it is.
  const saved = await ctx.store.getBrief(id);
  if (!saved) throw new NotFoundError(`no saved brief with id ${id}`);
  return { id, brief: Brief.parse(saved.json), history: await ctx.store.briefHistory(id), ...versionField(saved.version) };
}

/** Briefs as documents: the saved drafts, each with its undo history in the workspace. */
export const briefDocumentHandlers = {
  'brief:list': async (_req, ctx) => ({ briefs: await ctx.store.listBriefs() }),
  // Opened with its outlets' grades as the workspace keeps them now (an outlet graded since the draft was saved), and
  // its key judgments' credibility suggested from the evidence they cite now (exports do the same).
  'brief:get': async (req, ctx) => {
    const saved = await ctx.store.getBrief(req.id);
    if (!saved) throw new NotFoundError(`no saved brief with id ${req.id}`);
    return {
      id: req.id,
      brief: withJudgmentCredibility(withOutletGrades(Brief.parse(saved.json), await ctx.store.listOutletGrades())),
      history: await ctx.store.briefHistory(req.id),
      ...versionField(saved.version),
    };
  },
  // With `baseVersion` (the version the page opened), a team library refuses a save made from an older version and
  // keeps it beside the newer one (brief:versions lists it); the answer says so in `conflict`.
  'brief:save': async (req, ctx) => {
    const saved = await ctx.store.saveBrief({ id: req.id, title: req.brief.title, json: req.brief, ...(req.baseVersion === undefined ? {} : { baseVersion: req.baseVersion }) });
    return {
      id: req.id,
      updatedAt: saved.updatedAt,
      history: saved.history,
      ...versionField(saved.version),
      ...(saved.conflict === undefined ? {} : { conflict: { baseVersion: saved.conflict.baseVersion, currentVersion: saved.conflict.currentVersion } }),
    };
  },
  'brief:delete': async (req, ctx) => ({ deleted: await ctx.store.deleteBrief(req.id) }),
  'brief:restore': async (req, ctx) => ({ restored: await ctx.store.restoreBrief(req.id) }),
  'brief:duplicate': async (req, ctx) => {
    const brief = await savedBrief(ctx, req.id);
    const copy = { ...brief, title: req.title ?? brief.title };
    const { id, updatedAt } = await saveState(ctx, `brief-${randomUUID()}`, copy);
    return { id, title: copy.title, updatedAt };
  },
  'brief:rename': async (req, ctx) => {
    const { id, brief, updatedAt } = await saveState(ctx, req.id, { ...(await savedBrief(ctx, req.id)), title: req.title });
    return { id, title: brief.title, updatedAt };
  },
  'brief:undo': (req, ctx) => step(ctx, req.id, 'undo'),
  'brief:redo': (req, ctx) => step(ctx, req.id, 'redo'),
  'brief:reassemble': async (req, ctx) => {
    const draft = await savedBrief(ctx, req.id);
    const fresh = await assembleSelection(ctx, { articleIds: draft.sources.map((s) => s.id), topics: draft.topics }, draft.title);
    // Read again: the analyst may have edited (and saved) the draft while it was being assembled.
    const { id, brief, history, version } = await saveState(ctx, req.id, mergeReassembly(await savedBrief(ctx, req.id), fresh));
    return { id, brief, history, ...versionField(version) };
  },
} satisfies SomeHandlers;
