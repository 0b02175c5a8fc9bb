import type { AppContext, Draft } from './context.ts';
import { record, redo, startHistory, undo } from './history.ts';
import { t } from './i18n.ts';
import type { Brief } from './types.ts';

const SAVE_DELAY_MS = 500;
/** A save that failed (a full disk, a drive gone, another program writing) is tried again, less often each time. */
const RETRY_FIRST_MS = 2000;
const RETRY_MAX_MS = 30_000;

/**
 * The brief being edited: its undo history and its automatic save. Every change is saved (debounced) under one
 * draft id for the life of the draft, so the workspace always holds the analyst's latest state; on start the most
 * recently saved draft is restored.
 */
export function createDrafts(context: () => AppContext) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let saving: Promise<void> = Promise.resolve();
  /** Saves that failed in a row: each retry waits twice as long as the last. */
  let failures = 0;

  function schedule(): void {
    const ctx = context();
    if (!ctx.state.draft) return;
    ctx.state.draft.save = 'unsaved';
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(queueSave, SAVE_DELAY_MS);
  }

  /** The edits stay in this window while the workspace cannot take them; the save is tried again until it lands. */
  function scheduleRetry(): void {
    if (timer !== null) return; // a newer edit has its own save coming
    timer = setTimeout(queueSave, Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** (failures - 1)));
  }

  /**
   * Queues the save of the current draft behind any save under way (saves of one draft id must land in order).
   * The draft is taken when queued, so its save still runs if the state lets go of it meanwhile (a workspace switch).
   */
  function queueSave(): void {
    timer = null;
    const draft = context().state.draft;
    if (draft) saving = saving.then(() => save(draft));
  }

  async function save(draft: Draft): Promise<void> {
    const ctx = context();
    const brief = draft.history.present;
    draft.save = 'saving';
    updateStatus(ctx);
    const r = await ctx.call('brief:save', { id: draft.id, brief });
    if (r && failures > 0) {
      // The workspace takes writes again: the error that said it could not is over.
      ctx.clearMessages();
      ctx.notice(t('savedAgain'));
    }
    failures = r ? 0 : failures + 1;
    // A newer edit may have come in while saving: it has its own save scheduled.
    if (ctx.state.draft === draft && draft.history.present === brief) draft.save = r ? 'saved' : 'failed';
    if (!r && ctx.state.draft === draft) scheduleRetry();
    updateStatus(ctx);
  }

  function updateStatus(ctx: AppContext): void {
    const status = document.getElementById('save-status');
    if (!status || !ctx.state.draft) return;
    status.dataset['state'] = ctx.state.draft.save;
    status.textContent = status.dataset[ctx.state.draft.save] ?? '';
  }

  function change(next: Brief | null, how: 'edit' | 'undo' | 'redo'): void {
    const ctx = context();
    const draft = ctx.state.draft;
    if (!draft) return;
    const h = how === 'undo' ? undo(draft.history) : how === 'redo' ? redo(draft.history) : next ? record(draft.history, next) : draft.history;
    if (h === draft.history) return;
    draft.history = h;
    schedule();
    ctx.rerender();
  }

  return {
    /** Whether saving the draft is failing (the workspace cannot take it): closing the window asks first. */
    failing: (): boolean => context().state.draft?.save === 'failed',
    edit: (next: Brief) => change(next, 'edit'),
    undo: () => change(null, 'undo'),
    redo: () => change(null, 'redo'),
    /**
     * Saves at once if a save is pending, and resolves when every save queued so far has finished: true when the
     * draft (if any) is then in the workspace.
     */
    async flush(): Promise<boolean> {
      if (timer !== null) {
        clearTimeout(timer);
        queueSave();
      }
      await saving;
      return context().state.draft?.save !== 'failed';
    },
    /** A freshly assembled brief: a re-assembly keeps the draft id and stays undoable; a first one starts a draft. */
    start(brief: Brief): void {
      const ctx = context();
      if (ctx.state.draft) {
        change(brief, 'edit');
        return;
      }
      const id = `draft-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
      ctx.state.draft = { id, history: startHistory(brief), save: 'unsaved' };
      schedule();
      ctx.rerender();
    },
    async restore(): Promise<void> {
      const ctx = context();
      const list = await ctx.call('brief:list', {});
      const latest = list?.briefs.slice().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
      if (!latest) return;
      const got = await ctx.call('brief:get', { id: latest.id });
      if (!got) return;
      ctx.state.draft = { id: got.id, history: startHistory(got.brief), save: 'saved' };
      ctx.state.briefTitle = got.brief.title;
      ctx.rerender();
    },
  };
}
