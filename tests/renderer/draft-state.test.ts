import { describe, expect, it } from 'vitest';
import { afterEdit, afterSave, canStep, editMoment, newDraft, retryDelay, RETRY_FIRST_MS, RETRY_MAX_MS, saveBase, whileSaving, type Draft } from '../../renderer/app/draft-state.ts';
import { rewriteItem } from '../../renderer/app/brief-edit.ts';
import type { Brief } from '../../renderer/app/types.ts';
import { seedsGoldenBrief } from '../helpers/seeds-golden-brief.ts';

const brief = (): Brief => JSON.parse(seedsGoldenBrief()) as Brief;
const edit = (b: Brief, text: string): Brief => rewriteItem(b, 'summary', b.summary[0]?.id ?? '', text);

describe('the open draft’s state', () => {
  it('starts unsaved with nothing to undo or redo', () => {
    const d = newDraft('d1', brief());
    expect(d).toMatchObject({ id: 'd1', history: { undo: 0, redo: 0 }, save: 'unsaved' });
    expect(canStep({ ...d, save: 'saved' }, 'undo')).toBe(false);
    expect(canStep({ ...d, save: 'saved' }, 'redo')).toBe(false);
  });

  it('counts each edit as one undo step and drops what could be redone', () => {
    const d: Draft = { ...newDraft('d1', brief()), history: { undo: 2, redo: 3 }, save: 'saved' };
    const next = edit(d.brief, 'أ');
    expect(afterEdit(d, next)).toEqual({ brief: next, history: { undo: 3, redo: 0 }, save: 'unsaved' });
  });

  it('keeps saying a failing draft fails, through edits and new saves, until a save lands', () => {
    const d: Draft = { ...newDraft('d1', brief()), save: 'failed' };
    expect(afterEdit(d, edit(d.brief, 'ب')).save).toBe('failed');
    expect(whileSaving(d)).toBe('failed');
    expect(whileSaving({ ...d, save: 'unsaved' })).toBe('saving');
    expect(afterSave(d, d.brief, { history: { undo: 1, redo: 0 } }).patch.save).toBe('saved');
  });

  it('settles only on the answer for the brief still on screen', () => {
    const d: Draft = { ...newDraft('d1', brief()), history: { undo: 1, redo: 0 } };
    const older = d.brief;
    const shown: Draft = { ...d, brief: edit(older, 'ج'), history: { undo: 2, redo: 0 } };
    expect(afterSave(shown, older, { history: { undo: 1, redo: 0 } })).toEqual({ patch: {}, recount: false });
    expect(afterSave(shown, older, null)).toEqual({ patch: {}, recount: false });
  });

  it('takes the workspace’s count of the history, and says when it differs from the window’s', () => {
    const d: Draft = { ...newDraft('d1', brief()), history: { undo: 2, redo: 0 }, save: 'saving' };
    expect(afterSave(d, d.brief, { history: { undo: 2, redo: 0 } })).toEqual({ patch: { save: 'saved', history: { undo: 2, redo: 0 } }, recount: false });
    // The workspace caps the history: it holds fewer steps than this window counted.
    expect(afterSave(d, d.brief, { history: { undo: 1, redo: 0 } })).toEqual({ patch: { save: 'saved', history: { undo: 1, redo: 0 } }, recount: true });
    expect(afterSave(d, d.brief, null)).toEqual({ patch: { save: 'failed' }, recount: false });
  });

  it('lets undo through while an edit is not yet saved, even with no step counted', () => {
    const d: Draft = { ...newDraft('d1', brief()), save: 'saving' };
    expect(canStep(d, 'undo')).toBe(true);
    expect(canStep({ ...d, save: 'saved', history: { undo: 0, redo: 1 } }, 'redo')).toBe(true);
  });

  it('waits twice as long after each failed save, up to a ceiling', () => {
    expect([1, 2, 3, 4].map(retryDelay)).toEqual([RETRY_FIRST_MS, RETRY_FIRST_MS * 2, RETRY_FIRST_MS * 4, RETRY_FIRST_MS * 8]);
    expect(retryDelay(30)).toBe(RETRY_MAX_MS);
    expect(retryDelay(0)).toBe(RETRY_FIRST_MS);
  });
});

describe('saveBase: the version a save is made from, in a team library', () => {
  const b = brief();
  it('names the latest version this window knows for an edit made since the last refusal, none in a workspace file', () => {
    const draft: Draft = { id: 'd', brief: b, history: { undo: 0, redo: 0 }, save: 'saved', version: 3 };
    const madeAt = editMoment(draft);
    // Its own save of an earlier edit moved the version on meanwhile: the next save is made from that one.
    draft.version = 4;
    expect(saveBase(draft, madeAt)).toBe(4);
    expect(saveBase({ id: 'd', brief: b, history: { undo: 0, redo: 0 }, save: 'saved' }, { generation: 0, version: undefined })).toBeUndefined();
  });

  it('names the old version for an edit queued before a refusal, so the library refuses and keeps it too', () => {
    const draft: Draft = { id: 'd', brief: b, history: { undo: 0, redo: 0 }, save: 'saved', version: 2 };
    const before = editMoment(draft);
    // Refused, then reloaded at the other analyst's version 5.
    draft.generation = 1;
    draft.version = 5;
    expect(saveBase(draft, before)).toBe(2);
    expect(saveBase(draft, editMoment(draft))).toBe(5);
  });
});
