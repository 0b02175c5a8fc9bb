import { briefSection } from './brief-section.ts';
import type { AppContext } from './context.ts';
import { formatPartialDate } from './format-date.ts';
import { el } from './dom.ts';
import { t, count } from './i18n.ts';
import { EDITABLE_SECTIONS, type Brief } from './types.ts';
import { button, emptyState, field } from './widgets.ts';
import { assemble, assemblyProgress } from './assembly.ts';
import { briefList } from './brief-list.ts';

function selectionPanel(ctx: AppContext): HTMLElement {
  const { state } = ctx;
  const title = el('input', {
    type: 'text',
    id: 'brief-title',
    value: state.briefTitle,
    dir: 'auto',
    data: { key: 'brief-title' },
    on: { input: () => (state.briefTitle = title.value) },
  });
  const topicBoxes = state.topics.map((tp) => {
    const id = `pick-topic-${tp.id}`;
    const box = el('input', {
      type: 'checkbox',
      id,
      checked: state.briefTopics.has(tp.name),
      data: { key: id },
      on: { change: () => (box.checked ? state.briefTopics.add(tp.name) : state.briefTopics.delete(tp.name)) },
    });
    return el('li', {}, box, el('label', { for: id }, el('bdi', {}, tp.name), ' ', el('span', { class: 'count' }, count(tp.articles, 'article'))));
  });
  const articleBoxes = (state.articles?.items ?? []).map((a) => {
    const id = `pick-article-${a.id}`;
    const box = el('input', {
      type: 'checkbox',
      id,
      checked: state.checked.has(a.id),
      data: { key: id },
      on: { change: () => (box.checked ? state.checked.add(a.id) : state.checked.delete(a.id)) },
    });
    return el('li', {}, box, el('label', { for: id }, el('bdi', {}, a.title ?? t('untitled')), ' ', el('bdi', { class: 'muted' }, a.outlet ?? '')));
  });
  return el(
    'section',
    { class: 'panel selection', aria: { labelledby: 'h-selection' } },
    el('h2', { id: 'h-selection' }, t('selection')),
    field(t('briefTitleField'), title),
    el(
      'div',
      { class: 'pick-columns' },
      el('fieldset', {}, el('legend', {}, t('pickTopics')), topicBoxes.length > 0 ? el('ul', { class: 'pick' }, ...topicBoxes) : emptyState(t('topicsEmpty'))),
      el('fieldset', {}, el('legend', {}, t('pickArticles')), articleBoxes.length > 0 ? el('ul', { class: 'pick' }, ...articleBoxes) : emptyState(t('libraryEmpty'))),
    ),
    button(
      state.assembling ? t('assembling') : t('assemble'),
      () => void assemble(ctx, { articleIds: [...state.checked], topics: [...state.briefTopics] }, state.briefTitle),
      { class: 'primary', id: 'assemble', data: { key: 'assemble' }, disabled: state.assembling !== null },
    ),
    assemblyProgress(ctx),
  );
}

function toolbar(ctx: AppContext): HTMLElement {
  const draft = ctx.state.draft;
  const saveText = { saved: t('saved'), saving: t('saving'), unsaved: t('unsaved'), failed: t('saveFailed') };
  const state = draft?.save ?? 'saved';
  return el(
    'div',
    { class: 'toolbar', role: 'toolbar', aria: { label: t('briefTitle') } },
    button(t('undo'), () => ctx.undo(), { id: 'undo', data: { key: 'undo' }, disabled: !draft || draft.history.undo === 0, title: 'Ctrl+Z' }),
    button(t('redo'), () => ctx.redo(), { id: 'redo', data: { key: 'redo' }, disabled: !draft || draft.history.redo === 0, title: 'Ctrl+Shift+Z' }),
    button(ctx.state.assembling ? t('assembling') : t('reassemble'), () => void ctx.reassemble(), {
      id: 'reassemble',
      data: { key: 'reassemble' },
      disabled: ctx.state.assembling !== null,
    }),
    el('span', { class: `save-status save-${state}`, id: 'save-status', role: 'status', data: { state, ...saveText } }, saveText[state]),
  );
}

function editor(ctx: AppContext, brief: Brief): HTMLElement {
  const title = el('input', {
    type: 'text',
    id: 'draft-title',
    value: brief.title,
    dir: 'auto',
    data: { key: 'draft-title' },
    on: { change: () => ctx.editBrief({ ...brief, title: title.value }) },
  });
  return el(
    'div',
    { class: 'editor', id: 'brief-editor' },
    toolbar(ctx),
    el('div', { class: 'panel' }, field(t('briefTitleField'), title), el('p', { class: 'meta' }, t('generatedAt', { date: formatPartialDate(brief.generatedAt.slice(0, 10)) }), ' · ', count(brief.sources.length, 'article'))),
    ...EDITABLE_SECTIONS.map((s) => briefSection(ctx, brief, s)),
  );
}

export function briefScreen(ctx: AppContext): HTMLElement {
  const brief = ctx.state.draft?.brief;
  return el(
    'div',
    { class: 'brief' },
    el('h1', {}, t('briefTitle')),
    briefList(ctx),
    selectionPanel(ctx),
    brief ? editor(ctx, brief) : emptyState(t('noBrief')),
  );
}
