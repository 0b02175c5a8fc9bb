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

/** Saves `brief` as draft `id` (one undo step) and answers with its state. */
async function saveState(ctx: ApiContext, id: string, brief: Brief) {
  const saved = await ctx.store.saveBrief({ id, title: brief.title, json: brief });
  return { id, brief, history: saved.history, updatedAt: saved.updatedAt };
}

async function step(ctx: ApiContext, id: string, direction: 'undo' | 'redo') {
  const brief = await savedBrief(ctx, id);
  const stepped = await ctx.store.stepBrief(id, direction);
  // Nothing to undo (redo): the draft as it is.
  if (!stepped) return { id, brief, history: await ctx.store.briefHistory(id) };
  return { id, brief: Brief.parse(stepped.json), history: stepped.history };
}

/** Briefs as documents: the saved drafts, each with its undo history in the workspace. */
export const briefDocumentHandlers = {
  'brief:list': async (_req, ctx) => ({ briefs: await ctx.store.listBriefs() }),
  // Opened with its outlets' grades as the workspace keeps them now (an outlet graded since the draft was saved), and
  // its key judgments' credibility suggested from the evidence they cite now (exports do the same).
  'brief:get': async (req, ctx) => ({
    id: req.id,
    brief: withJudgmentCredibility(withOutletGrades(await savedBrief(ctx, req.id), await ctx.store.listOutletGrades())),
    history: await ctx.store.briefHistory(req.id),
  }),
  'brief:save': async (req, ctx) => {
    const { id, updatedAt, history } = await saveState(ctx, req.id, req.brief);
    return { id, updatedAt, history };
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
    const { id, brief, history } = await saveState(ctx, req.id, mergeReassembly(await savedBrief(ctx, req.id), fresh));
    return { id, brief, history };
  },
} satisfies SomeHandlers;
