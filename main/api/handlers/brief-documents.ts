import { Brief } from '../../model/brief.ts';
import { withOutletGrades } from '../../briefing/outlet-grades.ts';
import { withJudgmentCredibility } from '../../analysis/credibility/judgment-credibility.ts';
import { mergeReassembly } from '../../briefing/merge-reassembly.ts';
import { NotFoundError } from '../../library/workspace-error.ts';
import type { ApiContext, SomeHandlers } from '../handler.ts';
import { assembleSelection } from './assemble-selection.ts';

/** The saved draft `id` as a Brief; a missing (or deleted) draft is refused by id. */
export async function savedBrief(ctx: ApiContext, id: string): Promise<Brief> {
  return (await savedVersion(ctx, id)).brief;
}

/** The saved draft `id` and its version (a team library's; none in a workspace file). */
async function savedVersion(ctx: ApiContext, id: string): Promise<{ brief: Brief; version: number | undefined }> {
  const saved = await ctx.store.getBrief(id);
  if (!saved) throw new NotFoundError(`no saved brief with id ${id}`);
  return { brief: Brief.parse(saved.json), version: saved.version };
}

/**
 * Saves `brief` as draft `id` (one undo step) and answers with its state (and the version this save made, in a team
 * library). With `baseVersion`, a team library refuses it if the brief is newer, keeps it beside, and answers the
 * brief it holds with the `conflict`.
 */
export async function saveState(ctx: ApiContext, id: string, brief: Brief, baseVersion?: number) {
  const saved = await ctx.store.saveBrief({ id, title: brief.title, json: brief, ...(baseVersion === undefined ? {} : { baseVersion }) });
  const held = saved.conflict === undefined ? brief : Brief.parse(saved.json);
  const conflict = saved.conflict === undefined ? {} : { conflict: { baseVersion: saved.conflict.baseVersion, currentVersion: saved.conflict.currentVersion } };
  return { id, brief: held, history: saved.history, updatedAt: saved.updatedAt, ...versionField(saved.version), ...conflict };
}

/** A team library's version for an answer the page saves from next; nothing in a workspace file. */
function versionField(version: number | undefined): { version?: number } {
  return version === undefined ? {} : { version };
}

// The version answered is the one the store wrote (or read) together with the brief answered, never read again
// afterwards: another analyst's save in between would be answered as this content's version, and the page's next
// save, made from it, would overwrite that save instead of being refused.
async function step(ctx: ApiContext, id: string, direction: 'undo' | 'redo', baseVersion: number | undefined) {
  const stepped = await ctx.store.stepBrief(id, direction, baseVersion);
  if (stepped) {
    const conflict = stepped.conflict === undefined ? {} : { conflict: stepped.conflict };
    return { id, brief: Brief.parse(stepped.json), history: stepped.history, ...versionField(stepped.version), ...conflict };
  }
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
    // The global Web Crypto, which Node loads when first used: node:crypto imported here would load at every command's start.
    const { id, updatedAt } = await saveState(ctx, `brief-${crypto.randomUUID()}`, copy);
    return { id, title: copy.title, updatedAt };
  },
  // Read, changed and saved against the version read (or the page's, when it names one): a save by another analyst
  // in between is refused and kept, not overwritten by this brief with its old content and a new title.
  'brief:rename': async (req, ctx) => {
    const saved = await savedVersion(ctx, req.id);
    const r = await saveState(ctx, req.id, { ...saved.brief, title: req.title }, req.baseVersion ?? saved.version);
    return { id: r.id, title: r.brief.title, updatedAt: r.updatedAt, ...(r.conflict === undefined ? {} : { conflict: r.conflict }) };
  },
  'brief:undo': (req, ctx) => step(ctx, req.id, 'undo', req.baseVersion),
  'brief:redo': (req, ctx) => step(ctx, req.id, 'redo', req.baseVersion),
  'brief:reassemble': async (req, ctx) => {
    const draft = await savedBrief(ctx, req.id);
    const articleIds = draft.sources.map((s) => s.id);
    // Included once, included at every later re-assembly; only the draft's own sources can be.
    const included = [...new Set([...(draft.includedSources ?? []), ...(req.include ?? [])])].filter((id) => articleIds.includes(id));
    const fresh = await assembleSelection(ctx, { articleIds, topics: draft.topics, ...(included.length > 0 ? { included } : {}) }, draft.title);
    // Read again: the analyst may have edited (and saved) the draft while it was being assembled.
    const now = await savedVersion(ctx, req.id);
    const { id, brief, history, version, conflict } = await saveState(ctx, req.id, mergeReassembly(now.brief, fresh), req.baseVersion ?? now.version);
    return { id, brief, history, ...versionField(version), ...(conflict === undefined ? {} : { conflict }) };
  },
} satisfies SomeHandlers;
