import type { AppContext } from './context.ts';
import { html, nothing, type TemplateResult } from 'lit-html';
import { repeat } from 'lit-html/directives/repeat.js';
import { formatPartialDate } from './format-date.ts';
import { t } from './i18n.ts';
import type { BriefSummary } from './types.ts';
import { formValue } from './widgets.ts';
import { briefVersionsPanel, toggleVersions } from './brief-versions-view.ts';

/**
 * The saved briefs as documents: open one, duplicate it, rename it, delete it (and undo the deletion). Each
 * assembly is its own brief here; the open one is marked.
 */
async function act(ctx: AppContext, run: () => Promise<unknown>): Promise<void> {
  await run();
  await ctx.refreshBriefs();
}

function renameForm(ctx: AppContext, brief: BriefSummary, key: string): TemplateResult {
  const id = `${key}-title`;
  const submit = (e: SubmitEvent): void => {
    e.preventDefault();
    const title = formValue(e.currentTarget as HTMLFormElement, id).trim();
    if (title === '') return;
    ctx.state.renamingBrief = null;
    const draft = ctx.state.draft;
    // The open draft is renamed as an edit (after its queued saves, one step of its history); others on the host.
    if (draft?.id === brief.id) ctx.editBrief({ ...draft.brief, title });
    void act(ctx, () => (draft?.id === brief.id ? ctx.flushDraft() : ctx.call('brief:rename', { id: brief.id, title })));
  };
  const cancel = (): void => {
    ctx.state.renamingBrief = null;
    ctx.rerender();
  };
  return html`<form class="rename-brief" @submit=${submit}>
    <label for=${id}>${t('newName')}</label>
    <input type="text" id=${id} data-key=${id} dir="auto" .value=${brief.title}>
    <button type="submit" data-key=${`${key}-save`}>${t('save')}</button>
    <button type="button" data-key=${`${key}-cancel`} @click=${cancel}>${t('cancel')}</button>
  </form>`;
}

function briefRow(ctx: AppContext, brief: BriefSummary): TemplateResult {
  const key = `saved-${brief.id}`;
  const isOpen = ctx.state.draft?.id === brief.id;
  const duplicate = (): void => void act(ctx, () => ctx.call('brief:duplicate', { id: brief.id, title: t('briefCopyOf', { title: brief.title }) }));
  const rename = (): void => {
    ctx.state.renamingBrief = brief.id;
    ctx.rerender();
  };
  // Asked first, in the row itself; the deletion can still be undone afterwards.
  const askDelete = (): void => {
    ctx.state.confirmingBriefDelete = brief.id;
    ctx.rerender();
    document.querySelector<HTMLElement>(`[data-key="${key}-delete-no"]`)?.focus();
  };
  const cancelDelete = (): void => {
    ctx.state.confirmingBriefDelete = null;
    ctx.rerender();
    document.querySelector<HTMLElement>(`[data-key="${key}-delete"]`)?.focus();
  };
  const row = html`<div class="brief-row">
    <span class="brief-name"><bdi>${brief.title}</bdi>${isOpen ? html` <span class="badge">${t('briefIsOpen')}</span>` : nothing}</span>
    <span class="muted">${t('briefLastSaved', { date: formatPartialDate(brief.updatedAt.slice(0, 10)) })}</span>
    <span class="actions">
      <button type="button" class="small" ?disabled=${isOpen} data-key=${`${key}-open`} @click=${() => void ctx.openBrief(brief.id)}>${t('briefOpen')}</button>
      <button type="button" class="small" data-key=${`${key}-duplicate`} @click=${duplicate}>${t('briefDuplicate')}</button>
      <button type="button" class="small" data-key=${`${key}-rename`} @click=${rename}>${t('rename')}</button>
      <button type="button" class="small" data-key=${`${key}-delete`} @click=${askDelete}>${t('delete')}</button>
      ${ctx.state.workspace?.team === true
        ? html`<button type="button" class="small" data-key=${`${key}-versions`} aria-expanded=${ctx.state.briefVersions?.id === brief.id ? 'true' : 'false'}
            @click=${() => void toggleVersions(ctx, brief.id)}>${t('briefVersions')}</button>`
        : nothing}
    </span>
  </div>
  ${briefVersionsPanel(ctx, brief)}`;
  const confirm = html`<div class="brief-row confirm-delete" role="alertdialog" aria-labelledby=${`${key}-confirm`}>
    <span id=${`${key}-confirm`}>${t('confirmDeleteBrief', { title: brief.title })}</span>
    <span class="actions">
      <button type="button" class="small danger" data-key=${`${key}-delete-yes`} @click=${() => void deleteBrief(ctx, brief)}>${t('confirmDelete')}</button>
      <button type="button" class="small" data-key=${`${key}-delete-no`} @click=${cancelDelete}>${t('cancel')}</button>
    </span>
  </div>`;
  const body = ctx.state.renamingBrief === brief.id ? renameForm(ctx, brief, key) : ctx.state.confirmingBriefDelete === brief.id ? confirm : row;
  return html`<li data-id=${brief.id} class=${isOpen ? 'open' : ''}>${body}</li>`;
}

/** Deletes a brief (closing it if open); the list offers to undo the deletion until the next one. */
async function deleteBrief(ctx: AppContext, brief: BriefSummary): Promise<void> {
  ctx.state.confirmingBriefDelete = null;
  if (ctx.state.draft?.id === brief.id) {
    await ctx.flushDraft();
    ctx.state.draft = null;
  }
  await act(ctx, async () => {
    const r = await ctx.call('brief:delete', { id: brief.id });
    if (r?.deleted) ctx.state.deletedBrief = brief;
  });
}

async function undoDelete(ctx: AppContext, brief: BriefSummary): Promise<void> {
  ctx.state.deletedBrief = null;
  await act(ctx, () => ctx.call('brief:restore', { id: brief.id }));
  if (ctx.state.draft === null) await ctx.openBrief(brief.id);
}

/** The list of saved briefs; nothing before the first (the brief screen then says how to make one). */
export function briefList(ctx: AppContext): TemplateResult | typeof nothing {
  const { briefs, deletedBrief } = ctx.state;
  if (briefs.length === 0 && deletedBrief === null) return nothing;
  return html`<section class="panel brief-list" id="brief-list" aria-labelledby="h-brief-list">
    <h2 id="h-brief-list">${t('briefsList')}</h2>
    ${deletedBrief
      ? html`<p class="undo-delete" role="status">
          <span>${t('briefDeleted', { title: deletedBrief.title })}</span>
          <button type="button" id="undo-delete" class="small" data-key="undo-delete" @click=${() => void undoDelete(ctx, deletedBrief)}>${t('briefUndoDelete')}</button>
        </p>`
      : nothing}
    <ul class="saved-briefs">${repeat(briefs, (b) => b.id, (b) => briefRow(ctx, b))}</ul>
  </section>`;
}
