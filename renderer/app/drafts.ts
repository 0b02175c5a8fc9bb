import type { Response } from '../../main/api/contract.ts';
import type { ClientResult } from './api-client.ts';
import type { AppContext } from './context.ts';
import { afterEdit, afterSave, canStep, editMoment, newDraft, retryDelay, saveBase, whileSaving, type Draft, type EditMoment } from './draft-state.ts';
import { t } from './i18n.ts';
import type { Brief } from './types.ts';

const newId = (): string => `draft-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/**
 * The brief being edited. Every edit is saved at once, in order, and the workspace keeps each as one step of the
 * draft's undo history (so undo survives a reload and a restart); undo and redo ask the workspace, after the saves
 * queued before them. A new assembly starts a new draft; only a re-assembly of the open draft changes it (merging,
 * on the host, so the analyst's edits stay). On start the most recently saved draft is opened.
 */
export function createDrafts(context: () => AppContext) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** Every call about the drafts, in order: saves of one draft must land before its undo, re-assembly or switch. */
  let queue: Promise<unknown> = Promise.resolve();
  /** Saves that failed in a row: each retry waits twice as long as the last. */
  let failures = 0;

  const enqueue = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  /** The edits stay in this window while the workspace cannot take them; the save is tried again until it lands. */
  function scheduleRetry(draft: Draft): void {
    if (timer !== null) return;
    timer = setTimeout(() => {
      timer = null;
      if (context().state.draft === draft) {
        const madeAt = editMoment(draft);
        void enqueue(() => save(draft, draft.brief, madeAt));
      }
    }, retryDelay(failures));
  }

  /**
   * Another analyst saved the brief in the team library since this window's version: the library refused this save
   * and kept it beside theirs (the brief list's Versions offers to keep both). The draft is reloaded as the library
   * holds it, so the analyst goes on from the newest version; edits queued before it are refused and kept too.
   */
  async function refused(ctx: AppContext, draft: Draft, madeAt: EditMoment): Promise<void> {
    if ((draft.generation ?? 0) !== madeAt.generation) return;
    draft.generation = madeAt.generation + 1;
    ctx.notice(t('briefSaveRefused'));
    const got = await ctx.call('brief:get', { id: draft.id });
    if (got && ctx.state.draft === draft) show(ctx, got);
    await ctx.refreshBriefs();
  }

  async function save(draft: Draft, brief: Brief, madeAt: EditMoment): Promise<void> {
    const ctx = context();
    draft.save = whileSaving(draft);
    ctx.rerender();
    const base = saveBase(draft, madeAt);
    const r = await ctx.call('brief:save', { id: draft.id, brief, ...(base === undefined ? {} : { baseVersion: base }) });
    if (r?.conflict !== undefined) return refused(ctx, draft, madeAt);
    if (r?.version !== undefined && (draft.generation ?? 0) === madeAt.generation) draft.version = r.version;
    if (r && failures > 0) {
      // The workspace takes writes again: the error that said it could not is over.
      ctx.clearMessages();
      ctx.notice(t('savedAgain'));
    }
    failures = r ? 0 : failures + 1;
    // The save status and, when the workspace counts the history differently, the undo and redo buttons follow.
    Object.assign(draft, afterSave(draft, brief, r).patch);
    if (!r && ctx.state.draft === draft) scheduleRetry(draft);
    ctx.rerender();
  }

  /**
   * The list of briefs follows the open draft's name here, not by asking the host again: one call fewer per
   * rename, and the list says the new name in the same update as the editor.
   */
  function nameInList(ctx: AppContext, id: string, title: string): void {
    ctx.state.briefs = ctx.state.briefs.map((b) => (b.id === id ? { ...b, title } : b));
  }

  /** Shows a draft as the workspace holds it (after an undo, a re-assembly, an opening). */
  function show(ctx: AppContext, state: { id: string; brief: Brief; history: Draft['history']; version?: number | undefined }): void {
    const next: Draft = { id: state.id, brief: state.brief, history: state.history, save: 'saved', version: state.version };
    // The same draft stays the same object: work queued for it (another undo, a save) still finds it open.
    if (ctx.state.draft?.id === state.id) Object.assign(ctx.state.draft, next);
    else ctx.state.draft = next;
    ctx.rerender();
  }

  function step(direction: 'brief:undo' | 'brief:redo'): void {
    const ctx = context();
    const draft = ctx.state.draft;
    if (!draft) return;
    if (!canStep(draft, direction === 'brief:undo' ? 'undo' : 'redo')) return;
    void enqueue(async () => {
      // From the version this window holds: one another analyst has saved since refuses the step, not reverts theirs.
      const r = await ctx.call(direction, { id: draft.id, ...(draft.version === undefined ? {} : { baseVersion: draft.version }) });
      if (r?.conflict !== undefined) ctx.notice(t('briefStepRefused'));
      if (r) nameInList(ctx, r.id, r.brief.title);
      if (r && ctx.state.draft === draft) show(ctx, r);
    });
  }

  /** Opens a saved draft, once what is queued for the open one has landed. */
  function open(id: string): Promise<void> {
    const ctx = context();
    return enqueue(async () => {
      const got = await ctx.call('brief:get', { id });
      if (got) show(ctx, got);
    });
  }

  return {
    /** Whether saving the draft is failing (the workspace cannot take it): closing the window asks first. */
    failing: (): boolean => context().state.draft?.save === 'failed',
    /** The analyst changed the draft: shown at once, saved at once as one undo step. */
    edit(next: Brief): void {
      const ctx = context();
      const draft = ctx.state.draft;
      if (!draft || next === draft.brief) return;
      const renamed = next.title !== draft.brief.title;
      Object.assign(draft, afterEdit(draft, next));
      ctx.rerender();
      if (renamed) nameInList(ctx, draft.id, next.title);
      const madeAt = editMoment(draft);
      void enqueue(() => save(draft, next, madeAt));
    },
    undo: () => step('brief:undo'),
    redo: () => step('brief:redo'),
    /** Resolves when every save queued so far has finished: true when the draft (if any) is then in the workspace. */
    async flush(): Promise<boolean> {
      await queue;
      return context().state.draft?.save !== 'failed';
    },
    /** A freshly assembled brief: always a new draft; the one open before stays in the list of briefs. */
    start(brief: Brief): void {
      const ctx = context();
      const draft = newDraft(newId(), brief);
      ctx.state.draft = draft;
      ctx.state.briefTitle = brief.title;
      ctx.state.briefs = [{ id: draft.id, title: brief.title, updatedAt: new Date().toISOString() }, ...ctx.state.briefs];
      ctx.rerender();
      void enqueue(() => save(draft, brief, editMoment(draft)));
    },
    open,
    /** The open draft re-assembled from its selection and merged with the analyst's edits on the host. */
    reassemble(include?: readonly string[]): Promise<ClientResult<Response<'brief:reassemble'>> | null> {
      const ctx = context();
      const draft = ctx.state.draft;
      if (!draft) return Promise.resolve(null);
      return enqueue(async () => {
        const r = await ctx.client.call('brief:reassemble', {
          id: draft.id,
          ...(draft.version === undefined ? {} : { baseVersion: draft.version }),
          ...(include === undefined || include.length === 0 ? {} : { include: [...include] }),
        });
        // Refused (another analyst saved since): the re-assembly is kept beside theirs, and the draft shows theirs.
        if (r.ok && r.value.conflict !== undefined) {
          ctx.notice(t('briefSaveRefused'));
          await ctx.refreshBriefs();
        }
        if (r.ok && ctx.state.draft === draft) show(ctx, r.value);
        return r;
      });
    },
    /** Opens the most recently saved draft, if any. */
    async restore(): Promise<void> {
      const ctx = context();
      const list = await ctx.call('brief:list', {});
      if (list) ctx.state.briefs = list.briefs;
      const latest = list?.briefs[0];
      if (latest) await open(latest.id);
    },
  };
}
