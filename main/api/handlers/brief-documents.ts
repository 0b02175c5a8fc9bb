import { randomUUID } from 'node:crypto';
import { Brief } from '../../model/brief.ts';
import { withOutletGrades } from '../../briefing/outlet-grades.ts';
import { mergeReassembly } from '../../briefing/merge-reassembly.ts';
import { NotFoundError } from '../../library/workspace-error.ts';
import type { ApiContext, SomeHandlers } from '../handler.ts';
import { assembleSelection } from './assemble-selection.ts';

/** The saved draft `id` as a Brief; a missing (or deleted) draft is refused by id. */
export function savedBrief(ctx: ApiContext, id: string): Brief {
  const saved = ctx.store.getBrief(id);
  if (!saved) throw new NotFoundError(`no saved brief with id ${id}`);
  return Brief.parse(saved.json);
}

/** Saves `brief` as draft `id` (one undo step) and answers with its state. */
function saveState(ctx: ApiContext, id: string, brief: Brief) {
  const saved = ctx.store.saveBrief({ id, title: brief.title, json: brief });
  return { id, brief, history: saved.history, updatedAt: saved.updatedAt };
}

function step(ctx: ApiContext, id: string, direction: 'undo' | 'redo') {
  const brief = savedBrief(ctx, id);
  const stepped = ctx.store.stepBrief(id, direction);
  // Nothing to undo (redo): the draft as it is.
  if (!stepped) return { id, brief, history: ctx.store.briefHistory(id) };
  return { id, brief: Brief.parse(stepped.json), history: stepped.history };
}

/** Briefs as documents: the saved drafts, each with its undo history in the workspace. */
export const briefDocumentHandlers = {
  'brief:list': (_req, ctx) => ({ briefs: ctx.store.listBriefs() }),
  // Opened with its outlets' grades as the workspace keeps them now (an outlet graded since the draft was saved).
  'brief:get': (req, ctx) => ({ id: req.id, brief: withOutletGrades(savedBrief(ctx, req.id), ctx.store.listOutletGrades()), history: ctx.store.briefHistory(req.id) }),
  'brief:save': (req, ctx) => {
    const { id, updatedAt, history } = saveState(ctx, req.id, req.brief);
    return { id, updatedAt, history };
  },
  'brief:delete': (req, ctx) => ({ deleted: ctx.store.deleteBrief(req.id) }),
  'brief:restore': (req, ctx) => ({ restored: ctx.store.restoreBrief(req.id) }),
  'brief:duplicate': (req, ctx) => {
    const brief = savedBrief(ctx, req.id);
    const copy = { ...brief, title: req.title ?? brief.title };
    const { id, updatedAt } = saveState(ctx, `brief-${randomUUID()}`, copy);
    return { id, title: copy.title, updatedAt };
  },
  'brief:rename': (req, ctx) => {
    const { id, brief, updatedAt } = saveState(ctx, req.id, { ...savedBrief(ctx, req.id), title: req.title });
    return { id, title: brief.title, updatedAt };
  },
  'brief:undo': (req, ctx) => step(ctx, req.id, 'undo'),
  'brief:redo': (req, ctx) => step(ctx, req.id, 'redo'),
  'brief:reassemble': async (req, ctx) => {
    const draft = savedBrief(ctx, req.id);
    const fresh = await assembleSelection(ctx, { articleIds: draft.sources.map((s) => s.id), topics: draft.topics }, draft.title);
    // Read again: the analyst may have edited (and saved) the draft while it was being assembled.
    const { id, brief, history } = saveState(ctx, req.id, mergeReassembly(savedBrief(ctx, req.id), fresh));
    return { id, brief, history };
  },
} satisfies SomeHandlers;
