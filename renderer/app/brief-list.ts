import type { AppContext } from './context.ts';
import { el } from './dom.ts';
import { formatPartialDate } from './format-date.ts';
import { t } from './i18n.ts';
import type { BriefSummary } from './types.ts';
import { button } from './widgets.ts';

/**
 * The saved briefs as documents: open one, duplicate it, rename it, delete it (and undo the deletion). Each
 * assembly is its own brief here; the open one is marked.
 */
async function act(ctx: AppContext, run: () => Promise<unknown>): Promise<void> {
  await run();
  await ctx.refreshBriefs();
}

function renameForm(ctx: AppContext, brief: BriefSummary, key: string): HTMLElement {
  const input = el('input', { type: 'text', id: `${key}-title`, value: brief.title, dir: 'auto', data: { key: `${key}-title` } });
  return el(
    'form',
    {
      class: 'rename-brief',
      on: {
        submit: (e) => {
          e.preventDefault();
          const title = input.value.trim();
          if (title === '') return;
          ctx.state.renamingBrief = null;
          const draft = ctx.state.draft;
          // The open draft is renamed as an edit (after its queued saves, one step of its history); others on the host.
          if (draft?.id === brief.id) ctx.editBrief({ ...draft.brief, title });
          void act(ctx, () => (draft?.id === brief.id ? ctx.flushDraft() : ctx.call('brief:rename', { id: brief.id, title })));
        },
      },
    },
    el('label', { for: `${key}-title` }, t('briefTitleField')),
    input,
    el('button', { type: 'submit', data: { key: `${key}-save` } }, t('save')),
    button(t('cancel'), () => {
      ctx.state.renamingBrief = null;
      ctx.rerender();
    }, { data: { key: `${key}-cancel` } }),
  );
}

function briefRow(ctx: AppContext, brief: BriefSummary): HTMLElement {
  const key = `saved-${brief.id}`;
  const isOpen = ctx.state.draft?.id === brief.id;
  const name = el('span', { class: 'brief-name' }, el('bdi', {}, brief.title), isOpen ? el('span', { class: 'badge' }, t('briefIsOpen')) : null);
  const when = el('span', { class: 'muted', title: brief.updatedAt }, t('briefLastSaved', { date: formatPartialDate(brief.updatedAt.slice(0, 10)) }));
  const actions = el(
    'span',
    { class: 'actions' },
    button(t('briefOpen'), () => void ctx.openBrief(brief.id), { class: 'small', disabled: isOpen, data: { key: `${key}-open` } }),
    button(t('briefDuplicate'), () => void act(ctx, () => ctx.call('brief:duplicate', { id: brief.id, title: t('briefCopyOf', { title: brief.title }) })), {
      class: 'small',
      data: { key: `${key}-duplicate` },
    }),
    button(t('rename'), () => {
      ctx.state.renamingBrief = brief.id;
      ctx.rerender();
    }, { class: 'small', data: { key: `${key}-rename` } }),
    button(t('delete'), () => void deleteBrief(ctx, brief), { class: 'small', data: { key: `${key}-delete` } }),
  );
  return el(
    'li',
    { data: { id: brief.id }, class: isOpen ? 'open' : '' },
    ctx.state.renamingBrief === brief.id ? renameForm(ctx, brief, key) : el('div', { class: 'brief-row' }, name, when, actions),
  );
}

/** Deletes a brief (closing it if open); the list offers to undo the deletion until the next one. */
async function deleteBrief(ctx: AppContext, brief: BriefSummary): Promise<void> {
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
export function briefList(ctx: AppContext): HTMLElement | null {
  const { briefs, deletedBrief } = ctx.state;
  if (briefs.length === 0 && deletedBrief === null) return null;
  return el(
    'section',
    { class: 'panel brief-list', id: 'brief-list', aria: { labelledby: 'h-brief-list' } },
    el('h2', { id: 'h-brief-list' }, t('briefsList')),
    deletedBrief
      ? el(
          'p',
          { class: 'undo-delete', role: 'status' },
          el('span', {}, t('briefDeleted', { title: deletedBrief.title })),
          ' ',
          button(t('briefUndoDelete'), () => void undoDelete(ctx, deletedBrief), { id: 'undo-delete', class: 'small', data: { key: 'undo-delete' } }),
        )
      : null,
    el('ul', { class: 'saved-briefs' }, ...briefs.map((b) => briefRow(ctx, b))),
  );
}
