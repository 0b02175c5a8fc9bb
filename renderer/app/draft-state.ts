import type { Brief } from './types.ts';

/** Whether the open brief is in the workspace: saved, being saved, edited since, or failing to save. */
export type SaveState = 'saved' | 'saving' | 'unsaved' | 'failed';

/** The open brief: as the analyst sees it, and how many steps of its history (kept in the workspace) can be undone. */
export interface Draft {
  id: string;
  brief: Brief;
  history: { undo: number; redo: number };
  save: SaveState;
  /** Its version in a team library, as this window last saved or opened it; none in a workspace file. */
  version?: number | undefined;
  /** How many times a save of it was refused because another analyst had saved a newer version (it was then reloaded). */
  generation?: number;
}

/** When an edit was made: the draft's generation and version then (a save names one as its base). */
export interface EditMoment {
  generation: number;
  version: number | undefined;
}

export function editMoment(draft: Draft): EditMoment {
  return { generation: draft.generation ?? 0, version: draft.version };
}

/**
 * The version a save names as the one it was made from. An edit made since the last refusal names the draft's
 * latest version (this window's own saves move it on, one after the other). An edit made before it — queued behind
 * the refused save — names the version it was made from, so the library refuses and keeps it too, rather than let it
 * overwrite the other analyst's newer version.
 */
export function saveBase(draft: Draft, madeAt: EditMoment): number | undefined {
  return (draft.generation ?? 0) === madeAt.generation ? draft.version : madeAt.version;
}

/** A save that failed (a full disk, a drive gone, another program writing) is tried again, less often each time. */
export const RETRY_FIRST_MS = 2000;
export const RETRY_MAX_MS = 30_000;

/**
 * The pure half of the draft's life (drafts.ts does the calls and the timing): each function takes the draft as it
 * stands and says what it becomes, so the rules for undo counts and save states are tested without a page.
 */

/** An edit: shown at once, one more step to undo, nothing left to redo; a failing draft stays failing until a save lands. */
export function afterEdit(draft: Draft, next: Brief): Pick<Draft, 'brief' | 'history' | 'save'> {
  return {
    brief: next,
    history: { undo: draft.history.undo + 1, redo: 0 },
    save: draft.save === 'failed' ? 'failed' : 'unsaved',
  };
}

/** A save starts: a failing draft keeps saying so until one lands. */
export function whileSaving(draft: Draft): SaveState {
  return draft.save === 'failed' ? 'failed' : 'saving';
}

/**
 * A save's answer (null when it failed) for the brief it sent. Only the save of the brief still on screen settles
 * the draft's state: a newer edit's own save is queued and will say how it went. `recount` is true when the
 * workspace counts the undo steps differently from this window, which must then redraw its undo and redo buttons.
 */
export function afterSave(
  draft: Draft,
  sent: Brief,
  answer: { history: Draft['history'] } | null,
): { patch: Partial<Pick<Draft, 'save' | 'history'>>; recount: boolean } {
  if (draft.brief !== sent) return { patch: {}, recount: false };
  if (answer === null) return { patch: { save: 'failed' }, recount: false };
  const same = answer.history.undo === draft.history.undo && answer.history.redo === draft.history.redo;
  return { patch: { save: 'saved', history: answer.history }, recount: !same };
}

/** Whether undo (or redo) has anything to do: a step in the history, or an edit not yet saved that the host may hold. */
export function canStep(draft: Draft, direction: 'undo' | 'redo'): boolean {
  return draft.history[direction] > 0 || draft.save !== 'saved';
}

/** How long to wait before trying a failed save again, after `failures` failures in a row (at least one). */
export function retryDelay(failures: number): number {
  return Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** (Math.max(1, failures) - 1));
}

/** A new draft from a freshly assembled brief: nothing to undo, not yet in the workspace. */
export function newDraft(id: string, brief: Brief): Draft {
  return { id, brief, history: { undo: 0, redo: 0 }, save: 'unsaved' };
}
